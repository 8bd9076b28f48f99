import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderProvidersDoc } from '../../../scripts/providers-doc.js'
import { PROVIDERS } from '../../../src/providers/identify.js'

describe('docs/providers.md', () => {
  it('is exactly what `npm run providers-doc` makes from the policy data (run it after changing a policy)', () => {
    const committed = readFileSync(new URL('../../../docs/providers.md', import.meta.url), 'utf8')
    expect(committed).toBe(renderProvidersDoc())
  })

  it('has one row per hand-kept provider, with its password kind, IMAP default and check date', () => {
    const doc = renderProvidersDoc()
    for (const k of PROVIDERS) expect(doc).toContain(`| ${k.policy.name.replace(/\|/g, '\\|')} |`)
    expect(doc).toMatch(/\| Tuta \(Tutanota\) \| .* \| no IMAP at all \|/)
    expect(doc).toContain('2026-11-30')
    expect(doc).toMatch(/No password and no `Authorization` header are ever sent/)
  })
})
