// What the server holds, counted by a real Dovecot: IMAP's EXISTS from a read-only EXAMINE of
// INBOX and POP3's STAT, for mailboxes with known numbers of delivered messages. Other folders
// and deliveries still in tmp/ are not in the inbox's count.
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runTest } from '../../src/diagnose/test-account.js'
import { formatTest } from '../../src/cli/format-test.js'
import type { TestRequest } from '../../src/model.js'
import { stepDetailWords } from '../../src/words/words.js'
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js'

let dovecot: DovecotServer
const users = [
  { name: 'many', password: 'pw-many-7f3a9c' },
  { name: 'empty', password: 'pw-empty-2b8d1e' },
]

beforeAll(async () => {
  dovecot = await startDovecot({ users })
  // The helper puts one message in every inbox; "many" gets 309 more (310), and mail elsewhere.
  dovecot.deliver('many', 309)
  dovecot.deliver('many', 25, 'Sent')
  writeFileSync(path.join(dovecot.dir, 'home', 'many', 'Maildir', 'tmp', '1700009999.M1P1.partial'), 'Subject: half\r\n')
})
afterAll(async () => {
  await dovecot?.stop()
})

function request(user: (typeof users)[number], over: Partial<TestRequest>): TestRequest {
  return {
    protocol: 'imap',
    host: dovecot.host,
    port: dovecot.ports.imaps,
    security: 'tls',
    username: user.name,
    password: user.password,
    ca: dovecot.ca,
    timeoutMs: 8000,
    ...over,
  }
}

describe('server counts from Dovecot', () => {
  it('IMAP: INBOX holds the delivered messages, not Sent, not tmp/', async () => {
    const r = await runTest(request(users[0]!, {}))
    expect(r.ok).toBe(true)
    expect(r.mailbox).toEqual({ messages: 310 })
    expect(stepDetailWords(r.steps.find((s) => s.stage === 'mailbox')!)).toBe('The inbox holds 310 messages')
    expect(formatTest(r)).toContain('The server holds 310 messages in its inbox.')
  })

  it('POP3: STAT counts the same maildrop', async () => {
    const r = await runTest(request(users[0]!, { protocol: 'pop3', port: dovecot.ports.pop3s }))
    expect(r.ok).toBe(true)
    expect(r.mailbox).toEqual({ messages: 310 })
    expect(stepDetailWords(r.steps.find((s) => s.stage === 'mailbox')!)).toMatch(/^310 messages on the server \(\d+ kB\)$/)
    expect(formatTest(r)).toContain('The server holds 310 messages for POP3 to download.')
  })

  it('EXAMINE is read-only: the test changes nothing in the mailbox', async () => {
    // Fresh deliveries sit in new/; a SELECT would make Dovecot move them to cur/.
    dovecot.deliver('many', 3)
    const maildir = path.join(dovecot.dir, 'home', 'many', 'Maildir')
    const before = ['new', 'cur'].map((sub) => readdirSync(path.join(maildir, sub)).sort())
    expect(before[0]!.length).toBeGreaterThanOrEqual(3)
    const r = await runTest(request(users[0]!, {}))
    expect(r.mailbox).toEqual({ messages: 313 })
    expect(['new', 'cur'].map((sub) => readdirSync(path.join(maildir, sub)).sort())).toEqual(before)
  })

  it('a mailbox the server keeps empty counts 0 on both protocols', async () => {
    // "empty" had the helper's one message; POP3 users' clients delete after download: do so.
    const inbox = path.join(dovecot.dir, 'home', 'empty', 'Maildir')
    for (const sub of ['new', 'cur']) for (const f of readdirSync(path.join(inbox, sub))) rmSync(path.join(inbox, sub, f))
    const imap = await runTest(request(users[1]!, {}))
    const pop3 = await runTest(request(users[1]!, { protocol: 'pop3', port: dovecot.ports.pop3s }))
    expect(imap.mailbox).toEqual({ messages: 0 })
    expect(pop3.mailbox).toEqual({ messages: 0 })
  })

  it('a failed login reports no count', async () => {
    const r = await runTest(request(users[0]!, { password: 'wrong-password-for-count' }))
    expect(r.ok).toBe(false)
    expect(r.mailbox).toBeUndefined()
  })
})
