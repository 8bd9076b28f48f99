import { afterAll, describe, expect, it } from 'vitest'
import { HELP_LINKS, isAllowedHelpUrl, localizedHelpUrl } from '../../../src/diagnose/help-links.js'
import { adviceFor } from '../../../src/diagnose/advice.js'
import { providerContext } from '../../../src/diagnose/provider-context.js'
import { setLanguage } from '../../../src/i18n/i18n.js'

describe('help pages in the reader’s language', () => {
  afterAll(() => setLanguage('en'))

  it("gives Google's pages the language as hl=", () => {
    expect(localizedHelpUrl(HELP_LINKS.googleImap.url, 'de')).toBe('https://support.google.com/mail/answer/7126229?hl=de')
    expect(localizedHelpUrl(HELP_LINKS.googleAppPassword.url, 'pt-BR')).toBe('https://support.google.com/accounts/answer/185833?hl=pt-BR')
  })

  it("swaps Microsoft's and Apple's locale path", () => {
    expect(localizedHelpUrl(HELP_LINKS.microsoftAdminConsent.url, 'fr')).toBe('https://learn.microsoft.com/fr-fr/entra/identity/enterprise-apps/grant-admin-consent')
    expect(localizedHelpUrl(HELP_LINKS.microsoftPopImap.url, 'nl')).toMatch(/^https:\/\/support\.microsoft\.com\/nl-nl\/office\//)
    expect(localizedHelpUrl(HELP_LINKS.appleAppPassword.url, 'it')).toBe('https://support.apple.com/it-it/102654')
  })

  it('keeps English, the pseudo-locale and pages without a language parameter as listed, all still allowed', () => {
    expect(localizedHelpUrl(HELP_LINKS.googleImap.url, 'en')).toBe(HELP_LINKS.googleImap.url)
    expect(localizedHelpUrl(HELP_LINKS.appleAppPassword.url, 'pseudo')).toBe(HELP_LINKS.appleAppPassword.url)
    expect(localizedHelpUrl(HELP_LINKS.yahooAppPassword.url, 'de')).toBe(HELP_LINKS.yahooAppPassword.url)
    for (const language of ['de', 'fr', 'es', 'pt-BR', 'it', 'nl']) {
      for (const { url } of Object.values(HELP_LINKS)) expect(isAllowedHelpUrl(localizedHelpUrl(url, language)), `${url} in ${language}`).toBe(true)
    }
  })

  it('puts the language into the links of advice', async () => {
    await setLanguage('de')
    const advice = adviceFor('app-password-required', { ctx: providerContext({ email: 'a@gmail.com' }) })
    expect(advice.links.map((l) => l.url)).toEqual(['https://support.google.com/accounts/answer/185833?hl=de'])
  })
})
