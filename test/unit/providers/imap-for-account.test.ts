import { describe, expect, it } from 'vitest'
import { imapSettingsFor } from '../../../src/providers/imap-for-account.js'
import { account } from './account-fixture.js'
import { said } from '../../helpers/said.js'

const pop = (email: string | null, host: string, username = email) =>
  account({ email, incoming: { protocol: 'pop3', host, port: 995, security: 'tls', username, auth: 'password' }, pop3: { leaveOnServer: false } })

describe('imapSettingsFor (a POP3 account that must move to IMAP)', () => {
  it("gives the same provider's IMAP server for the same address", () => {
    const advice = imapSettingsFor(pop('anna@gmx.de', 'pop.gmx.net'))
    expect(advice.offersImap).toBe(true)
    expect(advice.provider?.id).toBe('gmx')
    expect(advice.incoming).toMatchObject({ protocol: 'imap', host: 'imap.gmx.net', port: 993, security: 'tls', username: 'anna@gmx.de' })
    expect(advice.outgoing?.host).toBe('mail.gmx.net')
  })

  it('works from the POP3 server name for a custom domain hosted by a known provider', () => {
    const advice = imapSettingsFor(pop('info@baeckerei-example.de', 'pop.1und1.de'))
    expect(advice.offersImap).toBe(true)
    expect(advice.incoming?.host).toBe('imap.1und1.de')
    expect(advice.incoming?.username).toBe('info@baeckerei-example.de')
  })

  it('uses the username when the account has no address', () => {
    const advice = imapSettingsFor(pop(null, 'pop.gmail.com', 'jane@gmail.com'))
    expect(advice.incoming).toMatchObject({ host: 'imap.gmail.com', username: 'jane@gmail.com', auth: 'password' })
  })

  it('says plainly when it does not know the provider', () => {
    const advice = imapSettingsFor(pop('a@unknown-company.example', 'pop.unknown-company.example'))
    expect(advice.offersImap).toBeNull()
    expect(advice.incoming).toBeNull()
    expect(said(advice.message)).toMatch(/do not know/)
  })
})
