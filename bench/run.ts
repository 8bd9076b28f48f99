// `npm run bench`: runs every bench/*.bench.ts and prints its figures. Benchmarks measure
// speed; tests never time anything.
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import path from 'node:path'
import { createServer } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

// The core reads its catalogues through Vite's import.meta.glob (src/i18n/catalogues.ts), so the
// benches load through Vite's own module loader, as the tests do, not through plain tsx.
const vite = await createServer({ configFile: false, root: path.join(here, '..'), logLevel: 'warn', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } })
try {
  for (const file of files) {
    const mod = (await vite.ssrLoadModule(pathToFileURL(path.join(here, file)).pathname)) as { run: () => Promise<void> }
    console.log(`\n# ${file}`)
    await mod.run()
  }
} finally {
  await vite.close()
}
