// Runs @doyensec/electronegativity over main/ and renderer/ without touching the network:
// its CLI fetches translations from S3 at start (dist/locales/i18n.js uses `got`), so
// `got` is replaced by an immediate failure and the bundled en-US texts are used.
// `npx tsx scripts/electronegativity.ts` prints every finding; the test fails on HIGH ones.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export interface Finding {
  id: string
  file: string
  line: number
  severity: string
  confidence: string
  description: string
}

interface RawIssue {
  id: string
  file: string
  location: { line: number; column: number }
  severity: { name: string }
  confidence: { name: string }
  description: string
}

/** main/ and renderer/ are scanned together, so global checks (navigation limits, CSP) see both. */
function stageInput(dirs: string[]): string {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'msi-electronegativity-'))
  for (const dir of dirs) cpSync(path.join(root, dir), path.join(stage, dir), { recursive: true })
  return stage
}

export async function runElectronegativity(dirs: string[] = ['main', 'renderer']): Promise<{ findings: Finding[]; errors: string[] }> {
  const require = createRequire(import.meta.url)
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
  const fromPackage = createRequire(path.join(packageDir, 'package.json'))
  const gotPath = fromPackage.resolve('got')
  // Pre-seed the CommonJS cache: the translations download fails at once, offline.
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: () => Promise.reject(new Error('offline')),
  } as unknown as NodeJS.Module
  process.env.LANG = 'en-US'
  const run = fromPackage('./dist/runner.js') as (options: Record<string, unknown>, forCli: boolean) => Promise<{
    issues: RawIssue[]
    errors: { file: string; message: string }[]
  }>
  const findings: Finding[] = []
  const errors: string[] = []
  const quiet = console.log
  console.log = () => {} // its i18n prints "Could not retrieve updated translations"
  const stage = stageInput(dirs)
  try {
    const result = await run(
      { input: stage, customScan: [], excludeFromScan: [], electronVersionOverride: '45.5.0', isRelative: true, parserPlugins: [] },
      false,
    )
    for (const issue of result.issues) {
      findings.push({
        id: issue.id,
        file: issue.file,
        line: issue.location?.line ?? 0,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        description: issue.description,
      })
    }
    errors.push(...result.errors.map((e) => `${e.file}: ${e.message}`))
  } finally {
    console.log = quiet
    rmSync(stage, { recursive: true, force: true })
  }
  return { findings, errors }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { findings, errors } = await runElectronegativity()
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.id} ${f.file}:${f.line}`)
  for (const e of errors) console.log(`parse error: ${e}`)
}
