import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { removeSecretsDeep, secretRemover } from '../../../src/redact/remove-secrets.js'

describe('password scrubbing', () => {
  it('removes the password, its quoted, JSON and base64 forms and the SASL PLAIN blob', () => {
    const pw = 'p"a\\ss wörd'
    const remove = secretRemover([pw], 'sam')
    const blob = Buffer.from(`\0sam\0${pw}`).toString('base64')
    const text = `NO bad ${pw} ${JSON.stringify(pw)} ${Buffer.from(pw).toString('base64')} AUTH PLAIN ${blob}`
    const out = remove(text)
    expect(out).not.toContain(pw)
    expect(out).not.toContain(blob)
    expect(out).not.toContain(Buffer.from(pw).toString('base64'))
    expect(JSON.stringify(removeSecretsDeep({ a: [text] }, remove))).not.toContain(JSON.stringify(pw).slice(1, -1))
  })

  it('removes a password the server echoes in another case', () => {
    expect(secretRemover(['hunter2-x'])('-ERR unknown command PASS HUNTER2-X')).toBe('-ERR unknown command PASS ***')
  })

  it('never lets any password through scrubDeep', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('*')), fc.string(), (pw, noise) => {
        const out = removeSecretsDeep({ x: `${noise}${pw}${noise}`, y: [pw] }, secretRemover([pw]))
        expect(out.x.includes(pw)).toBe(false)
        expect(out.y[0]).toBe('***')
      }),
    )
  })
})
