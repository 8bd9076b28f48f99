// The smtp-server package (nodemailer's) on loopback: AUTH accepted and refused, STARTTLS,
// implicit TLS, and AUTH offered only after STARTTLS. No mail is ever sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runTest } from '../../src/diagnose/test-account.js'
import type { TestRequest } from '../../src/model.js'
import { startTestSmtp, type TestSmtpServer } from '../helpers/smtp-server.js'

let submission: TestSmtpServer
let implicit: TestSmtpServer

beforeAll(async () => {
  ;[submission, implicit] = await Promise.all([startTestSmtp({ security: 'starttls' }), startTestSmtp({ security: 'tls' })])
})
afterAll(async () => {
  await Promise.all([submission?.close(), implicit?.close()])
})

const request = (server: TestSmtpServer, over: Partial<TestRequest> = {}): TestRequest => ({
  protocol: 'smtp',
  host: '127.0.0.1',
  port: server.port,
  security: server.security,
  username: server.user.name,
  password: server.user.password,
  ca: server.ca,
  timeoutMs: 4000,
  ...over,
})

describe('SMTP against smtp-server', () => {
  it('logs in after STARTTLS', async () => {
    const r = await runTest(request(submission))
    expect(r.verdict).toBe('ok')
    expect(r.steps.map((s) => s.stage)).toEqual(['dns', 'connect', 'greeting', 'capabilities', 'starttls', 'auth', 'logout'])
    expect(r.tls?.authorized).toBe(true)
    expect(JSON.stringify(r)).not.toContain(submission.user.password)
  })

  it('logs in over implicit TLS', async () => {
    const r = await runTest(request(implicit))
    expect(r.verdict).toBe('ok')
    expect(r.steps.map((s) => s.stage)).toContain('tls')
  })

  it('reports a refused AUTH with the server reply', async () => {
    const r = await runTest(request(submission, { password: 'wrong-smtp-pw' }))
    expect(r.verdict).toBe('auth-failed')
    expect(r.stage).toBe('auth')
    expect(r.serverResponse).toMatch(/^535/)
    expect(JSON.stringify(r)).not.toContain('wrong-smtp-pw')
  })

  it('says the server wants encryption first when AUTH is only offered after STARTTLS', async () => {
    const before = submission.authAttempts()
    const r = await runTest(request(submission, { security: 'none' }))
    expect(r.verdict).toBe('cleartext-disallowed')
    expect(submission.authAttempts()).toBe(before)
  })
})
