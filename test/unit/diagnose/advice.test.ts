import { describe, expect, it } from 'vitest'
import { VERDICTS } from '../../../src/model.js'
import { adviceFor } from '../../../src/diagnose/advice.js'
import { isAllowedHelpUrl, HELP_LINKS } from '../../../src/diagnose/help-links.js'
import { alternativeUsername } from '../../../src/diagnose/alternative-username.js'
import { providerContext, type ProviderContext } from '../../../src/diagnose/provider-context.js'
import { PROVIDERS } from '../../../src/providers/identify.js'
import { t } from '../../../src/i18n/i18n.js'

const none: ProviderContext = { family: null, name: null, policy: null }

describe('advice for every verdict', () => {
  it.each([...VERDICTS])('%s has a title, what, why, a next step and at most two allow-listed https links', (verdict) => {
    for (const ctx of [none, providerContext({ email: 'a@gmail.com' }), providerContext({ email: 'a@outlook.com' }), providerContext({ email: 'a@yahoo.com' })]) {
      const advice = adviceFor(verdict, { ctx, serverText: 'NO something', username: 'a@x.test', email: 'a@x.test' })
      expect(advice.verdict).toBe(verdict)
      expect(advice.title.length).toBeGreaterThan(5)
      expect(advice.what.length).toBeGreaterThan(5)
      expect(advice.why.length).toBeGreaterThan(5)
      expect(advice.next.length).toBeGreaterThan(0)
      expect(advice.links.length).toBeLessThanOrEqual(2)
      for (const link of advice.links) expect(isAllowedHelpUrl(link.url)).toBe(true)
    }
  })
})

describe('provider variants', () => {
  it("links Google's, Apple's, Yahoo's and AOL's own app password pages", () => {
    const link = (email: string) => adviceFor('app-password-required', { ctx: providerContext({ email }) }).links[0]?.url
    expect(link('a@gmail.com')).toBe(HELP_LINKS.googleAppPassword.url)
    expect(link('a@icloud.com')).toBe(HELP_LINKS.appleAppPassword.url)
    expect(link('a@yahoo.com')).toBe(HELP_LINKS.yahooAppPassword.url)
    expect(link('a@aol.com')).toBe(HELP_LINKS.aolAppPassword.url)
  })

  it("links the provider's own page to switch IMAP on when IMAP is off (GMX, also on a custom domain)", () => {
    const gmx = { label: 'GMX: how to switch on IMAP', url: 'https://hilfe.gmx.net/pop-imap/einschalten.html' }
    expect(adviceFor('imap-disabled', { ctx: providerContext({ email: 'anna@gmx.de' }) }).links).toEqual([gmx])
    expect(adviceFor('imap-disabled', { ctx: providerContext({ email: 'info@baeckerei.example', host: 'imap.gmx.net' }) }).links).toEqual([gmx])
    expect(adviceFor('imap-disabled', { ctx: providerContext({ email: 'a@gmail.com' }) }).links).toEqual([{ label: 'Gmail: use IMAP in other mail apps', url: HELP_LINKS.googleImap.url }])
  })

  it('tells Microsoft users to use Sign in with Microsoft and mentions admin approval', () => {
    const advice = adviceFor('oauth-required', { ctx: providerContext({ host: 'outlook.office365.com' }) })
    expect(advice.what).toMatch(/Microsoft accepts no passwords here/)
    expect(advice.what).toMatch(/Sign in with Microsoft/)
    expect(advice.what).toMatch(/admin/)
    // A personal Outlook.com address also gets Outlook.com's own settings page.
    expect(adviceFor('oauth-required', { ctx: providerContext({ email: 'sam@outlook.com' }) }).links.map((l) => l.url)).toContain(HELP_LINKS.microsoftPopImap.url)
  })

  it('does not send a Yahoo or Google user to "Sign in with Microsoft"', () => {
    for (const email of ['a@yahoo.com', 'a@gmail.com']) {
      const advice = adviceFor('oauth-required', { ctx: providerContext({ email }) })
      expect(`${advice.title} ${advice.what} ${advice.why} ${advice.next.join(' ')}`).not.toMatch(/Microsoft/)
      expect(advice.title).toMatch(/Sign in with (Yahoo|Gmail|Google)/)
    }
  })

  it('recognises Microsoft from the greeting when the domain is the customer\'s own', () => {
    const ctx = providerContext({ email: 'sam@contoso-example.test', greeting: '* OK The Microsoft Exchange IMAP4 service is ready.' })
    expect(ctx.family).toBe('microsoft')
  })

  it('tells POP3 users to switch to IMAP', () => {
    expect(adviceFor('pop3-unsupported', { ctx: none }).title).toMatch(/switch to IMAP/)
  })

  it("shows the server's own words for unknown", () => {
    expect(adviceFor('unknown', { ctx: none, serverText: 'NO Odd thing' }).what).toContain('NO Odd thing')
  })

  it('shows the certificate fingerprint for TLS failures so it can be compared', () => {
    const tls = { protocol: 'TLSv1.3', cipher: null, subject: null, issuer: null, names: [], validFrom: null, validTo: null, fingerprint256: 'AA:BB', authorized: false }
    expect(adviceFor('tls-self-signed', { ctx: none, tls }).what).toContain('AA:BB')
  })
})

describe('the other username form after an auth failure', () => {
  it('offers the part before the @ for a full address, and the full address for a bare name', () => {
    expect(alternativeUsername('sam@example.com', null)).toBe('sam')
    expect(alternativeUsername('sam', 'sam@example.com')).toBe('sam@example.com')
    expect(alternativeUsername('sam', null)).toBeNull()
    expect(alternativeUsername('other', 'sam@example.com')).toBeNull()
  })

  it('is offered only with auth-failed', () => {
    expect(adviceFor('auth-failed', { ctx: none, username: 'sam', email: 'sam@example.com' }).alternativeUsername).toBe('sam@example.com')
    expect(adviceFor('oauth-required', { ctx: none, username: 'sam', email: 'sam@example.com' }).alternativeUsername).toBeUndefined()
  })

  it('is not offered when the provider is known to want the form just tried', () => {
    const gmail = providerContext({ email: 'sam@gmail.com' })
    expect(gmail.policy?.usernameForm).toBe('email')
    expect(adviceFor('auth-failed', { ctx: gmail, username: 'sam@gmail.com', email: 'sam@gmail.com' }).alternativeUsername).toBeUndefined()
    expect(adviceFor('auth-failed', { ctx: gmail, username: 'sam', email: 'sam@gmail.com' }).alternativeUsername).toBe('sam@gmail.com')
  })
})

describe('help link allow-list', () => {
  it.each([
    ['https://support.google.com/accounts/answer/185833', true],
    ['http://support.google.com/accounts/answer/185833', false],
    ['https://evil.example/support.google.com', false],
    ['https://support.google.com.evil.example/', false],
    ['https://user:pw@support.google.com/', false],
    ['https://support.google.com:8443/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ] as const)('%s -> %s', (url, allowed) => {
    expect(isAllowedHelpUrl(url)).toBe(allowed)
  })

  it('lists only allowed pages in HELP_LINKS', () => {
    for (const link of Object.values(HELP_LINKS)) expect(isAllowedHelpUrl(link.url)).toBe(true)
  })
})

describe('auth-failed and imap-disabled advice comes from the provider policy', () => {
  const ctxFor = (k: (typeof PROVIDERS)[number]): ProviderContext => ({ family: 'other', name: k.policy.name, policy: k.policy, knowledge: k })
  const text = (a: ReturnType<typeof adviceFor>) => `${a.title} ${a.what} ${a.why} ${a.next.join(' ')}`

  it.each(PROVIDERS.map((k) => [k.policy.id, k] as const))('%s: which password, in the provider\'s words', (_id, k) => {
    const advice = adviceFor('auth-failed', { ctx: ctxFor(k), username: 'a@x.test', email: 'a@x.test' })
    if (k.policy.password === 'oauth-only') expect(text(advice)).toMatch(/Sign in with (Microsoft|Google)/)
    // No IMAP at all (Tuta, HEY): no password is the fix; say there is no IMAP, never name a password to type.
    else if (k.policy.password === 'not-applicable') {
      expect(text(advice)).toMatch(/offers no IMAP or POP3 at all.*cannot connect/)
      expect(text(advice)).not.toContain(t(k.words.passwordName))
    } else expect(text(advice)).toContain(t(k.words.passwordName))
    for (const link of advice.links) expect(isAllowedHelpUrl(link.url)).toBe(true)
  })

  it.each(PROVIDERS.map((k) => [k.policy.id, k] as const))('%s: where IMAP is switched on (or that there is none)', (_id, k) => {
    const advice = adviceFor('imap-disabled', { ctx: ctxFor(k) })
    const words = text(advice)
    if (k.imap === 'none') expect(words).toMatch(/cannot connect/)
    else if (k.imap === 'admin') expect(words).toMatch(/administrator/)
    else if (k.imap === 'after-enabling') {
      const where = k.words.enableImapSteps && t(k.words.enableImapSteps)
      if (where) expect(words).toContain(where)
      else expect(advice.links.map((l) => l.url)).toContain(k.policy.enableImapUrl)
    } else expect(words.length).toBeGreaterThan(40)
  })

  it('names the switched-off access as a cause of a bare "authentication failed" at GMX', () => {
    const advice = adviceFor('auth-failed', { ctx: providerContext({ email: 'anna@gmx.de' }) })
    expect(advice.next.join(' ')).toMatch(/POP3 und IMAP Zugriff erlauben/)
  })

  it("uses Apple's words and the primary iCloud address for a custom domain at iCloud", () => {
    const advice = adviceFor('auth-failed', { ctx: providerContext({ email: 'me@family-name.net', host: 'imap.mail.me.com' }) })
    expect(advice.next.join(' ')).toMatch(/app-specific password .*two-factor authentication/)
    expect(advice.next.join(' ')).toMatch(/primary iCloud Mail address/)
  })

  it('says personal Gmail has IMAP always on: IMAP off means a work account', () => {
    expect(adviceFor('imap-disabled', { ctx: providerContext({ email: 'a@gmail.com' }) }).next.join(' ')).toMatch(/always on.*Workspace admin/)
  })
})

describe('advice in the reader language', () => {
  it("names the provider's password and second factor in the catalogue's words, and keeps a provider's own name", async () => {
    const { setLanguage } = await import('../../../src/i18n/i18n.js')
    await setLanguage('de')
    try {
      const gmail = adviceFor('auth-failed', { ctx: providerContext({ email: 'a@gmail.com' }) })
      const said = [gmail.why, ...gmail.next].join(' ')
      expect(said).toContain('App-Passwort')
      expect(said).toContain('Bestätigung in zwei Schritten')
      expect(said).not.toMatch(/app password|2-Step Verification/)
      const qq = adviceFor('auth-failed', { ctx: providerContext({ email: 'a@qq.com' }) })
      expect([qq.why, ...qq.next].join(' ')).toContain('授权码')
    } finally {
      await setLanguage('en')
    }
  })
})
