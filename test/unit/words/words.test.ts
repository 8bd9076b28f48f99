// Every value of the model has its words, and no table keeps words for a value that is gone.
// (The types already refuse a missing key; this also catches empty words and stale keys.)
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
} from '../../../src/model.js'
import {
  AUTH_WORDS,
  BLOCKER_TITLES,
  CLIENT_NAMES,
  IMAP_ACCESS_WORDS,
  LOOKUP_SOURCE_WORDS,
  MESSAGE_TITLES,
  PASSWORD_FORMAT_WORDS,
  PASSWORD_TERM_WORDS,
  PROTOCOL_BADGES,
  PROTOCOL_NAMES,
  SECOND_FACTOR_WORDS,
  SECURITY_WORDS,
  SIGN_IN_WORDS,
  SOURCE_FIX_LINK_WORDS,
  SOURCE_STATUS_WORDS,
  SSL_CHECKBOX_WORDS,
  STAGE_WORDS,
  VERDICT_TITLES,
} from '../../../src/words/words.js'

const tables: [string, readonly string[], Record<string, string>][] = [
  ['client names', MAIL_CLIENTS, CLIENT_NAMES],
  ['security', SECURITIES, SECURITY_WORDS],
  ['SSL checkbox', SECURITIES, SSL_CHECKBOX_WORDS],
  ['protocol names', PROTOCOLS, PROTOCOL_NAMES],
  ['protocol badges', PROTOCOLS, PROTOCOL_BADGES],
  ['sign-in', AUTHS, AUTH_WORDS],
  ['stages', STAGES, STAGE_WORDS],
  ['source status', SOURCE_STATUSES, SOURCE_STATUS_WORDS],
  ['source fix links', SOURCE_FIX_LINKS, SOURCE_FIX_LINK_WORDS],
  ['lookup source', LOOKUP_SOURCES, LOOKUP_SOURCE_WORDS],
  ['verdict titles', VERDICTS, VERDICT_TITLES],
  ['IMAP access', IMAP_ACCESS, IMAP_ACCESS_WORDS],
  ['blocker titles', BLOCKER_CODES, BLOCKER_TITLES],
  ['sign-in buttons', SIGN_INS, SIGN_IN_WORDS],
  ['password terms', PASSWORD_TERMS, PASSWORD_TERM_WORDS],
  ['second factors', SECOND_FACTOR_TERMS, SECOND_FACTOR_WORDS],
  ['password formats', PASSWORD_FORMATS, PASSWORD_FORMAT_WORDS],
  ['message titles', GUIDANCE_MESSAGES, MESSAGE_TITLES],
]

describe('the words table', () => {
  it.each(tables)('%s: words for exactly the model values', (_name, values, words) => {
    expect(Object.keys(words).sort()).toEqual([...values].sort())
    for (const value of values) expect(words[value]?.trim(), value).toBeTruthy()
  })

  it('says each verdict with its own title', () => {
    expect(new Set(Object.values(VERDICT_TITLES)).size).toBe(VERDICTS.length)
  })
})
