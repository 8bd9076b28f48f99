import { describe, expect, it } from 'vitest'
import { chooseCliLanguage } from '../../../src/cli/language.js'
import { BadArgumentError } from '../../../src/cli/io.js'

describe("the command's language", () => {
  it('takes --lang anywhere before "--" and removes it from the arguments', () => {
    expect(chooseCliLanguage(['--lang', 'pseudo', 'scan', '--json'], {})).toEqual({ language: 'pseudo', args: ['scan', '--json'] })
    expect(chooseCliLanguage(['scan', '--lang=pt_BR'], {})).toEqual({ language: 'pt-BR', args: ['scan'] })
    expect(chooseCliLanguage(['explain', '--', '--lang', 'x'], {}).args).toEqual(['explain', '--', '--lang', 'x'])
  })

  it('lets --lang win over the environment', () => {
    expect(chooseCliLanguage(['--lang', 'en', 'demo'], { LC_ALL: 'en_XA.UTF-8' }).language).toBe('en')
  })

  it('follows LC_ALL, LC_MESSAGES, LANG in that order without --lang', () => {
    expect(chooseCliLanguage(['demo'], { LC_ALL: 'en_XA', LANG: 'C' }).language).toBe('pseudo')
    expect(chooseCliLanguage(['demo'], { LC_MESSAGES: 'C', LANG: 'en_XA' }).language).toBe('en')
    expect(chooseCliLanguage(['demo'], { LANG: 'en_XA.UTF-8' }).language).toBe('pseudo')
  })

  it('falls back to English for an unset, C or untranslated locale', () => {
    expect(chooseCliLanguage(['demo'], {}).language).toBe('en')
    expect(chooseCliLanguage(['demo'], { LANG: 'POSIX' }).language).toBe('en')
    expect(chooseCliLanguage(['demo'], { LANG: 'ja_JP.UTF-8' }).language).toBe('en')
  })

  it('refuses an unknown or missing --lang with one line naming the choices', () => {
    expect(() => chooseCliLanguage(['--lang', 'xx'], {})).toThrow(BadArgumentError)
    expect(() => chooseCliLanguage(['--lang', 'xx'], {})).toThrow(/en, de, fr, es, pt-BR, it, nl, pseudo/)
    expect(() => chooseCliLanguage(['demo', '--lang'], {})).toThrow(BadArgumentError)
  })
})
