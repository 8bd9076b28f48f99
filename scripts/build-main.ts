// Builds Electron's main process and preload into dist-electron/ with esbuild (installed
// with vite/tsx). The core (src/) is bundled in; npm packages stay external and ship in
// node_modules (electron-builder packs the production dependencies).
// The preload runs sandboxed, where only a CommonJS file with `require('electron')` works
// (electronjs.org/docs/latest/tutorial/esm: "sandboxed preload scripts ... cannot use ESM").
import { build, type BuildOptions } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

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
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildMain()
  console.log('Built dist-electron/main.js and dist-electron/preload.cjs')
}
