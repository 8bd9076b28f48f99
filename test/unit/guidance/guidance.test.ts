import { describe, expect, it } from 'vitest'
import { guidanceFor } from '../../../src/guidance/guidance.js'
import { consentRequestFrom } from '../../../src/guidance/consent-request.js'
import { BLOCKER_CODES, GUIDANCE_STEPS, VERDICTS, type Guidance, type LookupResult, type Verdict } from '../../../src/model.js'
import { PROVIDERS } from '../../../src/providers/identify.js'
import { lookupSettings } from '../../../src/providers/lookup.js'
import { isAllowedHelpUrl } from '../../../src/diagnose/help-links.js'
import { account } from '../providers/account-fixture.js'

const codes = (g: Guidance) => g.blockers.map((b) => b.code)
const stepCodes = (g: Guidance) => g.steps.map((s) => s.code)
const fieldKeys = (g: Guidance) => g.fields.map((f) => f.key)

async function forAddress(email: string, extra: { verdict?: Verdict; errorText?: string; crmName?: string } = {}): Promise<Guidance> {
  return guidanceFor({ email, lookup: await lookupSettings(email, { offline: true }), ...extra })
}

// A sample address per policy: its own domain, else a company domain whose account on this
// computer uses the provider's server, else the domain of its ISPDB file.
function sampleAddress(p: (typeof PROVIDERS)[number]): { email: string; host: string | null; byMx?: boolean } {
  if (p.emailDomains[0]) return { email: `someone@${p.emailDomains[0]}`, host: null }
  // Custom domains known by their MX only: lookup names the provider, guidance takes it from there.
  if (!p.hosts[0] && !p.ispdbIds[0] && p.policy.id !== 'google-workspace') return { email: 'someone@company.example', host: null, byMx: true }
  if (p.hosts[0]) return { email: 'someone@company.example', host: `imap.${p.hosts[0]}` }
  if (p.policy.id === 'google-workspace') return { email: 'someone@company.example', host: 'imap.gmail.com' }
  return { email: `someone@${p.ispdbIds[0]}`, host: null }
}

describe('guidance core: one answer per policy', () => {
  // Expected per policy id: [imap, password, signIn]. Every hand-kept policy must be listed,
  // so a new provider gets a conscious answer here.
  const EXPECTED: Record<string, [Guidance['imap'], Guidance['password'], Guidance['signIn']]> = {
    gmail: ['yes', 'app-password', 'google'],
    'google-workspace': ['admin', 'app-password', 'google'],
    'microsoft-365': ['admin', 'oauth-only', 'microsoft'],
    'outlook-com': ['after-enabling', 'oauth-only', 'microsoft'],
    icloud: ['yes', 'app-password', null],
    yahoo: ['yes', 'app-password', null],
    aol: ['yes', 'app-password', null],
    att: ['yes', 'app-password', null],
    verizon: ['yes', 'app-password', null],
    comcast: ['after-enabling', 'normal', null],
    zoho: ['after-enabling', 'app-password', null],
    fastmail: ['yes', 'app-password', null],
    proton: ['yes', 'bridge', null],
    godaddy: ['yes', 'normal', null],
    rackspace: ['yes', 'normal', null],
    gmx: ['after-enabling', 'normal', null],
    'web-de': ['after-enabling', 'normal', null],
    'mail-com': ['after-enabling', 'normal', null],
    yandex: ['after-enabling', 'app-password', null],
    'mail-ru': ['yes', 'app-password', null],
    't-online': ['yes', 'separate-password', null],
    qq: ['after-enabling', 'app-password', null],
    '163': ['after-enabling', 'app-password', null],
    naver: ['after-enabling', 'app-password', null],
    ionos: ['yes', 'normal', null],
    'zoho-org': ['after-enabling', 'app-password', null],
    'tencent-exmail': ['admin', 'app-password', null],
    'icloud-custom-domain': ['yes', 'app-password', null],
    'proton-custom-domain': ['yes', 'bridge', null],
    'yahoo-japan': ['after-enabling', 'normal', null],
    daum: ['after-enabling', 'app-password', null],
    freenet: ['after-enabling', 'normal', null],
    'mailbox-org': ['yes', 'normal', null],
    tuta: ['no', 'not-applicable', null],
    hey: ['no', 'not-applicable', null],
    namecheap: ['yes', 'normal', null],
    hostinger: ['yes', 'normal', null],
    titan: ['yes', 'normal', null],
    'amazon-workmail': ['yes', 'normal', null],
    migadu: ['yes', 'normal', null],
    orange: ['yes', 'normal', null],
    free: ['yes', 'normal', null],
    libero: ['yes', 'normal', null],
  }

  it('lists every policy', () => {
    expect(PROVIDERS.map((p) => p.policy.id).filter((id) => !(id in EXPECTED))).toEqual([])
  })

  for (const knowledge of PROVIDERS) {
    const id = knowledge.policy.id
    it(`${id}: imap, password, sign-in, and a path that fits them`, async () => {
      const { email, host, byMx } = sampleAddress(knowledge)
      const g = byMx
        ? guidanceFor({
            email,
            // What lookup returns once the MX named the provider: its own servers, under its id.
            lookup: {
              ...(await lookupSettings(email, { offline: true })),
              provider: { id, name: knowledge.policy.name },
              incoming: (knowledge.servers?.incoming ?? []).map((t) => ({ ...t, username: email })),
              outgoing: (knowledge.servers?.outgoing ?? []).map((t) => ({ ...t, username: email })),
            },
          })
        : host
        ? guidanceFor({ email, account: account({ email, incoming: { protocol: 'imap', host, port: 993, security: 'tls', username: email, auth: 'password' }, outgoing: { protocol: 'smtp', host: host.replace('imap', 'smtp'), port: 465, security: 'tls', username: email, auth: 'password' } }) })
        : await forAddress(email)
      const expected = EXPECTED[id]
      if (!expected) return expect.fail(`no expectation for ${id}`)
      const [imap, password, signIn] = knowledge.policy.offersImap ? expected : (['no', expected[1], expected[2]] as const)
      expect({ imap: g.imap, password: g.password, signIn: g.signIn }).toEqual({ imap, password, signIn })
      expect(g.provider?.id ?? id).toBe(id)
      // The sign-in button comes first where there is one.
      if (signIn) expect(g.steps[0]?.code).toBe(signIn === 'google' ? 'sign-in-google' : 'sign-in-microsoft')
      if (imap === 'after-enabling') expect(codes(g)).toContain('imap-switched-off')
      if (password === 'app-password') expect(stepCodes(g)).toContain('make-app-password')
      if (password === 'bridge') expect(codes(g)).toContain('bridge-local')
      if (password === 'oauth-only') expect(stepCodes(g)).not.toContain('use-normal-password')
      // No IMAP at all: no password step of any kind (the blocker says what to do instead).
      if (password === 'not-applicable') expect(stepCodes(g).filter((c) => /password/.test(c))).toEqual([])
      for (const l of g.links) expect(isAllowedHelpUrl(l.url)).toBe(true)
    })
  }
})

describe('guidance core: the cases of the help article', () => {
  it('Gmail by address: Google sign-in first, then the app password path, fields in CRM order', async () => {
    const g = await forAddress('jane@gmail.com')
    expect(g.signIn).toBe('google')
    expect(stepCodes(g)).toEqual(['sign-in-google', 'turn-on-second-factor', 'make-app-password', 'copy-fields', 'test-login'])
    expect(g.steps[1]?.params?.otherwise).toBe('true')
    expect(g.terms).toEqual({ password: 'app-password', secondFactor: '2-step-verification', format: 'four-groups-of-four' })
    expect(fieldKeys(g)).toEqual(['email', 'imapHost', 'imapPort', 'imapSsl', 'username', 'smtpHost', 'smtpPort', 'smtpSsl'])
    expect(g.fields.find((f) => f.key === 'imapHost')?.value).toBe('imap.gmail.com')
    expect(g.fieldsUse).toBe('copy')
    expect(g.links).toEqual([{ code: 'app-password', url: 'https://myaccount.google.com/apppasswords' }])
  })

  it('a Gmail account that signs in with OAuth2: the same answer as by address, plus the note', () => {
    const acct = account({
      email: 'jane@gmail.com',
      incoming: { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls', username: 'jane@gmail.com', auth: 'oauth2' },
      outgoing: { protocol: 'smtp', host: 'smtp.gmail.com', port: 465, security: 'tls', username: 'jane@gmail.com', auth: 'oauth2' },
    })
    const g = guidanceFor({ email: null, account: acct })
    expect(g.signIn).toBe('google')
    expect(g.password).toBe('app-password')
    expect(g.notes).toContain('account-uses-oauth')
    expect(g.source).toBe('account')
  })

  it('Microsoft 365: sign in with Microsoft and the admin path; no copy list as the way', async () => {
    const g = await forAddress('boss@contoso.onmicrosoft.com')
    expect([g.imap, g.password, g.signIn]).toEqual(['admin', 'oauth-only', 'microsoft'])
    expect(stepCodes(g)).toEqual(['sign-in-microsoft', 'ask-admin-consent'])
    expect(codes(g)).toEqual(['admin-approval'])
    expect(g.fieldsUse).toBe('with-sign-in')
    expect(g.links.map((l) => l.code)).toEqual(['admin-consent', 'user-consent'])
    expect(g.messages.map((m) => m.code)).toEqual(['admin-consent'])
  })

  it('admin approval: the app name and ID come from a pasted AADSTS65001', async () => {
    const text =
      "AADSTS65001: The user or administrator has not consented to use the application with ID '3f2c9a1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f' named 'Acme CRM'. Send an interactive authorization request for this user and resource. Trace ID: 0a1b2c3d-0000-4000-8000-aaaaaaaaaaaa"
    const g = await forAddress('boss@contoso.onmicrosoft.com', { errorText: text, verdict: 'admin-consent-required' })
    const blocker = g.blockers.find((b) => b.code === 'admin-approval')
    expect(blocker?.params).toEqual({ appName: 'Acme CRM', appId: '3f2c9a1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f', code: 'AADSTS65001' })
    expect(g.messages[0]?.params).toMatchObject({ appName: 'Acme CRM', appId: '3f2c9a1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f', email: 'boss@contoso.onmicrosoft.com' })
  })

  it('admin approval: the CRM name typed by the user when nothing was pasted', async () => {
    const g = await forAddress('boss@contoso.onmicrosoft.com', { crmName: 'Pipeline Pro' })
    expect(g.messages[0]?.params.appName).toBe('Pipeline Pro')
  })

  it('Exchange on-premises (an Outlook Exchange account): the IT path with its message', () => {
    const acct = account({
      email: 'jane.doe@corp.example',
      client: 'outlook',
      incoming: { protocol: 'exchange', host: 'mail.corp.example', port: null, security: 'tls', username: 'CORP\\jdoe', auth: 'ntlm' },
    })
    const g = guidanceFor({ email: null, account: acct })
    expect(codes(g)).toEqual(['exchange'])
    expect(g.imap).toBe('admin')
    expect(g.signIn).toBe('microsoft')
    expect(stepCodes(g)).toEqual(['ask-it-exchange', 'sign-in-microsoft'])
    expect(g.fieldsUse).toBe('none')
    expect(g.messages).toEqual([{ code: 'exchange-it', params: { domain: 'corp.example', server: 'mail.corp.example', email: 'jane.doe@corp.example' } }])
  })

  it('Exchange found by lookup (Exchange servers, no IMAP): the same path', () => {
    const lookup: LookupResult = {
      email: 'jane.doe@corp.example',
      domain: 'corp.example',
      provider: null,
      source: 'autoconfig',
      incoming: [{ protocol: 'exchange', host: 'mail.corp.example', port: 443, security: 'tls', username: 'jane.doe@corp.example', auth: 'ntlm', url: 'https://mail.corp.example/EWS/Exchange.asmx' }],
      outgoing: [],
      notes: [],
    }
    const g = guidanceFor({ email: 'jane.doe@corp.example', lookup })
    expect(codes(g)).toEqual(['exchange'])
    expect(g.blockers[0]?.params?.server).toBe('https://mail.corp.example/EWS/Exchange.asmx')
  })

  it('iCloud: Apple’s own words and format', async () => {
    const g = await forAddress('emily@icloud.com')
    expect(g.terms).toEqual({ password: 'app-specific-password', secondFactor: 'two-factor-authentication', format: 'hyphen-groups-of-four' })
    expect(g.notes).toContain('username-either')
    expect(g.signIn).toBeNull()
  })

  it('GMX POP3 account: move to IMAP first, switch IMAP on, then the IMAP fields with the account’s username', () => {
    const acct = account({
      email: 'max@gmx.de',
      incoming: { protocol: 'pop3', host: 'pop.gmx.net', port: 995, security: 'tls', username: 'max@gmx.de', auth: 'password' },
      outgoing: { protocol: 'smtp', host: 'mail.gmx.net', port: 587, security: 'starttls', username: 'max@gmx.de', auth: 'password' },
      pop3: { leaveOnServer: false },
    })
    const lookup: LookupResult = {
      email: 'max@gmx.de',
      domain: 'gmx.de',
      provider: { id: 'gmx', name: 'GMX' },
      source: 'catalog',
      incoming: [{ protocol: 'imap', host: 'imap.gmx.net', port: 993, security: 'tls', username: 'max@gmx.de', auth: 'password' }],
      outgoing: [],
      notes: [],
    }
    const g = guidanceFor({ email: null, account: acct, lookup })
    expect(codes(g)).toEqual(['pop3-account', 'imap-switched-off'])
    expect(codes(g).some((c) => c.includes('pop3'))).toBe(true)
    expect(stepCodes(g).slice(0, 2)).toEqual(['move-pop3-to-imap', 'enable-imap'])
    expect(g.fields.find((f) => f.key === 'imapHost')?.value).toBe('imap.gmx.net')
    expect(g.fields.find((f) => f.key === 'smtpHost')?.value).toBe('mail.gmx.net')
    expect(g.links[0]?.code).toBe('enable-imap')
    // Back from the POP3 wizard: the same account, added again as IMAP, has only GMX's switch left.
    const moved = guidanceFor({ email: null, account: acct, lookup, movedToImap: true })
    expect(codes(moved)).toEqual(['imap-switched-off'])
    expect(stepCodes(moved)).not.toContain('move-pop3-to-imap')
    expect(moved.fieldsUse).toBe('copy')
  })

  it('offline: nothing answered is offline with "type the settings yourself", not "not found"', () => {
    const lookup: LookupResult = { email: 'a@unknown.example', domain: 'unknown.example', provider: null, source: 'none', incoming: [], outgoing: [], notes: [] }
    expect(codes(guidanceFor({ email: 'a@unknown.example', lookup, offline: true }))).toEqual(['offline'])
    expect(stepCodes(guidanceFor({ email: 'a@unknown.example', lookup, offline: true }))).toEqual(['check-internet', 'type-settings-yourself'])
    expect(codes(guidanceFor({ email: 'a@unknown.example', lookup, offline: false }))).toEqual(['no-settings'])
  })

  it('a provider without IMAP: no copy list', () => {
    const lookup: LookupResult = {
      email: 'a@pop-only.example',
      domain: 'pop-only.example',
      provider: null,
      source: 'autoconfig',
      incoming: [{ protocol: 'pop3', host: 'pop.pop-only.example', port: 995, security: 'tls', username: 'a', auth: 'password' }],
      outgoing: [],
      notes: [],
      offersImap: false,
    }
    const g = guidanceFor({ email: 'a@pop-only.example', lookup })
    expect(g.imap).toBe('no')
    expect(codes(g)).toEqual(['pop3-only-provider'])
    expect(g.fieldsUse).toBe('none')
  })

  it('an unencrypted server is a blocker', () => {
    const acct = account({
      email: 'a@small.example',
      incoming: { protocol: 'imap', host: 'mail.small.example', port: 143, security: 'none', username: 'a', auth: 'password' },
      outgoing: { protocol: 'smtp', host: 'mail.small.example', port: 25, security: 'none', username: 'a', auth: 'password' },
    })
    const g = guidanceFor({ email: null, account: acct })
    expect(g.blockers).toEqual([{ code: 'unencrypted', steps: [{ code: 'use-encrypted-connection' }], params: { protocols: 'imap,smtp' } }])
  })

  it('the outgoing username is listed only when it differs', () => {
    const base = {
      email: 'a@small.example',
      incoming: { protocol: 'imap' as const, host: 'imap.small.example', port: 993, security: 'tls' as const, username: 'a', auth: 'password' as const },
    }
    const same = guidanceFor({ email: null, account: account({ ...base, outgoing: { ...base.incoming, protocol: 'smtp', host: 'smtp.small.example', port: 465 } }) })
    const other = guidanceFor({ email: null, account: account({ ...base, outgoing: { ...base.incoming, protocol: 'smtp', host: 'smtp.small.example', port: 465, username: 'a-send' } }) })
    expect(fieldKeys(same)).not.toContain('smtpUsername')
    expect(fieldKeys(other).at(-1)).toBe('smtpUsername')
  })
})

describe('guidance core: every verdict', () => {
  const unknownLookup: LookupResult = {
    email: 'a@company.example',
    domain: 'company.example',
    provider: null,
    source: 'autoconfig',
    incoming: [{ protocol: 'imap', host: 'imap.company.example', port: 993, security: 'tls', username: 'a@company.example', auth: 'password' }],
    outgoing: [{ protocol: 'smtp', host: 'smtp.company.example', port: 465, security: 'tls', username: 'a@company.example', auth: 'password' }],
    notes: [],
  }
  // What a verdict changes in the answer for an unknown provider; every other verdict leaves
  // it as the policy-free answer (password unknown, no sign-in, copy the fields).
  const CHANGES: Partial<Record<Verdict, (g: Guidance) => void>> = {
    'app-password-required': (g) => expect(g.password).toBe('app-password'),
    'oauth-required': (g) => expect([g.password, g.signIn, g.fieldsUse]).toEqual(['oauth-only', 'microsoft', 'with-sign-in']),
    'admin-consent-required': (g) => expect(codes(g)).toContain('admin-approval'),
    'imap-disabled': (g) => expect([g.imap, codes(g)]).toEqual(['after-enabling', ['imap-switched-off']]),
    offline: (g) => expect(codes(g)).toEqual(['offline']),
    'pop3-unsupported': (g) => expect(codes(g)).toEqual(['pop3-account']),
    'cleartext-disallowed': (g) => expect(codes(g)).toEqual(['unencrypted']),
  }
  for (const verdict of VERDICTS) {
    it(verdict, () => {
      const g = guidanceFor({ email: 'a@company.example', lookup: unknownLookup, verdict })
      expect(g.verdict).toBe(verdict)
      for (const b of g.blockers) expect(BLOCKER_CODES).toContain(b.code)
      for (const s of g.steps) expect(GUIDANCE_STEPS).toContain(s.code)
      const check = CHANGES[verdict]
      if (check) check(g)
      else {
        expect([g.password, g.signIn, g.fieldsUse, g.imap]).toEqual([null, null, 'copy', 'yes'])
        expect(g.blockers).toEqual([])
      }
    })
  }
})

describe('consent request parsing', () => {
  it.each([
    [
      "AADSTS65001: The user or administrator has not consented to use the application with ID 'e3130a2f-1b2c-4d5e-8f90-123456789abc' named 'ToolSuite.Debug'. Send an interactive authorization request for this user and resource.",
      { code: 'AADSTS65001', appName: 'ToolSuite.Debug', appId: 'e3130a2f-1b2c-4d5e-8f90-123456789abc' },
    ],
    [
      'AADSTS90094: Acme CRM needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.',
      { code: 'AADSTS90094', appName: 'Acme CRM', appId: null },
    ],
    ['AADSTS65004: User declined to consent to access the app.', { code: 'AADSTS65004', appName: null, appId: null }],
    [
      "AADSTS65001: The user or administrator has not consented to use the application with ID '243dba68-8222-4b56-b16a-a1a98bc0bcfb'. Send an interactive authorization request for this user and resource.\r\nTrace ID: 72303ad3-3a2a-4b31-a79e-7869828018ea",
      { code: 'AADSTS65001', appName: null, appId: '243dba68-8222-4b56-b16a-a1a98bc0bcfb' },
    ],
  ])('%s', (text, expected) => {
    expect(consentRequestFrom(text)).toEqual(expected)
  })

  it('nothing for an unrelated text', () => {
    expect(consentRequestFrom('535 5.7.8 Username and Password not accepted')).toBeNull()
  })
})

describe('where IMAP is switched on, in the reader’s language', () => {
  it('carries the provider’s menu path as its catalogue key, and the step shows it in the chosen language', async () => {
    const { setLanguage } = await import('../../../src/i18n/i18n.js')
    const { stepWords } = await import('../../../src/words/words.js')
    const g = await forAddress('max@gmx.de')
    const enable = g.steps.find((s) => s.code === 'enable-imap')!
    // JSON keeps a code: the key, the same in every language.
    expect(enable.params).toEqual({ provider: 'GMX', menu: 'providers:gmx.enableImapSteps' })
    try {
      await setLanguage('fr')
      const fr = stepWords(enable, g)
      expect(fr).toContain('Pour y accéder')
      expect(fr).toContain('« POP3 und IMAP Zugriff erlauben » (autoriser l’accès POP3 et IMAP)')
      await setLanguage('de')
      expect(stepWords(enable, g)).toContain('E-Mail > Einstellungen > POP3/IMAP Abruf > „POP3 und IMAP Zugriff erlauben“')
    } finally {
      await setLanguage('en')
    }
    expect(stepWords(enable, g)).toMatch(/The way there: E-Mail > Einstellungen \(Settings\)/)
  })

  it('has no menu where the provider names none, and shows only a provider catalogue key as a menu', async () => {
    const { stepWords } = await import('../../../src/words/words.js')
    const g = await forAddress('someone@163.com')
    const enable = g.steps.find((s) => s.code === 'enable-imap')
    expect(enable?.params?.menu).toBe('providers:163.enableImapSteps')
    const mailru = await forAddress('someone@mail.ru')
    expect(mailru.steps.some((s) => s.params?.menu)).toBe(false)
    expect(stepWords({ code: 'enable-imap', params: { provider: 'X', menu: 'not-a-key' } }, mailru)).not.toContain('not-a-key')
  })
})
