import { describe, expect, it } from 'vitest'
import { matchLanguage, negotiateLanguage, tagFromEnvironment, tagFromPosixLocale } from '../../../src/i18n/negotiate.js'
import { LANGUAGES } from '../../../src/i18n/languages.js'

describe('the language from the POSIX locale variables', () => {
  it.each([
    ['de_DE.UTF-8', 'de-DE'],
    ['pt_BR', 'pt-BR'],
    ['fr_CA.ISO8859-1@euro', 'fr-CA'],
    ['nl', 'nl'],
    ['C', 'en'],
    ['C.UTF-8', 'en'],
    ['POSIX', 'en'],
  ])('reads %s as %s', (value, tag) => {
    expect(tagFromPosixLocale(value)).toBe(tag)
  })

  it('takes LC_ALL over LC_MESSAGES over LANG', () => {
    expect(tagFromEnvironment({ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'de_DE.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('fr-FR')
    expect(tagFromEnvironment({ LC_MESSAGES: 'de_DE.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('de-DE')
    expect(tagFromEnvironment({ LANG: 'es_ES.UTF-8' })).toBe('es-ES')
  })

  it('treats an empty variable as unset, and no variable as no choice', () => {
    expect(tagFromEnvironment({ LC_ALL: '', LC_MESSAGES: '', LANG: 'it_IT.UTF-8' })).toBe('it-IT')
    expect(tagFromEnvironment({})).toBeNull()
  })
})

describe('matching a preferred language', () => {
  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['en-GB', 'en'],
    ['NL-be', 'nl'],
    ['pseudo', 'pseudo'],
    ['en-XA', 'pseudo'],
    ['ja-JP', null],
  ])('matches %s to %s', (tag, language) => {
    expect(matchLanguage(tag, LANGUAGES)).toBe(language)
  })

  it('takes the first preferred language that is offered', () => {
    expect(negotiateLanguage(['ja-JP', 'fr-CH', 'en-US'], LANGUAGES)).toBe('fr')
    expect(negotiateLanguage(['ja-JP', 'zh-CN'], LANGUAGES)).toBe('en')
    expect(negotiateLanguage([], LANGUAGES)).toBe('en')
  })

  it('never picks a language that is not offered, even when it is preferred first', () => {
    expect(negotiateLanguage(['de-DE', 'it-IT', 'en-US'], ['en', 'it'])).toBe('it')
  })
})
