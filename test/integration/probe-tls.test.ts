// Certificates made at test time: a good chain passes only with the test CA (--ca), and each
// broken one is refused before the password is sent, with its fingerprint reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runTest } from '../../src/diagnose/test-account.js'
import type { TestRequest, Verdict } from '../../src/model.js'
import { makeTestCertificates, type ServedCert, type TestCertificates } from '../helpers/certs.js'
import { BIGFOOT_POP3_BAD_PASSWORD, GMAIL_SMTP_APP_PASSWORD, startScriptedServer, YAHOO_IMAP_BAD_CREDENTIALS, type ScriptedServer } from '../helpers/scripted-server.js'

let certs: TestCertificates
const servers: ScriptedServer[] = []

beforeAll(() => {
  certs = makeTestCertificates()
})
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()))
  certs.cleanup()
})

async function serve(cert: ServedCert, security: 'tls' | 'starttls' = 'tls') {
  const server = await startScriptedServer(YAHOO_IMAP_BAD_CREDENTIALS, { tls: cert, security })
  servers.push(server)
  return server
}

function request(port: number, over: Partial<TestRequest> = {}): TestRequest {
  return { protocol: 'imap', host: '127.0.0.1', port, security: 'tls', username: 'sam', password: 'pw-tls-secret', ca: certs.rootCa, timeoutMs: 4000, ...over }
}

describe('certificate checks', () => {
  it('accepts the good chain when the test CA is given, and reaches the login', async () => {
    const server = await serve(certs.good)
    const r = await runTest(request(server.port))
    expect(r.stage).toBe('auth')
    expect(r.verdict).toBe('auth-failed')
    expect(r.tls?.authorized).toBe(true)
    expect(r.tls?.names).toContain('localhost')
  })

  it('refuses the same chain without the CA (system roots only) and never sends the password', async () => {
    const server = await serve(certs.good)
    const r = await runTest(request(server.port, { ca: undefined }))
    expect(r.ok).toBe(false)
    expect(r.stage).toBe('tls')
    expect(['tls-self-signed', 'tls-incomplete-chain']).toContain(r.verdict)
    expect(r.tls?.fingerprint256).toBe(certs.good.fingerprint256)
    expect(server.loginAttempts()).toBe(0)
  })

  it.each<[keyof TestCertificates, Verdict]>([
    ['expired', 'tls-expired'],
    ['selfSigned', 'tls-self-signed'],
    ['wrongName', 'tls-hostname-mismatch'],
    ['unknownCa', 'tls-self-signed'],
    ['noIntermediate', 'tls-incomplete-chain'],
    ['intercepted', 'tls-intercepted'],
  ])('%s -> %s, with the fingerprint to compare and no login sent', async (name, verdict) => {
    const cert = certs[name] as ServedCert
    const server = await serve(cert)
    const r = await runTest(request(server.port))
    expect(r.verdict).toBe(verdict)
    expect(r.stage).toBe('tls')
    expect(r.tls?.authorized).toBe(false)
    expect(r.tls?.fingerprint256).toBe(cert.fingerprint256)
    expect(r.advice.what).toContain(cert.fingerprint256)
    expect(server.loginAttempts()).toBe(0)
  })

  it('checks the certificate after STARTTLS too', async () => {
    const server = await serve(certs.expired, 'starttls')
    const r = await runTest(request(server.port, { security: 'starttls' }))
    expect(r.verdict).toBe('tls-expired')
    expect(r.stage).toBe('starttls')
    expect(server.loginAttempts()).toBe(0)
  })

  it.each([
    ['pop3', BIGFOOT_POP3_BAD_PASSWORD],
    ['smtp', GMAIL_SMTP_APP_PASSWORD],
  ] as const)('%s: checks the certificate after STLS/STARTTLS before sending the password', async (protocol, script) => {
    const server = await startScriptedServer(script, { tls: certs.expired, security: 'starttls' })
    servers.push(server)
    const r = await runTest(request(server.port, { protocol, security: 'starttls' }))
    expect(r.verdict).toBe('tls-expired')
    expect(r.stage).toBe('starttls')
    expect(server.loginAttempts()).toBe(0)
  })
})
