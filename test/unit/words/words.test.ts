// Every value of the model has its words in English, and no group of the words catalogue keeps
// words for a value that is gone. (The types refuse a key missing from English; this also
// catches empty words and stale keys.)
import { describe, expect, it } from 'vitest'
import {
  AUTHS,
  BLOCKER_CODES,
  GUIDANCE_MESSAGES,
  IMAP_ACCESS,
  PASSWORD_FORMATS,
  PASSWORD_TERMS,
  SECOND_FACTOR_TERMS,
  SIGN_INS,
  LOOKUP_SOURCES,
  MAIL_CLIENTS,
  PASSWORD_POLICIES,
  PROTOCOLS,
  SECURITIES,
  SOURCE_STATUSES,
  STAGES,
  VERDICTS,
} from '../../../src/model.js'
import english from '../../../src/i18n/locales/en/words.json' with { type: 'json' }
import {
  BLOCKER_TITLES,
  clientName,
  IMAP_ACCESS_WORDS,
  MESSAGE_TITLES,
  PASSWORD_FORMAT_WORDS,
  PASSWORD_TERM_WORDS,
  SECOND_FACTOR_WORDS,
  securityWords,
  SIGN_IN_WORDS,
  verdictTitle,
} from '../../../src/words/words.js'

const groups: [keyof typeof english, readonly string[]][] = [
  ['client', MAIL_CLIENTS],
  ['security', SECURITIES],
  ['protocol', PROTOCOLS],
  ['protocolBadge', PROTOCOLS],
  ['auth', AUTHS],
  ['passwordPolicy', PASSWORD_POLICIES],
  ['stage', STAGES],
  ['sourceStatus', SOURCE_STATUSES],
  ['lookupSource', LOOKUP_SOURCES],
  ['verdict', VERDICTS],
]

const guidanceTables: [string, readonly string[], Record<string, string>][] = [
  ['IMAP access', IMAP_ACCESS, IMAP_ACCESS_WORDS],
  ['blocker titles', BLOCKER_CODES, BLOCKER_TITLES],
  ['sign-in buttons', SIGN_INS, SIGN_IN_WORDS],
  ['password terms', PASSWORD_TERMS, PASSWORD_TERM_WORDS],
  ['second factors', SECOND_FACTOR_TERMS, SECOND_FACTOR_WORDS],
  ['password formats', PASSWORD_FORMATS, PASSWORD_FORMAT_WORDS],
  ['message titles', GUIDANCE_MESSAGES, MESSAGE_TITLES],
]

describe('the words catalogue', () => {
  it.each(guidanceTables)('%s: words for exactly the model values', (_name, values, words) => {
    expect(Object.keys(words).sort()).toEqual([...values].sort())
    for (const value of values) expect(words[value]?.trim(), value).toBeTruthy()
  })

  it.each(groups)('%s: words for exactly the model values', (group, values) => {
    const words = english[group] as Record<string, string>
    expect(Object.keys(words).sort()).toEqual([...values].sort())
    for (const value of values) expect(words[value]?.trim(), value).toBeTruthy()
  })

  it('says each verdict with its own title', () => {
    expect(new Set(VERDICTS.map(verdictTitle)).size).toBe(VERDICTS.length)
  })

  it('looks the words up by the model value', () => {
    expect(clientName('apple-mail')).toBe('Apple Mail')
    expect(securityWords('starttls')).toBe('Encrypted after connecting (STARTTLS)')
  })
})
