import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { askAppleMail } from '../../../../src/sources/apple-mail/ask-apple-mail.js'
import { APPLE_MAIL_SCRIPT, parseAppleMailAnswer } from '../../../../src/sources/apple-mail/applescript.js'
import { said, saidEach } from '../../../helpers/said.js'

const recorded = readFileSync(new URL('../../../fixtures/apple-mail/osascript-answer.txt', import.meta.url), 'utf8')

describe('asking Apple Mail over AppleScript', () => {
  it('asks for every property the parser reads', () => {
    for (const property of ['server name', 'port', 'uses ssl', 'user name', 'authentication', 'account type', 'email addresses', 'delivery account', 'delete mail on server']) {
      expect(APPLE_MAIL_SCRIPT).toContain(property)
    }
  })

  it('parses recorded output into accounts with their outgoing servers', () => {
    const { accounts, skipped } = parseAppleMailAnswer(recorded)
    expect(accounts.map((a) => a.name)).toEqual(['Work', 'Home ISP', 'iCloud', 'Cut short'])
    expect(skipped).toEqual(['"News" (unknown)'])
    const [work, pop, icloud, cut] = accounts
    expect(work!.incoming).toEqual({ protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'jane@example.com', auth: 'password' })
    expect(work!.outgoing).toEqual({ protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'jane@example.com', auth: 'password' })
    expect(work!.email).toBe('jane@example.com')
    expect(pop!.incoming).toMatchObject({ protocol: 'pop3', security: 'none', auth: 'password-encrypted' })
    expect(pop!.outgoing).toMatchObject({ username: null, auth: 'none' })
    expect(pop!.pop3).toEqual({ leaveOnServer: false })
    expect(saidEach(pop!.warnings)).toContain('This account is switched off in Apple Mail.')
    expect(icloud!.provider?.id).toBe('me.com')
    expect(said(icloud!.warnings)).toMatch(/Apple token: no password is stored/)
    expect(said(icloud!.warnings)).not.toMatch(/app-specific password/)
    expect(cut!.incoming).toMatchObject({ host: 'imap.cut.example', port: 143, security: 'starttls' })
  })

  it('accepts CR line endings (osascript on older macOS) and ignores stray lines', () => {
    const { accounts } = parseAppleMailAnswer(`garbage line\r${recorded.split('\n').join('\r')}`)
    expect(accounts).toHaveLength(4)
  })

  it('runs only on macOS, with a clear error elsewhere', async () => {
    await expect(askAppleMail('linux', async () => recorded)).rejects.toThrow(/needs macOS/)
  })

  it('passes the script on stdin and reports the parsed accounts', async () => {
    let received = ''
    const result = await askAppleMail('darwin', async (script) => {
      received = script
      return recorded
    })
    expect(received).toBe(APPLE_MAIL_SCRIPT)
    expect(result.accounts).toHaveLength(4)
    expect(result.sources).toMatchObject([{ client: 'apple-mail', status: 'partial', accounts: 4 }])
  })

  it('turns a refused Automation prompt (-1743) into permission-denied with the fix', async () => {
    const result = await askAppleMail('darwin', async () => {
      throw new Error('execution error: Not authorized to send Apple events to Mail. (-1743)')
    })
    expect(result.sources[0]).toMatchObject({ status: 'permission-denied' })
    expect(result.sources[0]!.fix?.steps.join(' ')).toMatch(/Automation/)
    // Its link opens Automation, and the fix is itself about asking Mail: no second "Ask Apple Mail".
    expect(result.sources[0]!.fix).toMatchObject({ linksOpen: 'automation-settings' })
    expect(result.sources[0]!.fix?.askAppleMail).toBeUndefined()
  })
})
