import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const require = createRequire(import.meta.url)

// electron-builder's own loader and schema check (what `npm run dist` runs first).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig: (dir: string, path: string | null, extra: null) => Promise<Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any -- electron-builder's untyped config loader
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown }

function entitlementKeys(plist: string): string[] {
  return [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]!)
}

describe('electron-builder.yml', () => {
  it('passes electron-builder schema and packages the app as the installers need', async () => {
    const config = await getConfig(root, null, null)
    await validateConfiguration(config, new DebugLogger(false))
    expect(config.productName).toBe('Mail Settings Inspector')
    expect(config.mac.hardenedRuntime).toBe(true)
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: 'universal' }])
    // Only the Apple Events usage string ("Ask Apple Mail"); no camera, microphone or others.
    expect(Object.keys(config.mac.extendInfo)).toEqual(['NSAppleEventsUsageDescription'])
    const appEntitlements = readFileSync(path.join(root, config.mac.entitlements), 'utf8')
    const helperEntitlements = readFileSync(path.join(root, config.mac.entitlementsInherit), 'utf8')
    expect(entitlementKeys(appEntitlements)).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.automation.apple-events'])
    expect(entitlementKeys(helperEntitlements)).toEqual(['com.apple.security.cs.allow-jit'])
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false })
    expect(config.linux.target).toBe('AppImage')
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
    // electron-builder normalises files: to [{ filter: [...] }].
    expect(JSON.stringify(config.files)).toContain('dist/main/**')
    expect(JSON.stringify(config.files)).toContain('dist/preload/**')
    expect(JSON.stringify(config.files)).toContain('dist/renderer/**')
    expect(JSON.stringify(config.files)).not.toContain('dist/cli/**')
  })
})

/** The first bytes of an executable or native library: ELF, Mach-O (thin and fat), PE. */
function isNativeBinary(file: string): boolean {
  if (file.endsWith('.node')) return true
  const head = Buffer.alloc(4)
  const fd = openSync(file, 'r')
  try {
    if (readSync(fd, head, 0, 4, 0) < 4) return false
  } finally {
    closeSync(fd)
  }
  const magic = head.readUInt32BE(0)
  return (
    magic === 0x7f454c46 || // ELF
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic) || // Mach-O
    head.subarray(0, 2).toString('latin1') === 'MZ' // Windows PE
  )
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('what the packaged app carries', () => {
  it('ships no single-arch native binary among the production dependencies, so the universal dmg can be merged', async () => {
    const config = await getConfig(root, null, null)
    const excluded = (JSON.stringify(config.files).match(/!node_modules\/[^"*]+/g) ?? []).map((p) =>
      path.join(root, p.slice(1).replace(/\/$/, '')),
    )
    const packages = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((dir) => dir.includes(`${path.sep}node_modules${path.sep}`))
    expect(packages.some((dir) => dir.endsWith(`${path.sep}sql.js`))).toBe(true)
    // Build tools are dev dependencies: esbuild's single-arch binary would break the universal merge.
    expect(packages.some((dir) => /[\\/](esbuild|tsx|vite)$/.test(dir))).toBe(false)
    const shipped = packages.filter((dir) => !excluded.some((ex) => dir === ex || dir.startsWith(ex + path.sep) || dir.startsWith(ex + '/')))
    const natives = shipped.flatMap(filesUnder).filter(isNativeBinary)
    expect(natives.map((f) => path.relative(root, f))).toEqual([])
    // The SQLite engine Apple Mail's reader needs is WebAssembly, read through Electron's asar fs.
    expect(shipped.flatMap(filesUnder).some((f) => f.endsWith(path.join('sql.js', 'dist', 'sql-wasm.wasm')))).toBe(true)
  })
})
