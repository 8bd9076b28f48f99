import { describe, expect, it } from 'vitest'
import { isAllowedHelpUrl } from '../../../src/diagnose/help-links.js'
import { catalogById } from '../../../src/providers/catalog.js'
import { PROVIDERS } from '../../../src/providers/identify.js'
import { policyNotes } from '../../../src/providers/policy-words.js'
import { t } from '../../../src/i18n/i18n.js'

// At least these providers: the big ones, and the regional ones users meet most.
const REQUIRED = [
  'gmail', 'google-workspace', 'microsoft-365', 'outlook-com', 'icloud', 'yahoo', 'aol', 'att', 'verizon', 'comcast',
  'zoho', 'fastmail', 'gmx', 'web-de', 'mail-com', 'yandex', 'mail-ru', 'proton', 't-online', 'qq', '163', 'naver',
  'godaddy', 'rackspace', 'ionos', 'orange', 'free', 'libero',
  // Business products and the providers the ISPDB lacks or gets wrong.
  'zoho-org', 'tencent-exmail', 'icloud-custom-domain', 'proton-custom-domain', 'yahoo-japan', 'daum', 'freenet',
  'mailbox-org', 'tuta', 'hey', 'namecheap', 'hostinger', 'titan', 'amazon-workmail', 'migadu',
]

const FACTS = ['password', 'imap', 'username', 'servers'] as const

describe('hand-kept provider policy', () => {
  it('has one entry per required provider, with unique ids', () => {
    const ids = PROVIDERS.map((p) => p.policy.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of REQUIRED) expect(ids).toContain(id)
  })

  it('links only to allow-listed https help pages', () => {
    for (const { policy } of PROVIDERS) {
      for (const url of [policy.appPasswordUrl, policy.enableImapUrl].filter((u): u is string => !!u)) {
        expect(isAllowedHelpUrl(url), `${policy.id}: ${url}`).toBe(true)
      }
    }
  })

  it('says in plain words what to type, with a page to make an app password where one is needed', () => {
    for (const { policy, notes } of PROVIDERS) {
      expect(notes.length, policy.id).toBeGreaterThan(0)
      if (policy.password === 'app-password' || policy.password === 'mail-password') expect(policy.appPasswordUrl, policy.id).toBeTruthy()
    }
  })

  it('states the dated facts', () => {
    const notes = (id: string) => policyNotes(PROVIDERS.find((p) => p.policy.id === id)!).join(' ')
    expect(notes('microsoft-365')).toMatch(/1 October 2022/)
    expect(notes('outlook-com')).toMatch(/16 September 2024/)
    expect(notes('google-workspace')).toMatch(/14 March 2025/)
  })

  it('points every ISPDB id it claims at a real catalog entry', () => {
    for (const p of PROVIDERS) for (const id of p.ispdbIds) expect(catalogById(id), `${p.policy.id}: ${id}`).not.toBeNull()
  })

  it('sources every fact: an https page, whose page it is and the day it was read, or marked unverified with the reason', () => {
    for (const p of PROVIDERS) {
      for (const key of FACTS) {
        const fact = p.facts[key]
        const where = `${p.policy.id}.${key}`
        expect(fact, where).toBeDefined()
        if (fact.source === null) {
          expect(fact.verified, where).toBeNull()
          expect(fact.kind, where).toBeUndefined()
          expect(fact.note?.length ?? 0, `${where}: why no page`).toBeGreaterThan(20)
        } else {
          expect(new URL(fact.source).protocol, where).toBe('https:')
          expect(fact.verified, where).toMatch(/^20\d\d-\d\d-\d\d$/)
          expect(['provider', 'third-party'], where).toContain(fact.kind)
        }
        if (fact.disagreement) expect(fact.disagreement.says.length, where).toBeGreaterThan(10)
      }
    }
  })

  // The provider's own sites: a source marked 'provider' must be on one of them, and a page on
  // any other site must be marked 'third-party' (so a weak source never passes as the provider's word).
  const OWN_SITES: Record<string, string[]> = {
    gmail: ['google.com'], 'google-workspace': ['google.com'], 'microsoft-365': ['microsoft.com'], 'outlook-com': ['microsoft.com'],
    icloud: ['apple.com'], 'icloud-custom-domain': ['apple.com'], yahoo: ['yahoo.com'], aol: ['aol.com', 'aol.co.uk'], att: ['att.com'],
    verizon: ['verizon.com', 'aol.com'], comcast: ['xfinity.com', 'comcast.net'], fastmail: ['fastmail.com', 'fastmail.help'],
    proton: ['proton.me'], 'proton-custom-domain': ['proton.me'], godaddy: ['godaddy.com'], rackspace: ['rackspace.com'],
    gmx: ['gmx.net'], 'web-de': ['web.de'], 'mail-com': ['mail.com'], yandex: ['yandex.com', 'yandex.ru'], 'mail-ru': ['mail.ru'],
    't-online': ['telekom.de', 't-online.de'], qq: ['qq.com'], '163': ['163.com'], naver: ['naver.com'],
    ionos: ['ionos.com', 'ionos.de', 'ionos.fr', 'ionos.co.uk'], orange: ['orange.fr'], free: ['free.fr'], libero: ['libero.it'],
    zoho: ['zoho.com'], 'zoho-org': ['zoho.com'], 'tencent-exmail': ['qq.com'], 'yahoo-japan': ['yahoo.co.jp'], daum: ['daum.net', 'kakao.com'],
    freenet: ['freenet.de'], 'mailbox-org': ['mailbox.org'], tuta: ['tuta.com'], hey: ['hey.com'], namecheap: ['namecheap.com'],
    hostinger: ['hostinger.com'], titan: ['titan.email'], 'amazon-workmail': ['amazon.com'], migadu: ['migadu.com'],
  }

  it('marks a source as the provider\'s own only when it is on the provider\'s own site', () => {
    expect(PROVIDERS.map((p) => p.policy.id).filter((id) => !(id in OWN_SITES))).toEqual([])
    for (const p of PROVIDERS) {
      for (const key of FACTS) {
        const fact = p.facts[key]
        if (!fact.source) continue
        const host = new URL(fact.source).hostname
        const onOwnSite = OWN_SITES[p.policy.id]!.some((site) => host === site || host.endsWith(`.${site}`))
        expect(fact.kind, `${p.policy.id}.${key}: ${host}`).toBe(onOwnSite ? 'provider' : 'third-party')
      }
    }
  })

  it('says in the data why a fact rests on a third-party page (no page of the provider was found)', () => {
    const third = PROVIDERS.flatMap((p) => FACTS.map((key) => ({ id: `${p.policy.id}.${key}`, fact: p.facts[key] }))).filter((f) => f.fact.kind === 'third-party')
    expect(third.length).toBeGreaterThan(0)
    for (const { id, fact } of third) expect(fact.note ?? fact.disagreement?.says ?? '', id).not.toBe('')
  })

  // Mozilla's ISPDB files are the third-party source for many server names and username forms:
  // a fact may cite only a file of its own provider that the bundled catalogue holds, so the
  // cited file is the one lookup reads for that provider (not another provider's by mistake).
  it('cites only its own provider\'s ISPDB files, ones the bundled catalogue holds', () => {
    const ISPDB_FILE = /^https:\/\/github\.com\/thunderbird\/autoconfig\/blob\/master\/ispdb\/(.+)\.xml$/
    let cited = 0
    for (const p of PROVIDERS) {
      for (const key of FACTS) {
        for (const url of [p.facts[key].source, p.facts[key].disagreement?.source]) {
          const id = url ? ISPDB_FILE.exec(url)?.[1] : undefined
          if (!id) continue
          cited++
          expect(p.ispdbIds, `${p.policy.id}.${key}: ${id}`).toContain(id)
          expect(catalogById(id), `${p.policy.id}.${key}: ${id}`).not.toBeNull()
        }
      }
    }
    expect(cited).toBeGreaterThan(20)
  })

  it('checks the facts the issue named against a page, today', () => {
    const fact = (id: string, key: (typeof FACTS)[number]) => PROVIDERS.find((p) => p.policy.id === id)!.facts[key]
    for (const [id, key] of [
      ['microsoft-365', 'password'], ['gmail', 'imap'], ['zoho-org', 'servers'], ['tencent-exmail', 'servers'],
      ['icloud-custom-domain', 'username'], ['mailbox-org', 'servers'], ['tuta', 'imap'], ['hey', 'imap'],
      ['proton-custom-domain', 'imap'], ['namecheap', 'servers'], ['amazon-workmail', 'servers'], ['daum', 'imap'], ['freenet', 'imap'],
      ['orange', 'password'],
    ] as const) expect(fact(id, key).verified, `${id}.${key}`).toBe('2026-11-30')
  })

  it('states the Exchange team\'s SMTP AUTH timeline and says where sources disagreed', () => {
    const m365 = PROVIDERS.find((p) => p.policy.id === 'microsoft-365')!
    expect(policyNotes(m365).join(' ')).toMatch(/end of December 2026.*second half of 2027/)
    expect(m365.facts.password.disagreement?.says).toMatch(/2026/)
  })

  it('says plainly when a provider has no IMAP at all, and never offers servers for it', () => {
    for (const id of ['tuta', 'hey']) {
      const p = PROVIDERS.find((k) => k.policy.id === id)!
      expect(p.imap).toBe('none')
      expect(p.policy.offersImap).toBe(false)
      expect(policyNotes(p)[0]).toMatch(/cannot connect/)
      expect(p.servers).toBeUndefined()
      // Its password and username do not apply, sourced by the page that says there is no IMAP.
      expect(p.policy.password).toBe('not-applicable')
      expect(p.policy.usernameForm).toBe('not-applicable')
      for (const key of ['password', 'username'] as const) {
        expect(p.facts[key].source, `${id}.${key}`).toBe(p.facts.imap.source)
        expect(p.facts[key].verified, `${id}.${key}`).toBe('2026-11-30')
      }
    }
  })

  it('says "does not apply" for a password or username exactly where the provider has no IMAP', () => {
    for (const p of PROVIDERS) {
      expect(p.policy.password === 'not-applicable', p.policy.id).toBe(p.imap === 'none')
      expect(p.policy.usernameForm === 'not-applicable', p.policy.id).toBe(p.imap === 'none')
    }
  })

  it('keeps the IMAP access code and offersImap consistent, and names where to switch IMAP on', () => {
    for (const p of PROVIDERS) {
      expect(p.imap === 'none', p.policy.id).toBe(!p.policy.offersImap)
      if (p.imap === 'after-enabling') expect(p.words.enableImapSteps ?? p.policy.enableImapUrl, p.policy.id).toBeTruthy()
      expect(t(p.words.passwordName).length, p.policy.id).toBeGreaterThan(2)
    }
  })

  it('gives Proton Mail Bridge settings the ISPDB lacks', () => {
    const proton = PROVIDERS.find((p) => p.policy.id === 'proton')!
    expect(proton.servers?.incoming[0]).toMatchObject({ host: '127.0.0.1', port: 1143, security: 'starttls' })
  })
})
