// Every language is checked against English, the source: the same keys in every namespace file
// it has (a missing or an extra key fails), valid ICU, the same placeholders and plural/select
// arguments, and no sentence left as an English copy. A language is offered to users only when
// it is 'complete' (languages.ts): then every namespace file must be there. A translation in
// progress lists its missing files here instead of filling them with English.
import { describe, expect, it } from 'vitest'
import { ENGLISH, loadCatalogues, NAMESPACES, translatedNamespaces } from '../../../src/i18n/catalogues.js'
import { LANGUAGES, OFFERED_LANGUAGES, PENDING_NAMESPACES, TRANSLATION_STATUS, type Language } from '../../../src/i18n/languages.js'
import type { Catalogue } from '../../../src/i18n/pseudo.js'
import { messageArguments, pluralsHaveOther } from './message-arguments.js'

/** "a.b.c" -> message, for every leaf. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

/**
 * A message identical to English is an untranslated copy when it reads as a sentence (two or
 * more lower-case words); names and technical words (IMAP, "Apple Mail", "Kerberos (GSSAPI)")
 * stay the same in every language.
 */
function looksUntranslated(english: string, translated: string): boolean {
  return translated === english && (english.match(/(?:^|\s)\p{Ll}{3,}/gu) ?? []).length >= 2
}

describe('the English catalogue (the source)', () => {
  it.each(NAMESPACES)('%s: every message is valid ICU with an "other" case for each plural', (ns) => {
    for (const [key, message] of flatten(ENGLISH[ns]!)) {
      expect(() => messageArguments(message), `${ns}:${key}`).not.toThrow()
      expect(pluralsHaveOther(message), `${ns}:${key}`).toBe(true)
    }
  })
})

describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (language: Language) => {
  const status = TRANSLATION_STATUS[language]
  const present = translatedNamespaces(language)

  it(`is ${status}: ${status === 'complete' ? 'every namespace file is there but the pending ones' : 'not offered until every namespace file is there'}`, () => {
    const missing = NAMESPACES.filter((ns) => !present.includes(ns))
    // A complete language lacks only the namespaces listed as pending, each still being translated.
    if (status === 'complete') expect(missing, 'namespace files missing (or a pending one landed: take it off PENDING_NAMESPACES)').toEqual([...PENDING_NAMESPACES[language]].sort())
    // All files there: the language is finished, so say so in languages.ts and offer it.
    else expect(missing.length, 'every file is translated: set it to complete').toBeGreaterThan(0)
    expect(OFFERED_LANGUAGES.includes(language)).toBe(status === 'complete')
  })

  it('has no file for a namespace English does not have', () => {
    expect(present.filter((ns) => !NAMESPACES.includes(ns))).toEqual([])
  })

  it('has exactly the English keys, placeholders and plurals in each of its files, translated', async () => {
    const catalogues = await loadCatalogues(language)
    for (const ns of present) {
      const english = flatten(ENGLISH[ns]!)
      const translated = flatten(catalogues[ns]!)
      expect([...translated.keys()].sort(), `${language}/${ns}.json keys`).toEqual([...english.keys()].sort())
      for (const [key, source] of english) {
        const message = translated.get(key)!
        const where = `${language}/${ns}.json ${key}`
        expect(messageArguments(message), where).toEqual(messageArguments(source))
        expect(pluralsHaveOther(message), where).toBe(true)
        expect(looksUntranslated(source, message), `${where} is still English`).toBe(false)
      }
    }
  })
})

describe('the complete languages', () => {
  it('are exactly the offered ones, English first', () => {
    expect(OFFERED_LANGUAGES[0]).toBe('en')
    expect(OFFERED_LANGUAGES).toEqual(LANGUAGES.filter((l) => TRANSLATION_STATUS[l] === 'complete'))
  })
})
