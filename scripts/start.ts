// `npm start`: build the app (vite.config.ts, everything into dist/), then open the desktop app.
// Electron 45's npm package has no install script: its binary is downloaded on first use
// (node_modules/electron/install.js, also `npx install-electron`). We do that here, unless
// ELECTRON_SKIP_BINARY_DOWNLOAD is set (CI, machines without the download); where there is
// no binary we say so in one line and point at browser mode, which shows the same app.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBuilder } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const NO_BINARY =
  'The Electron app cannot run here (its binary is not installed); run `npx mail-settings-inspector ui` to use the same app in your browser.'

function electronDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'))
}

/** The installed binary, found the way node_modules/electron/index.js does, minus its download. */
export function electronBinary(dir: string = electronDir()): string | null {
  try {
    const relative = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim()
    const distRoot = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist')
    const binary = path.join(distRoot, relative)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

function downloadElectron(dir: string): boolean {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false
  if (process.stdout.isTTY) console.log('Downloading the Electron app (first start only)…')
  const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore', timeout: 10 * 60_000 })
  return result.status === 0
}

const dir = electronDir()
const binary = electronBinary(dir) ?? (downloadElectron(dir) ? electronBinary(dir) : null)
if (!binary) {
  console.error(NO_BINARY)
  process.exit(1)
}

const builder = await createBuilder({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' })
await builder.buildApp()
const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
