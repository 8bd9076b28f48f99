// Every value of the model has its words in English, and no group of the catalogue keeps words
// for a value that is gone. (The types refuse a key missing from English; this also catches
// empty words and stale keys.)
import { describe, expect, it } from 'vitest'
import {
  AUTHS,
  BLOCKER_CODES,
  GUIDANCE_MESSAGES,
  IMAP_ACCESS,
  LOOKUP_SOURCES,
  MAIL_CLIENTS,
  PASSWORD_FORMATS,
  PASSWORD_TERMS,
  PROTOCOLS,
  SECOND_FACTOR_TERMS,
  SECURITIES,
  SIGN_INS,
  SOURCE_FIX_LINKS,
  SOURCE_STATUSES,
  STAGES,
  VERDICTS,
  type GuidanceFieldKey,
} from '../../../src/model.js'
import words from '../../../src/i18n/locales/en/words.json' with { type: 'json' }
import guidance from '../../../src/i18n/locales/en/guidance.json' with { type: 'json' }
import { clientName, securityWords, verdictTitle } from '../../../src/words/words.js'

// The model has the field keys as a type only; `satisfies` keeps this list complete.
const GUIDANCE_FIELD_KEYS = Object.keys({
  email: 1,
  imapHost: 1,
  imapPort: 1,
  imapSsl: 1,
  username: 1,
  smtpHost: 1,
  smtpPort: 1,
  smtpSsl: 1,
  smtpUsername: 1,
} satisfies Record<GuidanceFieldKey, 1>)

const groups: [string, Record<string, unknown>, readonly string[]][] = [
  ['words:client', words.client, MAIL_CLIENTS],
  ['words:security', words.security, SECURITIES],
  ['words:protocol', words.protocol, PROTOCOLS],
  ['words:protocolBadge', words.protocolBadge, PROTOCOLS],
  ['words:auth', words.auth, AUTHS],
  ['words:stage', words.stage, STAGES],
  ['words:sourceStatus', words.sourceStatus, SOURCE_STATUSES],
  ['words:sourceFixLink', words.sourceFixLink, SOURCE_FIX_LINKS],
  ['words:lookupSource', words.lookupSource, LOOKUP_SOURCES],
  ['words:verdict', words.verdict, VERDICTS],
  ['guidance:imapAccess', guidance.imapAccess, IMAP_ACCESS],
  ['guidance:blockerTitle', guidance.blockerTitle, BLOCKER_CODES],
  ['guidance:signIn', guidance.signIn, SIGN_INS],
  // Two more: the word when the provider has none of its own (a separate password; Bridge's).
  ['guidance:term', guidance.term, [...PASSWORD_TERMS, 'separate-email-password']],
  ['guidance:secondFactor', guidance.secondFactor, [...SECOND_FACTOR_TERMS, 'default']],
  ['guidance:passwordFormat', guidance.passwordFormat, PASSWORD_FORMATS],
  ['guidance:messageTitle', guidance.messageTitle, GUIDANCE_MESSAGES],
  ['guidance:message', guidance.message, GUIDANCE_MESSAGES],
  ['guidance:fieldLabel', guidance.fieldLabel, GUIDANCE_FIELD_KEYS],
  ['guidance:fieldHint', guidance.fieldHint, GUIDANCE_FIELD_KEYS],
  ['guidance:ssl', guidance.ssl, SECURITIES],
]

describe('the words catalogue', () => {
  it.each(groups)('%s: words for exactly the model values', (_name, group, values) => {
    expect(Object.keys(group).sort()).toEqual([...values].sort())
    for (const value of values) expect(group[value], value).toBeTruthy()
  })

  it('says each verdict with its own title', () => {
    expect(new Set(VERDICTS.map(verdictTitle)).size).toBe(VERDICTS.length)
  })

  it('looks the words up by the model value', () => {
    expect(clientName('apple-mail')).toBe('Apple Mail')
    expect(securityWords('starttls')).toBe('Encrypted after connecting (STARTTLS)')
  })
})
