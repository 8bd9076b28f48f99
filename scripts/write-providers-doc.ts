// `npm run providers-doc`: writes docs/providers.md (scripts/providers-doc.ts renders it). The
// policy reads its words through the i18n catalogues, which load with Vite's import.meta.glob
// (src/i18n/catalogues.ts), so the renderer loads through Vite's module loader, as in the tests
// and benches (bench/run.ts), not through plain tsx.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const vite = await createServer({ configFile: false, root, logLevel: 'warn', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } })
try {
  const { renderProvidersDoc } = (await vite.ssrLoadModule('/scripts/providers-doc.ts')) as { renderProvidersDoc: () => string }
  const out = path.join(root, 'docs', 'providers.md')
  writeFileSync(out, renderProvidersDoc())
  console.log(`Wrote ${out}`)
} finally {
  await vite.close()
}
