// Scripted servers replaying recorded provider texts (test/helpers/provider-scripts.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_NAME, appVersion } from '../../src/app-identity.js'
import { runTest } from '../../src/diagnose/test-account.js'
import type { TestRequest } from '../../src/model.js'
import { sharedTestCertificates, type TestCertificates } from '../helpers/certs.js'
import {
  BIGFOOT_POP3_BAD_PASSWORD,
  CPANEL_EXIM_SMTP,
  DOVECOT_TOO_MANY_CONNECTIONS,
  GMAIL_IMAP_DISABLED,
  GMAIL_IMAP_WEB_LOGIN,
  GMAIL_SMTP_APP_PASSWORD,
  MICROSOFT_POP3,
  MICROSOFT_SMTP_BASIC_AUTH_DISABLED,
  POP3_IN_USE,
  echoingImap,
  startGmailLikeImap,
  startMicrosoftLikeImap,
  startScriptedServer,
  type ScriptedServer,
  type ServerScript,
} from '../helpers/scripted-server.js'

let certs: TestCertificates
const open: ScriptedServer[] = []
beforeAll(() => {
  certs = sharedTestCertificates()
})
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()))
})

const PASSWORD = 'Sup3r"Secret\\pw'

async function test(server: Promise<ScriptedServer>, over: Partial<TestRequest> = {}) {
  const s = await server
  open.push(s)
  const r = await runTest({ protocol: 'imap', host: '127.0.0.1', port: s.port, security: s.security, username: 'sam@example.test', password: PASSWORD, ca: certs.rootCa, timeoutMs: 4000, ...over })
  expect(JSON.stringify(r)).not.toContain(PASSWORD)
  return { r, s }
}

const tls = () => ({ tls: certs.good })

describe('provider texts end to end', () => {
  it('Gmail-like IMAP: app password required, with the exact ALERT text', async () => {
    const { r } = await test(startGmailLikeImap(tls()), { email: 'sam@gmail.com' })
    expect(r.verdict).toBe('app-password-required')
    expect(r.serverResponse).toBe('NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)')
    expect(r.advice.links[0]?.url).toBe('https://support.google.com/accounts/answer/185833')
  })

  it("identifies itself at login with the app's own name and version (RFC 2971 ID), nothing of imapflow's", async () => {
    const { s } = await test(startMicrosoftLikeImap(tls()))
    const ids = s.commands.filter((c) => /^\S+ ID\b/i.test(c))
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) {
      expect(id).toMatch(new RegExp(`"name" "${APP_NAME}" "version" "${appVersion().replace(/\./g, '\\.')}"\\)$`))
      expect(id).not.toMatch(/Postal|imapflow|support-url|vendor/i)
    }
  })

  it('Microsoft-like IMAP: a bare LOGIN failed. is oauth-required, from the greeting alone', async () => {
    const { r } = await test(startMicrosoftLikeImap(tls()))
    expect(r.serverResponse).toBe('NO LOGIN failed.')
    expect(r.verdict).toBe('oauth-required')
    expect(r.advice.alternativeUsername).toBeUndefined()
  })

  it.each<[string, ServerScript, TestRequest['protocol'], string]>([
    ['Gmail web login', GMAIL_IMAP_WEB_LOGIN, 'imap', 'web-login-required'],
    ['Gmail IMAP off', GMAIL_IMAP_DISABLED, 'imap', 'imap-disabled'],
    ['Dovecot connection limit', DOVECOT_TOO_MANY_CONNECTIONS, 'imap', 'too-many-connections'],
    ['POP3 [AUTH]', BIGFOOT_POP3_BAD_PASSWORD, 'pop3', 'auth-failed'],
    ['POP3 [IN-USE]', POP3_IN_USE, 'pop3', 'too-many-connections'],
    ['Exchange POP3', MICROSOFT_POP3, 'pop3', 'oauth-required'],
    ['Gmail SMTP 534 5.7.9', GMAIL_SMTP_APP_PASSWORD, 'smtp', 'app-password-required'],
    ['Microsoft SMTP 5.7.139', MICROSOFT_SMTP_BASIC_AUTH_DISABLED, 'smtp', 'oauth-required'],
  ])('%s -> %s', async (_name, script, protocol, verdict) => {
    const { r } = await test(startScriptedServer(script, tls()), { protocol })
    expect(r.verdict).toBe(verdict)
    expect(r.stage).toBe('auth')
    expect(r.serverResponse).toBeTruthy()
  })

  it('reads a multi-line SMTP greeting (Exim on cPanel hosting) before EHLO', async () => {
    const { r } = await test(startScriptedServer(CPANEL_EXIM_SMTP, tls()), { protocol: 'smtp' })
    expect(r.verdict).toBe('auth-failed')
    expect(r.stage).toBe('auth')
    expect(r.serverResponse).toBe('535 Incorrect authentication data')
    expect(r.steps.find((step) => step.stage === 'greeting')?.detail).toMatch(/^220-server261\.web-hosting\.example ESMTP Exim/)
  })

  it('sends no password to an SMTP server that offers only OAuth sign-in', async () => {
    const oauthOnly: ServerScript = { ...GMAIL_SMTP_APP_PASSWORD, name: 'oauth-only-smtp', capabilities: ['SIZE 35882577', 'AUTH XOAUTH2 OAUTHBEARER', 'ENHANCEDSTATUSCODES'] }
    const { r, s } = await test(startScriptedServer(oauthOnly, tls()), { protocol: 'smtp' })
    expect(r.verdict).toBe('oauth-required')
    expect(r.stage).toBe('auth')
    expect(s.loginAttempts()).toBe(0)
  })

  it('scrubs a password the server echoes back, in every field', async () => {
    const { r, s } = await test(startScriptedServer(echoingImap(), tls()))
    expect(s.loginAttempts()).toBe(1)
    expect(r.verdict).toBe('auth-failed')
    expect(r.serverResponse).toContain('***')
  })

  it('stops when STARTTLS is required but not offered, before any login', async () => {
    const { r, s } = await test(startScriptedServer(DOVECOT_TOO_MANY_CONNECTIONS, { security: 'none' }), { security: 'starttls' })
    expect(r.verdict).toBe('starttls-unavailable')
    expect(r.stage).toBe('starttls')
    expect(s.loginAttempts()).toBe(0)
  })

  // A STARTTLS downgrade: the server (or something in between) leaves STLS/STARTTLS out of the
  // capabilities. With STARTTLS chosen the probe must stop there, never log in in plain text.
  it.each<[TestRequest['protocol'], ServerScript]>([
    ['pop3', BIGFOOT_POP3_BAD_PASSWORD],
    ['smtp', GMAIL_SMTP_APP_PASSWORD],
  ])('%s: stops when STARTTLS is required but not offered, before any login', async (protocol, script) => {
    const { r, s } = await test(startScriptedServer(script, { security: 'none' }), { protocol, security: 'starttls' })
    expect(r.verdict).toBe('starttls-unavailable')
    expect(r.stage).toBe('starttls')
    expect(s.loginAttempts()).toBe(0)
    expect(s.commands.some((c) => /^(USER|PASS|AUTH)\b/i.test(c))).toBe(false)
  })

  it('offers the other username form after auth-failed', async () => {
    const { r } = await test(startScriptedServer(BIGFOOT_POP3_BAD_PASSWORD, tls()), { protocol: 'pop3', username: 'sam', email: 'sam@example.test' })
    expect(r.verdict).toBe('auth-failed')
    expect(r.advice.alternativeUsername).toBe('sam@example.test')
  })
})
