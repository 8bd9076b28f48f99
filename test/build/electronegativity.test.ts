import { describe, expect, it } from 'vitest'
import { runElectronegativity } from '../../scripts/electronegativity.js'

/**
 * Findings below HIGH that were reviewed, each with why it is acceptable:
 * - OPEN_EXTERNAL_JS_CHECK: shell.openExternal is only reached through isOpenableLink
 *   (allow-listed https help pages and the macOS privacy panes; test/unit/main/link-policy).
 * - PRELOAD_JS_CHECK: the preload is ours, bundled, and exposes only InspectorApi
 *   (test/unit/main/preload.test.ts).
 * - CSP_GLOBAL_CHECK: reports the CSP for manual review; it has no unsafe-* source.
 */
const REVIEWED = new Set(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK', 'CSP_GLOBAL_CHECK'])

describe('electronegativity over main/ and renderer/', () => {
  it('finds nothing high, and nothing medium that was not reviewed', async () => {
    const { findings, errors } = await runElectronegativity()
    expect(errors).toEqual([])
    expect(findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')).toEqual([])
    expect(findings.filter((f) => f.severity === 'MEDIUM' && !REVIEWED.has(f.id))).toEqual([])
    // It did run its checks: the CSP of renderer/index.html was seen.
    expect(findings.some((f) => f.id === 'CSP_GLOBAL_CHECK')).toBe(true)
  }, 120_000)
})
