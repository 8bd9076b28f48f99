// Builds Electron's main process and preload into dist-electron/ with esbuild (installed
// with vite/tsx). The core (src/) is bundled in; npm packages stay external and ship in
// node_modules (electron-builder packs the production dependencies).
// The preload runs sandboxed, where only a CommonJS file with `require('electron')` works
// (electronjs.org/docs/latest/tutorial/esm: "sandboxed preload scripts ... cannot use ESM").
import { build, type BuildOptions } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Data files the core reads beside its own module (`new URL('./x', import.meta.url)`): in
 * the bundle that URL points into dist-electron/, so they are copied there.
 * test/unit/main/build-main.test.ts checks that every such URL in the bundle resolves.
 */
export const RUNTIME_ASSETS = ['src/providers/ispdb-catalog.json', 'src/providers/ispdb-catalog.NOTICE.md']

export const OUT_DIR = 'dist-electron'

export async function buildMain(): Promise<void> {
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node22',
    sourcemap: false,
    logLevel: 'warning',
    external: ['electron'],
  }
  await Promise.all([
    build({ ...common, entryPoints: ['main/main.ts'], outfile: 'dist-electron/main.js', format: 'esm', packages: 'external' }),
    build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs' }),
  ])
  mkdirSync(path.join(root, OUT_DIR), { recursive: true })
  for (const asset of RUNTIME_ASSETS) {
    const from = path.join(root, asset)
    if (existsSync(from)) copyFileSync(from, path.join(root, OUT_DIR, path.basename(asset)))
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildMain()
  console.log('Built dist-electron/main.js and dist-electron/preload.cjs')
}
