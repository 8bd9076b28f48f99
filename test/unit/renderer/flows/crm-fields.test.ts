import { describe, expect, it } from 'vitest'
import { crmBlocker, crmFields, crmSettingsFromAccount, crmSettingsFromLookup } from '../../../../renderer/src/flows/crm-fields.js'
import type { LookupResult, MailAccount } from '../../../../src/model.js'

const ACCOUNT: MailAccount = {
  id: 'a1',
  client: 'thunderbird',
  profile: 'default',
  name: 'Work',
  email: 'carla@example.com',
  incoming: { protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'carla@example.com', auth: 'password' },
  outgoing: { protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'carla@example.com', auth: 'password' },
  provider: null,
  warnings: [],
}

const LOOKUP: LookupResult = {
  email: 'dan@example.org',
  domain: 'example.org',
  provider: null,
  source: 'autoconfig',
  incoming: [
    { protocol: 'pop3', host: 'pop.example.org', port: 995, security: 'tls', username: 'dan@example.org', auth: 'password' },
    { protocol: 'imap', host: 'imap.example.org', port: 143, security: 'starttls', username: 'dan@example.org', auth: 'password' },
    { protocol: 'imap', host: 'imap.example.org', port: 993, security: 'tls', username: 'dan@example.org', auth: 'password' },
  ],
  outgoing: [{ protocol: 'smtp', host: 'smtp.example.org', port: 465, security: 'tls', username: null, auth: 'password' }],
  notes: [],
}

describe('the CRM wizard settings step', () => {
  it('lists the values in the order a CRM form asks for them', () => {
    const fields = crmFields(crmSettingsFromAccount(ACCOUNT, null)!)
    expect(fields.map((f) => f.key)).toEqual(['email', 'imapHost', 'imapPort', 'ssl', 'username', 'smtpHost', 'smtpPort', 'smtpSsl'])
    expect(fields.map((f) => f.value)).toEqual([
      'carla@example.com',
      'imap.example.com',
      '993',
      'On',
      'carla@example.com',
      'smtp.example.com',
      '587',
      'Off (uses STARTTLS)',
    ])
    for (const f of fields) expect(f.hint.length).toBeGreaterThan(10)
  })

  it('marks only the address and usernames as private', () => {
    const fields = crmFields(crmSettingsFromAccount(ACCOUNT, null)!)
    expect(fields.filter((f) => f.sensitive).map((f) => f.key)).toEqual(['email', 'username'])
  })

  it('adds the outgoing username only when it differs from the incoming one', () => {
    const account = { ...ACCOUNT, outgoing: { ...ACCOUNT.outgoing!, username: 'carla' } }
    const fields = crmFields(crmSettingsFromAccount(account, null)!)
    expect(fields.at(-1)).toMatchObject({ key: 'smtpUsername', value: 'carla', sensitive: true })
  })

  it('explains STARTTLS and warns about no encryption at all', () => {
    const plain = { ...ACCOUNT, incoming: { ...ACCOUNT.incoming, port: 143, security: 'none' as const } }
    const ssl = crmFields(crmSettingsFromAccount(plain, null)!).find((f) => f.key === 'ssl')!
    expect(ssl.value).toBe('Off')
    expect(ssl.note).toMatch(/does not encrypt/)
    expect(crmFields(crmSettingsFromAccount(ACCOUNT, null)!).find((f) => f.key === 'smtpSsl')?.note).toMatch(/STARTTLS/)
  })

  it('uses the provider’s IMAP server with implicit TLS from lookup for a POP3 account, keeping its username', () => {
    const pop: MailAccount = { ...ACCOUNT, incoming: { ...LOOKUP.incoming[0]!, username: 'dan' }, email: 'dan@example.org', outgoing: null }
    expect(crmBlocker(pop)).toBe('pop3')
    const settings = crmSettingsFromAccount(pop, LOOKUP)!
    expect(settings.incoming).toMatchObject({ protocol: 'imap', host: 'imap.example.org', port: 993, security: 'tls', username: 'dan' })
    expect(settings.outgoing?.host).toBe('smtp.example.org')
    expect(crmSettingsFromAccount(pop, null)).toBeNull()
  })

  it('builds the settings from lookup alone for a typed address', () => {
    const settings = crmSettingsFromLookup(LOOKUP)!
    expect(settings.email).toBe('dan@example.org')
    expect(settings.incoming.port).toBe(993)
    expect(settings.outgoing?.username).toBe('dan@example.org')
    expect(crmSettingsFromLookup({ ...LOOKUP, incoming: [] })).toBeNull()
  })
})
