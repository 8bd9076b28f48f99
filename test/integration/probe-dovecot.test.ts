// Real Dovecot on loopback: IMAP and POP3, implicit TLS, STARTTLS, plaintext refused, right and
// wrong password, TLS against the STARTTLS port and the reverse, POP3 greeting on the IMAP port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runTest } from '../../src/diagnose/test-account.js'
import type { TestRequest, TestResult } from '../../src/model.js'
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js'

let dovecot: DovecotServer
let strict: DovecotServer

beforeAll(async () => {
  ;[dovecot, strict] = await Promise.all([startDovecot(), startDovecot({ address: '127.0.0.2' })])
})
afterAll(async () => {
  await Promise.all([dovecot?.stop(), strict?.stop()])
})

function request(over: Partial<TestRequest>): TestRequest {
  return {
    protocol: 'imap',
    host: dovecot.host,
    port: dovecot.ports.imaps,
    security: 'tls',
    username: dovecot.user.name,
    password: dovecot.user.password,
    ca: dovecot.ca,
    timeoutMs: 15_000,
    ...over,
  }
}

const stages = (r: TestResult) => r.steps.map((s) => `${s.stage}:${s.ok ? 'ok' : 'fail'}`)

function expectNoPassword(result: TestResult, password: string) {
  expect(JSON.stringify(result)).not.toContain(password)
}

describe('IMAP against Dovecot', () => {
  it('logs in over implicit TLS and walks every stage', async () => {
    const r = await runTest(request({}))
    expect(r.ok).toBe(true)
    expect(r.verdict).toBe('ok')
    expect(stages(r)).toEqual(['dns:ok', 'connect:ok', 'tls:ok', 'greeting:ok', 'capabilities:ok', 'auth:ok', 'mailbox:ok', 'logout:ok'])
    expect(r.tls?.authorized).toBe(true)
    expect(r.tls?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    expect(r.steps.find((s) => s.stage === 'mailbox')?.note).toEqual({ code: 'steps:mailbox.inbox', params: { count: 1 } })
    expectNoPassword(r, dovecot.user.password)
  })

  it('logs in with STARTTLS and records the upgrade', async () => {
    const r = await runTest(request({ port: dovecot.ports.imap, security: 'starttls' }))
    expect(r.verdict).toBe('ok')
    expect(stages(r)).toContain('starttls:ok')
    expect(r.tls?.protocol).toMatch(/^TLSv1\.[23]$/)
  })

  it('says wrong password only because Dovecot said so, with its exact words', async () => {
    const r = await runTest(request({ password: 'not-the-password' }))
    expect(r.ok).toBe(false)
    expect(r.verdict).toBe('auth-failed')
    expect(r.stage).toBe('auth')
    expect(r.serverResponse).toBe('NO [AUTHENTICATIONFAILED] Authentication failed.')
    // The advice's own words stay readable although the password shares "password" with them.
    expect(r.advice.title).toMatch(/password/i)
    expectNoPassword(r, 'not-the-password')
  })

  it('reports plaintext refused when security is none', async () => {
    const r = await runTest(request({ host: strict.host, port: strict.ports.imap, security: 'none', username: strict.user.name, password: strict.user.password, ca: strict.ca }))
    expect(r.verdict).toBe('cleartext-disallowed')
    expect(r.stage).toBe('auth')
    expectNoPassword(r, strict.user.password)
  })

  it('calls TLS against the STARTTLS port a security mismatch', async () => {
    const r = await runTest(request({ port: dovecot.ports.imap, security: 'tls' }))
    expect(r.verdict).toBe('security-mismatch')
    expect(r.stage).toBe('tls')
  })

  it('calls plain IMAP against the TLS port a security mismatch, not a timeout', async () => {
    // Half the limit waits for a greeting, the other half is left for the TLS check: with 4 s
    // a loaded CI machine still finishes the handshake, and the answer comes before the limit.
    const r = await runTest(request({ port: dovecot.ports.imaps, security: 'starttls', timeoutMs: 4000 }))
    expect(r.verdict).toBe('security-mismatch')
    expect(r.stage).toBe('greeting')
    expect(r.durationMs).toBeLessThan(4000)
  })

  it('recognises a POP3 greeting on the IMAP port', async () => {
    const r = await runTest(request({ port: dovecot.ports.pop3, security: 'starttls' }))
    expect(r.verdict).toBe('wrong-service')
    expect(r.serverResponse).toMatch(/^\+OK/)
  })
})

describe('POP3 against Dovecot', () => {
  const pop3 = (over: Partial<TestRequest>) => request({ protocol: 'pop3', port: dovecot.ports.pop3s, ...over })

  it('logs in over implicit TLS and runs STAT', async () => {
    const r = await runTest(pop3({}))
    expect(r.verdict).toBe('ok')
    expect(stages(r)).toEqual(['dns:ok', 'connect:ok', 'tls:ok', 'greeting:ok', 'capabilities:ok', 'auth:ok', 'mailbox:ok', 'logout:ok'])
    expect(r.steps.find((s) => s.stage === 'mailbox')?.note).toMatchObject({ code: 'steps:mailbox.pop3', params: { count: 1 } })
  })

  it('logs in with STLS', async () => {
    const r = await runTest(pop3({ port: dovecot.ports.pop3, security: 'starttls' }))
    expect(r.verdict).toBe('ok')
    expect(stages(r)).toContain('starttls:ok')
  })

  it('reports a wrong password with the [AUTH] response code', async () => {
    const r = await runTest(pop3({ password: 'wrong-pop-password' }))
    expect(r.verdict).toBe('auth-failed')
    expect(r.serverResponse).toBe('-ERR [AUTH] Authentication failed.')
    expectNoPassword(r, 'wrong-pop-password')
  })

  it('reports plaintext refused', async () => {
    const r = await runTest(pop3({ host: strict.host, port: strict.ports.pop3, security: 'none', username: strict.user.name, password: strict.user.password }))
    expect(r.verdict).toBe('cleartext-disallowed')
    expect(r.serverResponse).toMatch(/Plaintext authentication disallowed/)
  })
})
