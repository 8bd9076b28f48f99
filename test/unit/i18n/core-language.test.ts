// The core writes its own words (advice, the CLI's lines) in the language the UI gave it
// through the API, and the one validator refuses a language the app does not have.
import { afterAll, describe, expect, it } from 'vitest'
import { createInspector } from '../../../src/inspector.js'
import { validateArgs } from '../../../src/api-validation.js'
import { setLanguage } from '../../../src/i18n/i18n.js'
import { formatAdvice } from '../../../src/cli/format-test.js'

describe('the core in the UI’s language', () => {
  afterAll(() => setLanguage('en'))

  it('explains in the language set through the API, and back', async () => {
    const core = createInspector({ home: '/nonexistent-home' })
    await core.setLanguage('pseudo')
    const pseudo = await core.explain('Application-specific password required', { email: 'sam@gmail.com' })
    expect(pseudo.verdict).toBe('app-password-required')
    expect(pseudo.advice.title).toMatch(/^\[Ţĥîš áççöûñţ ñééðš áñ áþþ þáššŵöŕð ·+\]$/)
    expect(formatAdvice(pseudo.advice)).toContain('[Ŵĥáţ ĥáþþéñéð')
    await core.setLanguage('en')
    const english = await core.explain('Application-specific password required', { email: 'sam@gmail.com' })
    expect(english.advice.title).toBe('This account needs an app password')
    expect(formatAdvice(english.advice)).toContain('What happened: ')
  })

  it('takes only a language of the app', () => {
    expect(validateArgs('setLanguage', ['pt-BR'])).toEqual(['pt-BR'])
    expect(() => validateArgs('setLanguage', ['pt-PT'])).toThrow(/language must be one of en, de, fr, es, pt-BR, it, nl, pseudo/)
  })
})
