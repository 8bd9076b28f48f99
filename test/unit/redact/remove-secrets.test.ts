import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SECRET_PLACEHOLDER, removeSecrets, removeSecretsDeep, secretRemover } from '../../../src/redact/remove-secrets.js'

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

describe('what a hostile server echoes', () => {
  const password = 'Correct-Horse-7'
  const remove = secretRemover([password], 'sam@example.com')

  it('removes the password cut off at any point (a run of 4 or more of its characters)', () => {
    for (const cut of ['Corr', 'Correct-H', 'rect-Hor', 'orse-7', 'CORRECT-HO']) {
      const out = remove(`-ERR bad PASS ${cut}`)
      expect(out.toLowerCase(), cut).not.toContain(cut.toLowerCase())
      expect(out).toContain(SECRET_PLACEHOLDER)
    }
  })

  it('keeps runs of fewer than 4 characters (ordinary words stay readable)', () => {
    expect(remove('-ERR Cor 7 rse')).toBe('-ERR Cor 7 rse')
  })

  it('removes the password split across lines, with or without a folded line start', () => {
    for (const text of [`* BAD Correct-Ho\r\nrse-7`, `534-5.7.14 Correct\r\n-Horse-7 rejected`, `NO Corr\n  ect-Horse-7`]) {
      const out = remove(text)
      expect(out.replace(/\s+/g, '').toLowerCase(), text).not.toContain('correct-horse-7'.slice(0, 4))
      expect(out.replace(/\s+/g, '').toLowerCase()).not.toContain('orse-7')
    }
  })

  it('removes the base64 forms: the password alone and the SASL PLAIN blob', () => {
    const b64 = Buffer.from(password).toString('base64')
    const plain = Buffer.from(`\0sam@example.com\0${password}`).toString('base64')
    const out = remove(`+ ${b64} / AUTH PLAIN ${plain}`)
    expect(out).not.toContain(b64)
    expect(out).not.toContain(plain)
  })

  it('leaves the app\u2019s own values alone in a result, while cleaning the server words in it', () => {
    const pw = 'pw-tls-secret'
    const result = removeSecretsDeep({ verdict: 'tls-expired', stage: 'tls', serverResponse: 'NO pw-tls-se' }, secretRemover([pw]))
    expect(result.verdict).toBe('tls-expired')
    expect(result.stage).toBe('tls')
    expect(result.serverResponse).toBe(`NO ${SECRET_PLACEHOLDER}`)
  })

  it('keeps the advice readable when the password shares words with it, and still removes the whole password there', () => {
    const pw = 'not-the-password'
    const result = removeSecretsDeep(
      { serverResponse: 'NO the-password', advice: { title: 'Username or password not accepted', what: `You typed ${pw}`, next: ['Check the password'] } },
      secretRemover([pw]),
    )
    expect(result.serverResponse).toBe(`NO ${SECRET_PLACEHOLDER}`)
    expect(result.advice.title).toBe('Username or password not accepted')
    expect(result.advice.next).toEqual(['Check the password'])
    expect(result.advice.what).toBe(`You typed ${SECRET_PLACEHOLDER}`)
  })

  it('removes a password of any length wherever it shows, in any case', () => {
    expect(removeSecrets('x AbC y abc', ['abc'])).toBe(`x ${SECRET_PLACEHOLDER} y ${SECRET_PLACEHOLDER}`)
  })
})
