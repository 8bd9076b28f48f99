import { describe, expect, it } from 'vitest'
import {
  clientFamily,
  leaveOnServerWarning,
  moveSteps,
  nextPopStep,
  previousPopStep,
} from '../../../../renderer/src/flows/pop-to-imap.js'
import type { MailAccount } from '../../../../src/model.js'

const POP: MailAccount = {
  id: 'p1',
  client: 'apple-mail',
  profile: 'V10',
  name: 'Home',
  email: 'fay@example.net',
  incoming: { protocol: 'pop3', host: 'pop.example.net', port: 995, security: 'tls', username: 'fay', auth: 'password' },
  outgoing: null,
  provider: null,
  pop3: { leaveOnServer: false },
  warnings: [],
}

describe('the POP3 to IMAP wizard', () => {
  it('warns loudly when mail is deleted from the server after download', () => {
    const warning = leaveOnServerWarning(POP)
    expect(warning.level).toBe('danger')
    expect(warning.text).toMatch(/Keep the POP3 account until/)
  })

  it('treats an unknown leave-on-server setting as a risk, and copies on the server as informational', () => {
    const { pop3: _omit, ...unknown } = POP
    void _omit
    expect(leaveOnServerWarning(unknown).level).toBe('warning')
    expect(leaveOnServerWarning({ ...POP, pop3: { leaveOnServer: true } }).level).toBe('info')
  })

  it('gives each client its own steps: add as IMAP, copy the mail, remove POP3 last', () => {
    for (const client of ['apple-mail', 'thunderbird', 'outlook'] as const) {
      const groups = moveSteps(client)
      expect(groups.map((g) => g.title)).toEqual([
        'Add the account again, as IMAP',
        'Copy your local mail into the IMAP account',
        'Remove POP3, only after checking',
      ])
      expect(groups[2]!.steps[0]).toMatch(/^Only when/)
    }
    expect(moveSteps('apple-mail')[0]!.steps[0]).toMatch(/Mail > Add Account/)
    expect(moveSteps('thunderbird')[0]!.steps[0]).toMatch(/≡ menu > Add Account > Email/)
    expect(moveSteps('outlook')[0]!.steps[0]).toMatch(/File > Add Account/)
  })

  it('copies, never moves, so the POP3 account stays a backup until the webmail shows everything', () => {
    for (const client of ['apple-mail', 'thunderbird', 'outlook'] as const) {
      const copy = moveSteps(client)[1]!.steps.join(' ')
      expect(copy).toMatch(/Copy To|Copy to Folder/)
      expect(copy).not.toMatch(/> Move To >|Move > Other Folder/)
    }
    expect(moveSteps('thunderbird')[1]!.steps.join(' ')).toMatch(/Right-click > Copy To > the new IMAP account/)
    expect(moveSteps('apple-mail')[1]!.steps.join(' ')).toMatch(/Message > Copy To/)
    expect(moveSteps('outlook')[1]!.steps.join(' ')).toMatch(/Home > Move > Copy to Folder/)
  })

  it('asks for incoming and outgoing servers where the client does, and never points at settings that were not found', () => {
    for (const client of ['apple-mail', 'thunderbird', 'outlook'] as const) {
      const found = moveSteps(client, { imap: true, smtp: true })[0]!.steps.join(' ')
      expect(found).toMatch(/incoming \(IMAP\) and outgoing \(SMTP\) settings from step 2/)
      const none = moveSteps(client, { imap: false, smtp: false })[0]!.steps.join(' ')
      expect(none).not.toMatch(/from step 2/)
      expect(none).toMatch(/ask your provider/)
    }
    expect(moveSteps('thunderbird')[0]!.steps.join(' ')).toMatch(/incoming server choose IMAP.*outgoing server fill in SMTP/)
    expect(moveSteps('apple-mail')[0]!.steps.join(' ')).toMatch(/Incoming Mail Server and Outgoing Mail Server/)
    expect(moveSteps('outlook')[0]!.steps.join(' ')).toMatch(/Incoming mail and Outgoing mail/)
    expect(clientFamily('seamonkey')).toBe('thunderbird')
    expect(clientFamily('postbox')).toBe('thunderbird')
  })

  it('ends in the CRM wizard', () => {
    expect(nextPopStep('why')).toBe('imap-settings')
    expect(nextPopStep('test')).toBe('crm')
    expect(previousPopStep('why')).toBeNull()
  })
})
