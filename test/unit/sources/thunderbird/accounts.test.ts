import { describe, expect, it } from 'vitest'
import type { MailAccount } from '../../../../src/model.js'
import { accountId, assembleAccounts } from '../../../../src/sources/thunderbird/accounts.js'
import { PrefStore } from '../../../../src/sources/thunderbird/pref-store.js'
import { parsePrefs } from '../../../../src/sources/thunderbird/prefs-parser.js'
import { fixture } from './make-home.js'
import { said } from '../../../helpers/said.js'

const context = { client: 'thunderbird' as const, profile: 'Library/Thunderbird/Profiles/x.default' }

function assemble(...texts: (string | Buffer)[]) {
  return assembleAccounts(new PrefStore(texts.map((t) => parsePrefs(t))), context)
}

function fromFixture(name: string) {
  return assemble(fixture(name))
}

function byEmail(accounts: MailAccount[], email: string): MailAccount {
  const found = accounts.find((a) => a.email === email)
  if (!found) throw new Error(`no account for ${email}: ${accounts.map((a) => a.email).join(', ')}`)
  return found
}

describe('assembleAccounts: Thunderbird defaults for absent prefs', () => {
  it('fills socketType 0, authMethod 3 and the protocol ports when Thunderbird left them out', () => {
    const { accounts } = fromFixture('clients/seamonkey-prefs.js')
    expect(accounts).toHaveLength(1)
    expect(accounts[0]!.incoming).toEqual({
      protocol: 'pop3',
      host: 'pop.seafarer.example',
      port: 110,
      security: 'none',
      username: 'greta.holm',
      auth: 'password',
    })
    expect(accounts[0]!.outgoing).toEqual({
      protocol: 'smtp',
      host: 'smtp.seafarer.example',
      port: 587,
      security: 'none',
      username: 'greta.holm',
      auth: 'password',
    })
    expect(accounts[0]!.pop3).toEqual({ leaveOnServer: false })
  })

  it('reads the Mozilla test-automation POP3 profile, whose SMTP server has only a host', () => {
    const { accounts } = fromFixture('real/mozilla-tinderbox-pop3-mailnewsTestPrefs.js')
    expect(accounts).toHaveLength(1)
    const a = accounts[0]!
    expect(a.email).toBe('tinderbox@invalid.com')
    expect(a.name).toBe('tinderbox@invalid.com')
    expect(a.incoming).toMatchObject({ protocol: 'pop3', host: 'tinderbox', port: 110, security: 'none', auth: 'password' })
    expect(a.outgoing).toMatchObject({ host: 'tinderbox', port: 587, security: 'none', auth: 'password', username: 'tinderbox' })
  })

  it('uses the SSL ports when the security is SSL/TLS and no port is stored', () => {
    const { accounts } = fromFixture('eras/tb128-prefs.js')
    expect(accounts[0]!.incoming.port).toBe(995)
    expect(accounts[0]!.outgoing?.port).toBe(465)
  })
})

describe('assembleAccounts: the real Thunderbird 45 Windows profile', () => {
  const { accounts, skipped } = fromFixture('real/cmcdragonkai-tb45.5-windows-prefs.js')

  it('finds the three Gmail accounts and skips Local Folders and the unified-folders server', () => {
    expect(accounts.map((a) => a.incoming.host)).toEqual(['imap.gmail.com', 'imap.gmail.com', 'imap.gmail.com'])
    expect(skipped).toEqual([])
  })

  it('takes the email from the first identity of an account with five', () => {
    expect(accounts[0]!.email).toBe('roger.qiu@polyhack.io')
    expect(accounts[0]!.incoming.username).toBe('roger.qiu@polycademy.com')
  })

  it('reads OAuth2 over SSL on both sides', () => {
    for (const a of accounts) {
      expect(a.incoming).toMatchObject({ port: 993, security: 'tls', auth: 'oauth2' })
      expect(a.outgoing).toMatchObject({ host: 'smtp.gmail.com', port: 465, security: 'tls', auth: 'oauth2' })
      // The fact is auth: oauth2; what it means for a CRM is the guidance core's note.
      expect(said(a.warnings)).not.toMatch(/CRM/)
    }
    expect(byEmail(accounts, 'cmcdragonkai@gmail.com').outgoing?.username).toBe('cmcdragonkai@gmail.com')
  })

  it('reads the CRLF copy to the same accounts', () => {
    expect(fromFixture('real/cmcdragonkai-tb45.5-windows-prefs.crlf.js').accounts).toEqual(accounts)
  })
})

describe('assembleAccounts: one fixture per Thunderbird era', () => {
  it('38: uses realhostname/realuserName over hostname/userName and keeps POP3 mail on the server', () => {
    const { accounts } = fromFixture('eras/tb38-prefs.js')
    const imap = byEmail(accounts, 'helga.brandt@mailhost.example')
    expect(imap.incoming).toMatchObject({ host: 'imap.newhost.example', username: 'helga.brandt@newhost.example', port: 993 })
    const pop = byEmail(accounts, 'h.brandt@oldisp.example')
    expect(pop.pop3).toEqual({ leaveOnServer: true })
    // An identity without smtpServer sends through mail.smtp.defaultserver.
    expect(pop.outgoing?.host).toBe('smtp.mailhost.example')
    expect(said(pop.warnings)).not.toMatch(/CRM|deleted from the server/)
  })

  it('52: maps legacy isSecure=true to SSL, encrypted passwords, and the identity\'s own SMTP server', () => {
    const { accounts } = fromFixture('eras/tb52-prefs.js')
    const studio = byEmail(accounts, 'tomasz@kowal-studio.example')
    expect(studio.incoming).toMatchObject({ security: 'tls', port: 993 })
    expect(studio.outgoing).toMatchObject({ host: 'mail.kowal-studio.example', port: 587, security: 'starttls', auth: 'password-encrypted' })
    expect(byEmail(accounts, 'tomasz.kowal@gmail.com').outgoing?.host).toBe('smtp.gmail.com')
  })

  it('68: treats socketType 1 as STARTTLS and splits a "host:port" hostname', () => {
    const [a] = fromFixture('eras/tb68-prefs.js').accounts
    expect(a!.incoming).toMatchObject({ host: 'mail.tanaka-works.example', port: 1143, security: 'starttls' })
    expect(a!.outgoing).toMatchObject({ security: 'starttls', port: 587 })
  })

  it('91: names the account a POP3 account is deferred to (Local Folders)', () => {
    const { accounts } = fromFixture('eras/tb91-prefs.js')
    const pop = byEmail(accounts, 'contact@fournil.example')
    expect(said(pop.warnings)).toMatch(/stored in “Local Folders”/)
    expect(pop.outgoing).toMatchObject({ host: 'smtp.fournil.example', port: 465, security: 'tls' })
    expect(byEmail(accounts, 'ines.moreau@fournil.example').incoming.auth).toBe('password')
  })

  it('102: strips spaces in the account list, ignores a duplicate key and reads STARTTLS on 143', () => {
    const { accounts } = fromFixture('eras/tb102-prefs.js')
    expect(accounts).toHaveLength(1)
    expect(accounts[0]!.email).toBe('olu@adeyemi-partners.example')
    expect(accounts[0]!.incoming).toMatchObject({ port: 143, security: 'starttls', auth: 'password-encrypted' })
    // No mail.smtp.defaultserver: the first of mail.smtpservers.
    expect(accounts[0]!.outgoing?.host).toBe('mail.adeyemi-partners.example')
  })

  it('115: skips rss and im accounts, reports a missing server, warns about a deleted outgoing server', () => {
    const { accounts, skipped } = fromFixture('eras/tb115-prefs.js')
    expect(accounts.map((a) => a.email)).toEqual(['sam.lindqvist@nordkust.example', 'sales@nordkust.example'])
    expect(skipped).toHaveLength(1)
    expect(said(skipped[0])).toMatch(/account5.*missing/)
    const m365 = accounts[0]!
    expect(m365.incoming).toMatchObject({ host: 'outlook.office365.com', auth: 'oauth2', security: 'tls', port: 993 })
    expect(m365.outgoing).toMatchObject({ host: 'smtp.office365.com', auth: 'oauth2', security: 'starttls', port: 587 })
    const sales = accounts[1]!
    expect(sales.outgoing).toBeNull()
    expect(said(sales.warnings)).toMatch(/outgoing server .*smtp9.* missing/)
  })

  it('128: reads typed SMTP servers and falls back to the first of mail.smtpservers', () => {
    const [a] = fromFixture('eras/tb128-prefs.js').accounts
    expect(a!.outgoing).toMatchObject({ protocol: 'smtp', host: 'smtp.souza-arquitetura.example', security: 'tls' })
    expect(a!.pop3).toEqual({ leaveOnServer: true })
    expect(a!.incoming.auth).toBe('password-encrypted')
  })

  it('140+: reads EWS accounts and the mail.outgoingserver branch', () => {
    const [a] = fromFixture('eras/tb140-prefs.js').accounts
    expect(a!.incoming).toEqual({
      protocol: 'ews',
      host: 'outlook.office365.com',
      port: 443,
      security: 'tls',
      username: 'mei.chen@harbourline.example',
      auth: 'oauth2',
      url: 'https://outlook.office365.com/EWS/Exchange.asmx',
    })
    expect(a!.outgoing).toEqual({
      protocol: 'ews',
      host: 'outlook.office365.com',
      port: 443,
      security: 'tls',
      username: 'mei.chen@harbourline.example',
      auth: 'oauth2',
      url: 'https://outlook.office365.com/EWS/Exchange.asmx',
    })
  })
})

describe('assembleAccounts: pointers, overrides and ids', () => {
  const base = [
    'user_pref("mail.accountmanager.accounts", "acctA");',
    'user_pref("mail.account.acctA.server", "srvX");',
    'user_pref("mail.account.acctA.identities", "idQ");',
    'user_pref("mail.identity.idQ.useremail", "kim@labels.example");',
    'user_pref("mail.server.srvX.type", "imap");',
    'user_pref("mail.server.srvX.hostname", "imap.labels.example");',
    'user_pref("mail.server.srvX.userName", "kim");',
  ].join('\n')

  it('follows keys as labels, not numbers', () => {
    const [a] = assemble(base).accounts
    expect(a!.incoming.host).toBe('imap.labels.example')
    expect(a!.email).toBe('kim@labels.example')
  })

  it('lets user.js override prefs.js', () => {
    const [a] = assemble(base, 'user_pref("mail.server.srvX.socketType", 3); user_pref("mail.server.srvX.port", 10993);').accounts
    expect(a!.incoming).toMatchObject({ security: 'tls', port: 10993 })
  })

  it('maps every authMethod of MailNewsTypes2.idl', () => {
    const expected: Record<number, string> = {
      0: 'unknown', 1: 'none', 2: 'password', 3: 'password', 4: 'password-encrypted', 5: 'gssapi',
      6: 'ntlm', 7: 'client-certificate', 8: 'password-encrypted', 9: 'password', 10: 'oauth2', 11: 'unknown',
    }
    for (const [method, auth] of Object.entries(expected)) {
      const [a] = assemble(base, `user_pref("mail.server.srvX.authMethod", ${method});`).accounts
      expect(a!.incoming.auth, `authMethod ${method}`).toBe(auth)
    }
  })

  it('notes a missing outgoing server (an unencrypted connection is the core\'s blocker, from security: none)', () => {
    const [a] = assemble(base).accounts
    expect(a!.outgoing).toBeNull()
    expect(a!.incoming.security).toBe('none')
    expect(said(a!.warnings)).not.toMatch(/not encrypted/)
    expect(said(a!.warnings)).toMatch(/No outgoing \(SMTP\) server/)
  })

  it('gives ids that are stable across scans and differ per profile and account', () => {
    const first = assemble(base).accounts[0]!.id
    expect(assemble(base).accounts[0]!.id).toBe(first)
    expect(first).toBe(accountId('thunderbird', context.profile, 'acctA'))
    expect(accountId('thunderbird', 'other/profile', 'acctA')).not.toBe(first)
    expect(accountId('seamonkey', context.profile, 'acctA')).not.toBe(first)
  })

  it('leaves provider empty (the provider catalog fills it later)', () => {
    expect(assemble(base).accounts[0]!.provider).toBeNull()
  })
})
