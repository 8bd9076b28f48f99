// Every hand-kept policy's notes and words are catalogue keys, shown in the reader's language:
// each key must have its message in every language, so nothing falls back to English silently
// (a language whose `providers` file is still being translated is listed in PENDING_NAMESPACES,
// and then the fallback is on purpose). The provider's own words stay as its interface writes
// them: GMX's and WEB.DE's German menu, QQ's 授权码.
import { afterAll, describe, expect, it } from 'vitest'
import { i18n, setLanguage, t } from '../../../src/i18n/i18n.js'
import { LANGUAGES, PENDING_NAMESPACES, type Language } from '../../../src/i18n/languages.js'
import { lookupSettings } from '../../../src/providers/lookup.js'
import { PROVIDERS } from '../../../src/providers/identify.js'
import type { ProviderKnowledge, ProviderTextKey } from '../../../src/providers/policy-types.js'
import { policyNotes } from '../../../src/providers/policy-words.js'
import { said } from '../../helpers/said.js'

function keysOf(k: ProviderKnowledge): ProviderTextKey[] {
  const { passwordName, twoFactorName, enableImapSteps } = k.words
  return [...k.notes, passwordName, ...(twoFactorName ? [twoFactorName] : []), ...(enableImapSteps ? [enableImapSteps] : [])]
}

function messageIn(language: Language, key: ProviderTextKey): unknown {
  const colon = key.indexOf(':')
  return i18n.getResource(language, key.slice(0, colon), key.slice(colon + 1))
}

const byId = (id: string) => PROVIDERS.find((k) => k.policy.id === id)!

afterAll(async () => {
  await setLanguage('en')
})

describe.each(LANGUAGES)('%s', (language) => {
  const pending = PENDING_NAMESPACES[language].includes('providers')

  it(`has every policy's notes and words${pending ? ' but the pending providers file' : ''}, and shows them`, async () => {
    await setLanguage(language)
    for (const k of PROVIDERS) {
      for (const key of keysOf(k)) {
        const message = messageIn(language, key)
        if (pending && key.startsWith('providers:')) {
          expect(message, `${language}: ${key} while providers is pending`).toBeUndefined()
          continue
        }
        expect(typeof message, `${language}: ${key}`).toBe('string')
        expect(t(key), `${language}: ${key}`).toBe(message)
      }
      expect(policyNotes(k).length, k.policy.id).toBe(k.notes.length)
    }
  })

  it('quotes GMX’s and WEB.DE’s German menu and keeps QQ’s 授权码', async () => {
    await setLanguage(language)
    for (const id of ['gmx', 'web-de']) {
      expect(t(byId(id).words.enableImapSteps!), id).toContain('POP3 und IMAP Zugriff erlauben')
      expect(policyNotes(byId(id))[0], id).toContain('POP3 und IMAP Zugriff erlauben')
    }
    expect(t(byId('freenet').words.enableImapSteps!)).toContain('Jetzt POP3, IMAP und SMTP aktivieren')
    expect(policyNotes(byId('qq')).join(' ')).toContain('授权码')
    expect(t(byId('qq').words.passwordName)).toContain('授权码')
  })
})

describe('a lookup in another language', () => {
  it('gives the provider’s notes in that language (offline, from the built-in catalog)', async () => {
    await setLanguage('de')
    try {
      const result = await lookupSettings('anna@gmx.de', { offline: true })
      // The notes are codes (the provider's keys); each surface says them in its language.
      expect(result.notes.map((n) => n.code)).toContain('notes:lookup.catalog')
      expect(said(result.notes)).toMatch(/schaltet IMAP und POP3 ab/)
      expect(said(result.notes)).toContain('POP3 und IMAP Zugriff erlauben')
      expect(said(result.notes)).toContain('In der eingebauten Anbieterliste gefunden')
    } finally {
      await setLanguage('en')
    }
  })
})
