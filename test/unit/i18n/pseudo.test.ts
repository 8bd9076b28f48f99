import { afterAll, describe, expect, it } from 'vitest'
import { pseudoLocalize, PSEUDO_EXPANSION } from '../../../src/i18n/pseudo.js'
import { setLanguage, t } from '../../../src/i18n/i18n.js'
import { messageArguments } from './message-arguments.js'

describe('the pseudo-locale', () => {
  afterAll(() => setLanguage('en'))

  it('accents every letter, brackets the message and makes it about 40 % longer', () => {
    const english = 'Looking up the settings'
    const pseudo = pseudoLocalize(english)
    expect(pseudo.startsWith('[') && pseudo.endsWith(']')).toBe(true)
    expect(pseudo).not.toMatch(/[a-zA-Z]/)
    expect(pseudo.length).toBeGreaterThanOrEqual(english.length * (1 + PSEUDO_EXPANSION))
  })

  it('keeps placeholders and plural arguments exactly, so the message formats the same way', () => {
    const english = 'Found {count, plural, one {# account} other {# accounts}} in {client}'
    expect(messageArguments(pseudoLocalize(english))).toEqual(messageArguments(english))
  })

  it('is a language like any other: every message of the app in pseudo, with its values filled in', async () => {
    await setLanguage('pseudo')
    const sentence = t('words:count.localMail', { messages: 1204, folders: 1, size: '36 kB' })
    expect(sentence).toContain('1,204')
    expect(sentence).toContain('36 kB')
    expect(sentence).toMatch(/^\[1,204 ɱéššáĝéš îñ 1 ƒöļðéŕ \(36 kB\) ·+\]$/)
    expect(t('words:client.apple-mail')).toMatch(/^\[Åþþļé Ṁáîļ/)
  })
})
