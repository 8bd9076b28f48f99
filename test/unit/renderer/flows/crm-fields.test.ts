import { describe, expect, it } from 'vitest'
import { crmFields, settingsFromGuidance } from '../../../../renderer/src/flows/crm-fields.js'
import { guidanceFor } from '../../../../src/guidance/guidance.js'
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

describe('the settings the wizard tests are the guidance core’s fields', () => {
  it('an IMAP account: its own servers', () => {
    const settings = settingsFromGuidance(guidanceFor({ email: null, account: ACCOUNT }))!
    expect(settings.incoming).toMatchObject({ protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'carla@example.com' })
    expect(settings.outgoing).toMatchObject({ protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'carla@example.com' })
  })

  it('a POP3 account: the provider’s IMAP server with implicit TLS from lookup, keeping its username', () => {
    const pop: MailAccount = { ...ACCOUNT, incoming: { ...LOOKUP.incoming[0]!, username: 'dan' }, email: 'dan@example.org', outgoing: null }
    const settings = settingsFromGuidance(guidanceFor({ email: null, account: pop, lookup: LOOKUP }))!
    expect(settings.incoming).toMatchObject({ protocol: 'imap', host: 'imap.example.org', port: 993, security: 'tls', username: 'dan' })
    expect(settings.outgoing?.host).toBe('smtp.example.org')
    expect(settingsFromGuidance(guidanceFor({ email: null, account: pop }))).toBeNull()
  })

  it('a typed address: lookup alone, the outgoing username the address', () => {
    const settings = settingsFromGuidance(guidanceFor({ email: 'dan@example.org', lookup: LOOKUP }))!
    expect(settings.email).toBe('dan@example.org')
    expect(settings.incoming.port).toBe(993)
    expect(settings.outgoing?.username).toBe('dan@example.org')
  })
})

describe('the settings as shown after a successful test', () => {
  it('lists the values in CRM order with a warning under a STARTTLS or unencrypted switch', () => {
    const fields = crmFields({ email: ACCOUNT.email!, incoming: ACCOUNT.incoming, outgoing: ACCOUNT.outgoing })
    expect(fields.map((f) => f.key)).toEqual(['email', 'imapHost', 'imapPort', 'ssl', 'username', 'smtpHost', 'smtpPort', 'smtpSsl'])
    expect(fields.find((f) => f.key === 'smtpSsl')?.note).toMatch(/STARTTLS/)
  })
})
