// The login test's steps in the user's language, against the real Dovecot and SMTP servers: in
// German every step says what happened in German (our own words are Notes, `steps:` codes), and
// the only text left as it came is the server's own (a greeting, a capability list, a reply) or
// a TLS version. A step detail written in English in the probe fails here.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { setLanguage } from '../../src/i18n/i18n.js'
import type { Note, TestResult, TestStep } from '../../src/model.js'
import { stepDetailWords } from '../../src/words/words.js'
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js'
import { startTestSmtp, type TestSmtpServer } from '../helpers/smtp-server.js'

let dovecot: DovecotServer
let submission: TestSmtpServer
let implicit: TestSmtpServer
/** The SMTP servers' CA as a file, for --ca. */
const smtpCaFiles = new Map<TestSmtpServer, string>()

beforeAll(async () => {
  ;[dovecot, submission, implicit] = await Promise.all([startDovecot(), startTestSmtp({ security: 'starttls' }), startTestSmtp({ security: 'tls' })])
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-smtp-ca-'))
  for (const [i, server] of [submission, implicit].entries()) {
    const file = path.join(dir, `ca-${i}.pem`)
    writeFileSync(file, server.ca)
    smtpCaFiles.set(server, file)
  }
})
afterAll(async () => {
  setLanguage('en')
  await Promise.all([dovecot?.stop(), submission?.close(), implicit?.close()])
})

type JsonStep = TestStep & { note?: Note & { text: string } }

async function test(args: string[], password: string, json: boolean): Promise<{ code: number; out: string }> {
  let out = ''
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), readStdin: async () => `${password}\n` }
  const code = await main(['--lang', 'de', 'test', ...args, '--password-stdin', '--timeout', '15000', ...(json ? ['--json'] : [])], io, { LANG: 'C' })
  return { code, out }
}

/** The server's own words or a TLS version, by the step they belong to: never our sentence. */
const SERVER_TEXT: Partial<Record<TestStep['stage'], RegExp>> = {
  tls: /^TLSv1\.[23] /,
  starttls: /^TLSv1\.[23] /,
  greeting: /^(?:\* OK |\+OK |220[ -])/,
  // Capability names are upper-case tokens (RFC 3501 7.2.1, RFC 2449, RFC 5321 EHLO keywords):
  // IMAP4rev1, SASL PLAIN, 8BITMIME, never a lower-case word.
  capabilities: /^(?:[^\s,]*[A-Z0-9][^\s,]*(?:, | |$))+$/,
  auth: /^(?:\+OK|235)\b/,
  logout: /^(?:\+OK|221)\b/,
}

const dovecotArgs = (protocol: string, port: number, security: string, user = dovecot.user.name) => [
  '--host', dovecot.host, '--port', String(port), '--security', security, '--protocol', protocol, '--user', user, '--ca', dovecot.caFile,
]
const smtpArgs = (server: TestSmtpServer) => ['--host', server.host, '--port', String(server.port), '--security', server.security, '--protocol', 'smtp', '--user', server.user.name, '--ca', smtpCaFiles.get(server)!]

const CASES: { name: string; args: () => string[]; password: () => string; ok: boolean }[] = [
  { name: 'IMAP over TLS', args: () => dovecotArgs('imap', dovecot.ports.imaps, 'tls'), password: () => dovecot.user.password, ok: true },
  { name: 'IMAP with STARTTLS', args: () => dovecotArgs('imap', dovecot.ports.imap, 'starttls'), password: () => dovecot.user.password, ok: true },
  { name: 'IMAP, wrong password', args: () => dovecotArgs('imap', dovecot.ports.imaps, 'tls'), password: () => 'not-the-password', ok: false },
  { name: 'IMAP against the POP3 port', args: () => dovecotArgs('imap', dovecot.ports.pop3, 'starttls'), password: () => dovecot.user.password, ok: false },
  { name: 'POP3 over TLS', args: () => dovecotArgs('pop3', dovecot.ports.pop3s, 'tls'), password: () => dovecot.user.password, ok: true },
  { name: 'POP3 with STLS', args: () => dovecotArgs('pop3', dovecot.ports.pop3, 'starttls'), password: () => dovecot.user.password, ok: true },
  { name: 'POP3, wrong password', args: () => dovecotArgs('pop3', dovecot.ports.pop3s, 'tls'), password: () => 'not-the-password', ok: false },
  { name: 'SMTP with STARTTLS', args: () => smtpArgs(submission), password: () => submission.user.password, ok: true },
  { name: 'SMTP over TLS', args: () => smtpArgs(implicit), password: () => implicit.user.password, ok: true },
  { name: 'SMTP, wrong password', args: () => smtpArgs(submission), password: () => 'wrong-pw-9x7q', ok: false },
]

describe('the login test’s steps in German, against real servers', () => {
  it.each(CASES)('$name: our words in German, the server’s as it sent them', async ({ args, password, ok }) => {
    const { code, out } = await test(args(), password(), true)
    expect(code).toBe(ok ? 0 : 1)
    const result = JSON.parse(out) as TestResult & { steps: JsonStep[] }
    expect(result.ok).toBe(ok)
    const english: string[] = []
    for (const step of result.steps) {
      if (step.note) {
        // --json keeps the code and values and adds the German words.
        expect(step.note.code).toMatch(/^steps:/)
        english.push(step.note.text)
      } else if (!step.ok) {
        // A failed step without our words shows the server's reply, as it came.
        expect(step.detail, `${step.stage}`).toBe(result.serverResponse)
      } else {
        expect(SERVER_TEXT[step.stage], `${step.stage}: "${step.detail}" is our text, not the server's: make it a steps: Note`).toBeDefined()
        expect(step.detail, step.stage).toMatch(SERVER_TEXT[step.stage]!)
      }
      if (!step.ok && step.note) expect(step.detail, 'a failed step keeps the server’s reply beside our words').toBe(result.serverResponse)
    }
    // The same notes in English read differently: the German words are not an English copy.
    setLanguage('en')
    const inEnglish = result.steps.filter((s) => s.note).map((s) => stepDetailWords({ detail: '', note: { code: s.note!.code, ...(s.note!.params ? { params: s.note!.params } : {}) } }))
    expect(english.length).toBeGreaterThan(0)
    english.forEach((german, i) => expect(german).not.toBe(inEnglish[i]))
  })

  it('prints the steps in German on the terminal', async () => {
    const imap = await test(dovecotArgs('imap', dovecot.ports.imaps, 'tls'), dovecot.user.password, false)
    expect(imap.out).toContain(`Verbunden mit ${dovecot.host} auf Port ${dovecot.ports.imaps}`)
    expect(imap.out).toContain('Angemeldet')
    expect(imap.out).toContain('Der Posteingang enthält 1 Nachricht')
    // The count's verb agrees with it: one message "liegt", several "liegen".
    expect(imap.out).toContain('Auf dem Server liegt 1 E-Mail im Posteingang.')
    expect(imap.out).toContain('Abgemeldet')
    expect(imap.out).not.toMatch(/connected to|logged in|INBOX holds|logged out/i)
    const pop3 = await test(dovecotArgs('pop3', dovecot.ports.pop3s, 'tls'), dovecot.user.password, false)
    expect(pop3.out).toContain('1 Nachricht auf dem Server (1 kB)')
    const refused = await test(dovecotArgs('pop3', dovecot.ports.pop3s, 'tls'), 'not-the-password', false)
    expect(refused.out).toMatch(/Der Server hat die Anmeldung abgelehnt: -ERR \[AUTH\] Authentication failed\./)
  })
})
