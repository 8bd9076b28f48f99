import { describe, expect, it } from 'vitest'
import { identifyAccount, identifyProvider, ownServers, policyFor } from '../../../src/providers/identify.js'
import { scanHome } from '../../../src/sources/scan.js'
import type { SourceReader } from '../../../src/sources/source.js'
import { account } from './account-fixture.js'

const id = (q: Parameters<typeof identifyProvider>[0]) => identifyProvider(q)?.provider.id ?? null


describe('identifyProvider', () => {
  it.each([
    ['jane@gmail.com', 'gmail'],
    ['jane@googlemail.com', 'gmail'],
    ['a@nyu.edu', 'google-workspace'],
    ['a@hotmail.co.uk', 'outlook-com'],
    ['a@outlook.de', 'outlook-com'],
    ['a@contoso.onmicrosoft.com', 'microsoft-365'],
    ['a@me.com', 'icloud'],
    ['a@ymail.com', 'yahoo'],
    ['a@aol.com', 'aol'],
    ['a@sbcglobal.net', 'att'],
    ['a@verizon.net', 'verizon'],
    ['a@comcast.net', 'comcast'],
    ['a@zohomail.eu', 'zoho'],
    ['a@fastmail.fm', 'fastmail'],
    ['a@gmx.de', 'gmx'],
    ['a@web.de', 'web-de'],
    ['a@mail.com', 'mail-com'],
    ['a@yandex.ru', 'yandex'],
    ['a@inbox.ru', 'mail-ru'],
    ['a@pm.me', 'proton'],
    ['a@t-online.de', 't-online'],
    ['a@qq.com', 'qq'],
    ['a@126.com', '163'],
    ['a@naver.com', 'naver'],
    ['a@wanadoo.fr', 'orange'],
    ['a@free.fr', 'free'],
    ['a@libero.it', 'libero'],
  ])('%s -> %s by the address domain', (email, expected) => {
    expect(id({ email })).toBe(expected)
  })

  it('knows Google from the server even on a custom domain', () => {
    expect(id({ email: 'boss@acme-widgets.com', host: 'imap.gmail.com' })).toBe('google-workspace')
    expect(id({ email: 'a@gmail.com', host: 'imap.gmail.com' })).toBe('gmail')
  })

  it('tells Microsoft 365 from Outlook.com on the shared servers by the address', () => {
    expect(id({ email: 'boss@acme-widgets.com', host: 'outlook.office365.com' })).toBe('microsoft-365')
    expect(id({ email: 'a@live.com', host: 'outlook.office365.com' })).toBe('outlook-com')
  })

  it.each([
    ['aspmx.l.google.com', 'google-workspace'],
    ['alt1.aspmx.l.google.com', 'google-workspace'],
    ['acme-com.mail.protection.outlook.com', 'microsoft-365'],
    ['hotmail-com.olc.protection.outlook.com', 'outlook-com'],
    ['in1-smtp.messagingengine.com', 'fastmail'],
    ['mx1.secureserver.net', 'godaddy'],
    ['mx2.emailsrvr.com', 'rackspace'],
    ['mx01.mail.icloud.com', 'icloud-custom-domain'],
    ['mta6.am0.yahoodns.net', 'yahoo'],
    ['mx00.kundenserver.de', 'ionos'],
    ['mail.protonmail.ch', 'proton-custom-domain'],
  ])('MX %s -> %s', (mx, expected) => {
    expect(id({ email: 'someone@acme-widgets.com', mx })).toBe(expected)
  })

  // The same company's business and consumer products, by MX and by server host.
  it.each([
    // [address, MX or host, expected]
    ['a@zoho.com', { mx: 'mx.zoho.com' }, 'zoho'],
    ['boss@acme-widgets.com', { mx: 'mx.zoho.com' }, 'zoho-org'],
    ['boss@acme-widgets.com', { mx: 'mx2.zoho.eu' }, 'zoho-org'],
    ['boss@acme-widgets.com', { host: 'imappro.zoho.eu' }, 'zoho-org'],
    ['boss@acme-widgets.com', { host: 'imap.zoho.eu' }, 'zoho-org'],
    ['a@zohomail.eu', { host: 'imap.zoho.eu' }, 'zoho'],
    ['boss@acme-widgets.com', { mx: 'mxbiz1.qq.com' }, 'tencent-exmail'],
    ['boss@acme-widgets.com', { mx: 'mxbiz2.qq.com' }, 'tencent-exmail'],
    ['boss@acme-widgets.com', { host: 'imap.exmail.qq.com' }, 'tencent-exmail'],
    ['a@qq.com', { mx: 'mx1.qq.com' }, 'qq'],
    ['boss@acme-widgets.com', { mx: 'mx1.qq.com' }, 'qq'],
    ['a@icloud.com', { mx: 'mx01.mail.icloud.com' }, 'icloud'],
    ['me@family-name.net', { mx: 'mx02.mail.icloud.com' }, 'icloud-custom-domain'],
    ['me@family-name.net', { host: 'imap.mail.me.com' }, 'icloud-custom-domain'],
    ['a@proton.me', { mx: 'mail.protonmail.ch' }, 'proton'],
    ['me@family-name.net', { mx: 'mailsec.protonmail.ch' }, 'proton-custom-domain'],
  ] as const)('%s with %o -> %s', (email, where, expected) => {
    expect(id({ email, ...where })).toBe(expected)
  })

  it.each([
    // A look-alike domain that only ends in the same letters is not the provider.
    ['mx.evilzoho.com', null],
    ['mail.notqq.com', null],
    // A host under a provider's registrable domain that is not its mail service: the parent
    // domain alone must not make it QQ Mail or Zoho.
    ['mxdomain.qq.com', null],
    ['inbound-smtp.us-east-1.amazonaws.com', 'amazon-workmail'],
    ['something.us-east-1.amazonaws.com', null],
  ] as const)('MX %s is not matched by a parent or look-alike domain (-> %s)', (mx, expected) => {
    const found = identifyProvider({ email: 'boss@acme-widgets.com', mx })
    expect(found?.knowledge?.policy.id ?? null).toBe(expected)
  })

  it('fills the Zoho data centre into the organisation servers from the MX that matched', () => {
    const found = identifyProvider({ email: 'boss@acme-widgets.com', mx: 'mx.zoho.eu' })!
    const servers = ownServers(found)!
    expect(servers.incoming[0]).toMatchObject({ host: 'imappro.zoho.eu', port: 993, security: 'tls' })
    expect(servers.outgoing[0]).toMatchObject({ host: 'smtppro.zoho.eu', port: 465, security: 'tls' })
    expect(ownServers(identifyProvider({ email: 'boss@acme-widgets.com', mx: 'mxbiz1.qq.com' })!)!.incoming[0]).toMatchObject({ host: 'imap.exmail.qq.com', port: 993 })
  })

  it.each(['freenet.de', 'fn.de', 'freenetmail.de', 'bossmail.de', 'justmail.de'])('knows a freenet address on %s, with its servers', (domain) => {
    const found = identifyProvider({ email: `kim@${domain}` })!
    expect(found.knowledge?.policy.id).toBe('freenet')
    expect(ownServers(found)!.incoming[0]).toMatchObject({ host: 'mx.freenet.de', port: 993, security: 'tls' })
  })

  it('knows Proton Mail Bridge by its loopback ports only', () => {
    expect(id({ host: '127.0.0.1', port: 1143 })).toBe('proton')
    expect(id({ host: '127.0.0.1', port: 143 })).toBeNull()
  })

  it('says nothing for an unknown domain or for garbage', () => {
    expect(identifyProvider({ email: 'a@acme-widgets.com', host: 'mail.acme-widgets.com' })).toBeNull()
    expect(identifyProvider({ email: 'not an address', host: '../../etc/passwd' })).toBeNull()
    expect(identifyProvider({})).toBeNull()
  })

  it('gives the catalog name for ISPDB providers without a hand-kept policy', () => {
    const found = identifyProvider({ email: 'a@posteo.de' })
    expect(found?.provider.id).toBe('posteo.de')
    expect(found?.knowledge).toBeNull()
    expect(policyFor({ email: 'a@posteo.de' })).toBeNull()
  })

  it('hands out the policy for an address or a host', () => {
    expect(policyFor({ email: 'a@outlook.com' })?.password).toBe('oauth-only')
    expect(policyFor({ host: 'imap.mail.me.com' })?.password).toBe('app-password')
  })
})

describe('scan fills provider', () => {
  it('sets provider on every account from what is on disk, and leaves unknown ones null', async () => {
    const reader: SourceReader = {
      client: 'thunderbird',
      read: async () => ({
        accounts: [
          account({ email: 'boss@acme-widgets.com', incoming: { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls', username: 'boss@acme-widgets.com', auth: 'password' } }),
          account({ email: 'a@gmx.de', incoming: { protocol: 'pop3', host: 'pop.gmx.net', port: 995, security: 'tls', username: 'a@gmx.de', auth: 'password' } }),
          account({ email: null, incoming: { protocol: 'imap', host: 'mail.unknown-company.example', port: 993, security: 'tls', username: 'x', auth: 'password' } }),
        ],
        sources: [],
      }),
    }
    const result = await scanHome({ home: '/nonexistent' }, [reader])
    expect(result.accounts.map((a) => a.provider?.id ?? null)).toEqual(['google-workspace', 'gmx', null])
    expect(identifyAccount(result.accounts[1]!)).toEqual({ id: 'gmx', name: 'GMX' })
  })

  it("puts a reader's own ISPDB-id guess into the same id scheme, and keeps one we cannot check", async () => {
    const exchange = { protocol: 'exchange', host: null, port: null, security: null, username: null, auth: null } as const
    const reader: SourceReader = {
      client: 'apple-mail',
      read: async () => ({
        accounts: [
          account({ email: null, incoming: exchange, provider: { id: 'me.com', name: 'Apple iCloud' } }),
          account({ email: null, incoming: exchange, provider: { id: 'some-isp.example', name: 'Some ISP' } }),
        ],
        sources: [],
      }),
    }
    const result = await scanHome({ home: '/nonexistent' }, [reader])
    expect(result.accounts.map((a) => a.provider)).toEqual([{ id: 'icloud', name: 'iCloud Mail' }, { id: 'some-isp.example', name: 'Some ISP' }])
  })
})
