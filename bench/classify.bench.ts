// The recorded corpus of public error texts (test/fixtures/diagnose/*): how many the classifier
// names (anything but "unknown"; goal >= 95 %), how many get the recorded verdict, the confusion
// of the rest, and how long one classification takes.
import { performance } from 'node:perf_hooks'
import { classifyPasted } from '../src/diagnose/classify.js'
import type { ProviderContext } from '../src/diagnose/provider-context.js'
import { PUBLIC_TEXTS } from '../test/fixtures/diagnose/public-texts.js'
import { RECORDED_TEXTS } from '../test/fixtures/diagnose/server-texts.js'

const ctx = (family: ProviderContext['family']): ProviderContext => ({ family, name: null, policy: null })

export async function run(): Promise<void> {
  const corpus = [
    ...PUBLIC_TEXTS.map((r) => ({ text: r.text, family: r.family, verdict: r.verdict, origin: r.origin })),
    ...RECORDED_TEXTS.filter((r) => !r.source.startsWith('synthetic')).map((r) => ({ text: r.text, family: r.family, verdict: r.verdict, origin: r.source })),
  ]
  const origins = new Set(PUBLIC_TEXTS.map((r) => r.origin.replace(/ via .*| \(.*/, '')))
  let named = 0
  let right = 0
  const confusion = new Map<string, number>()
  const t0 = performance.now()
  for (const r of corpus) {
    const got = classifyPasted(r.text, ctx(r.family))
    if (got !== 'unknown') named++
    if (got === r.verdict) right++
    else confusion.set(`${r.verdict} -> ${got}`, (confusion.get(`${r.verdict} -> ${got}`) ?? 0) + 1)
  }
  const each = (performance.now() - t0) / corpus.length
  const pct = (n: number) => `${((100 * n) / corpus.length).toFixed(1)} %`
  console.log(`corpus: ${corpus.length} recorded texts from ${origins.size}+ providers, servers, libraries and CRMs`)
  console.log(`classified (not "unknown"): ${named}/${corpus.length} = ${pct(named)} (goal >= 95 %) ${named / corpus.length >= 0.95 ? 'ok' : 'BELOW GOAL'}`)
  console.log(`recorded verdict: ${right}/${corpus.length} = ${pct(right)}`)
  console.log(confusion.size === 0 ? 'confusion: none' : `confusion (recorded -> got): ${[...confusion].map(([k, n]) => `${k} x${n}`).join(', ')}`)
  console.log(`classification: ${(each * 1000).toFixed(1)} µs each`)
}
