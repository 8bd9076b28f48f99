import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import type { Guidance, ScanResult } from '../../src/model.js'
import { writeFlowsHome } from '../e2e/flows-home.js'
import { useOfflineAndOnlineDns } from '../helpers/dns-server.js'
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js'

async function run(args: string[]) {
  let out = ''
  let err = ''
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: async () => '' }
  const code = await main(args, io)
  return { code, out, err }
}

const json = async (args: string[]) => {
  const r = await run([...args, '--json'])
  return { ...r, guidance: JSON.parse(r.out) as Guidance }
}

describe('mail-settings-inspector connect EMAIL', () => {
  it('--json carries imap, password, signIn, fields, blockers (with code), steps, links', async () => {
    const { code, guidance } = await json(['connect', 'jane@gmail.com', '--offline'])
    expect(code).toBe(0)
    for (const key of ['imap', 'password', 'signIn', 'fields', 'blockers', 'steps', 'links']) expect(guidance).toHaveProperty(key)
    expect([guidance.imap, guidance.password, guidance.signIn]).toEqual(['yes', 'app-password', 'google'])
    expect(guidance.fields.map((f) => f.key)).toEqual(['email', 'imapHost', 'imapPort', 'imapSsl', 'username', 'smtpHost', 'smtpPort', 'smtpSsl'])
  })

  it('Microsoft 365 in words: the Microsoft button first, then the ready-to-send message naming the CRM', async () => {
    const r = await run(['connect', 'boss@contoso.onmicrosoft.com', '--offline', '--crm', 'Pipeline Pro'])
    expect(r.code).toBe(0)
    const first = r.out.indexOf('Sign in with Microsoft')
    expect(first).toBeGreaterThan(0)
    expect(r.out.indexOf('Message for your IT admin')).toBeGreaterThan(first)
    expect(r.out).toMatch(/App: Pipeline Pro/)
    expect(r.out).toMatch(/Enterprise applications/)
    expect(r.out).toContain('https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent')
  })

  it('pulls the app name and ID out of a pasted AADSTS65001', async () => {
    const text = "AADSTS65001: The user or administrator has not consented to use the application with ID 'e3130a2f-1b2c-4d5e-8f90-123456789abc' named 'Acme CRM'."
    const { guidance } = await json(['connect', 'boss@contoso.onmicrosoft.com', '--offline', '--error', text])
    expect(guidance.verdict).toBe('admin-consent-required')
    expect(guidance.messages[0]?.params).toMatchObject({ appName: 'Acme CRM', appId: 'e3130a2f-1b2c-4d5e-8f90-123456789abc' })
  })

  it('iCloud in Apple’s words', async () => {
    const r = await run(['connect', 'emily@icloud.com', '--offline'])
    expect(r.out).toMatch(/two-factor authentication/)
    expect(r.out).toMatch(/app-specific password/)
    expect(r.out).toMatch(/xxxx-xxxx-xxxx-xxxx/)
    expect(r.out).not.toMatch(/2-Step Verification|groups of four \(xxxx xxxx/)
  })

  it('Tuta in words: no IMAP, and no password offered (it does not apply), never "your normal email password"', async () => {
    const r = await run(['connect', 'ann@tuta.com', '--offline'])
    expect(r.code).toBe(1) // no settings a CRM can use
    expect(r.out).toMatch(/Password: Does not apply: no IMAP/)
    expect(r.out).not.toMatch(/normal email password/)
    const { guidance } = await json(['connect', 'ann@tuta.com', '--offline'])
    expect([guidance.imap, guidance.password]).toEqual(['no', 'not-applicable'])
  })

  it('GMX in words: the step to switch IMAP on points to the link printed below it, not to a button', async () => {
    const r = await run(['connect', 'someone@gmx.de', '--offline'])
    const step = r.out.indexOf('Switch on IMAP in GMX’s settings (the page is linked below).')
    expect(step).toBeGreaterThan(0)
    expect(r.out.indexOf('How to switch on IMAP at GMX: https://hilfe.gmx.net/pop-imap/einschalten.html')).toBeGreaterThan(step)
    // The command line has no buttons.
    expect(r.out).not.toMatch(/button below/i)
  })

  it('exits 2 for bad usage', async () => {
    expect((await run(['connect'])).code).toBe(2)
    expect((await run(['connect', 'not-an-address'])).code).toBe(2)
    expect((await run(['connect', 'a@b.example', '--account', 'x'])).code).toBe(2)
    expect((await run(['connect', 'a@b.example', '--home', '/tmp'])).code).toBe(2)
  })
})

describe('connect: nothing answered', () => {
  const dns = useOfflineAndOnlineDns()

  it('is offline, with "check your internet connection" and "type the settings yourself"', async () => {
    const r = await run(['connect', 'jane@nowhere-company.example', '--dns', dns.offline.address, '--timeout', '4000'])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/seems to be offline/)
    expect(r.out).toMatch(/Check your internet connection/)
    expect(r.out).toMatch(/type them yourself/)
    const { guidance } = await json(['connect', 'jane@nowhere-company.example', '--dns', dns.offline.address, '--timeout', '4000'])
    expect(guidance.blockers.map((b) => b.code)).toEqual(['offline'])
  })

  it('is "no settings" when the internet answers but the domain publishes nothing', async () => {
    const { code, guidance } = await json(['connect', 'jane@nowhere-company.example', '--dns', dns.online.address, '--timeout', '4000'])
    expect(code).toBe(1)
    expect(guidance.blockers.map((b) => b.code)).toEqual(['no-settings'])
    expect(guidance.steps.map((s) => s.code)).toEqual(['ask-provider-settings', 'type-settings-yourself'])
  })
})

describe('connect --account ID', () => {
  let home: string
  let accounts: ScanResult['accounts']
  beforeAll(async () => {
    home = await writeFlowsHome([
      {
        key: 'gmx',
        email: 'max@gmx.de',
        username: 'max@gmx.de',
        type: 'pop3',
        incoming: { host: 'pop.gmx.net', port: 995, socketType: 3 },
        smtp: { host: 'mail.gmx.net', port: 587, socketType: 2 },
      },
      {
        key: 'gmail',
        email: 'jane@gmail.com',
        username: 'jane@gmail.com',
        type: 'imap',
        incoming: { host: 'imap.gmail.com', port: 993, socketType: 3 },
        smtp: { host: 'smtp.gmail.com', port: 465, socketType: 3 },
        authMethod: 10,
      },
    ])
    const scan = await run(['scan', '--home', home, '--json'])
    accounts = (JSON.parse(scan.out) as ScanResult).accounts
  })
  afterAll(() => rmSync(home, { recursive: true, force: true }))

  const idOf = (email: string) => accounts.find((a) => a.email === email)!.id

  it('a GMX POP3 account: a pop3 blocker, IMAP to switch on, GMX’s IMAP server with the account’s SMTP', async () => {
    const { code, guidance } = await json(['connect', '--account', idOf('max@gmx.de'), '--home', home, '--offline'])
    expect(code).toBe(0)
    expect(guidance.blockers.map((b) => b.code)).toEqual(['pop3-account', 'imap-switched-off'])
    expect(guidance.fields.find((f) => f.key === 'imapHost')?.value).toBe('imap.gmx.net')
    expect(guidance.fields.find((f) => f.key === 'smtpHost')?.value).toBe('mail.gmx.net')
  })

  it('a Gmail account with OAuth2: Google sign-in, the app password as the other way, and the OAuth note', async () => {
    const { guidance } = await json(['connect', '--account', idOf('jane@gmail.com'), '--home', home])
    expect([guidance.signIn, guidance.password]).toEqual(['google', 'app-password'])
    expect(guidance.notes).toContain('account-uses-oauth')
    const words = await run(['connect', '--account', idOf('jane@gmail.com'), '--home', home])
    expect(words.out).toMatch(/signs in through Gmail’s own page/)
  })

  it('an unknown account id fails with a plain message', async () => {
    const r = await run(['connect', '--account', 'no-such-id', '--home', home])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/no longer among the accounts/)
  })
})

describe('connect: the test command it prints', () => {
  let dovecot: DovecotServer
  let home: string
  beforeAll(async () => {
    dovecot = await startDovecot()
    home = await writeFlowsHome([
      { key: 'dv', email: `${dovecot.user.name}@example.test`, username: dovecot.user.name, type: 'imap', incoming: { host: '127.0.0.1', port: dovecot.ports.imaps, socketType: 3 } },
    ])
  })
  afterAll(async () => {
    await dovecot?.stop()
    if (home) rmSync(home, { recursive: true, force: true })
  })

  it('"Test the login here" comes with this command’s own test, which, pasted into a shell, logs in', async () => {
    const scan = await run(['scan', '--home', home])
    const connectWords = execFileSync('sh', ['-c', `printf '%s\\0' ${/Steps: mail-settings-inspector (.+)/.exec(scan.out)![1]}`], { encoding: 'utf8' }).split('\0').slice(0, -1)
    const connect = await run(connectWords)
    expect(connect.out).toMatch(/\d\. Test the login here with the same password/)
    const line = /Test it with: mail-settings-inspector (.+)/.exec(connect.out)![1]!
    const words = execFileSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' }).split('\0').slice(0, -1)
    expect(words).toEqual(['test', '--protocol', 'imap', '--host', '127.0.0.1', '--port', String(dovecot.ports.imaps), '--security', 'tls', '--user', dovecot.user.name])
    let out = ''
    const io: CliIo = { stdout: (t) => (out += t), stderr: () => {}, readStdin: async () => `${dovecot.user.password}\n` }
    // The password from stdin instead of the prompt, and the test servers' CA.
    expect(await main([...words, '--password-stdin', '--ca', dovecot.caFile], io)).toBe(0)
    expect(out).not.toContain(dovecot.user.password)
  })
})
