import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const require = createRequire(import.meta.url)

// electron-builder's own loader and schema check (what `npm run dist` runs first).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig: (dir: string, path: string | null, extra: null) => Promise<Record<string, any>>
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown }

describe('electron-builder.yml', () => {
  it('passes electron-builder schema and packages the app as issue 6 asks', async () => {
    const config = await getConfig(root, null, null)
    await validateConfiguration(config, new DebugLogger(false))
    expect(config.productName).toBe('Mail Settings Inspector')
    expect(config.mac.hardenedRuntime).toBe(true)
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: 'universal' }])
    expect(config.mac.extendInfo).toBeUndefined()
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
    expect(JSON.stringify(config.files)).toContain('dist-electron/**')
    expect(JSON.stringify(config.files)).toContain('dist-renderer/**')
  })
})
