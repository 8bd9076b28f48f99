import { describe, expect, it } from 'vitest'
import { classifyFailure, classifyText } from '../../../src/diagnose/classify.js'
import { PROBE_CODES } from '../../../src/probe/probe-codes.js'
import type { ProviderContext } from '../../../src/diagnose/provider-context.js'
import { RECORDED_TEXTS } from '../../fixtures/diagnose/server-texts.js'

const ctx = (family: ProviderContext['family']): ProviderContext => ({ family, name: null, policy: null })

describe('classifyText with recorded provider texts', () => {
  it.each(RECORDED_TEXTS.map((r) => [r.verdict, r.text, r.family, r.source] as const))('%s <- %s (%s; %s)', (verdict, text, family) => {
    expect(classifyText(text, ctx(family))).toBe(verdict)
  })

  it('says wrong password for a bare Microsoft refusal only without Microsoft context', () => {
    expect(classifyText('NO LOGIN failed.', ctx('microsoft'))).toBe('oauth-required')
    expect(classifyText('NO LOGIN failed.', ctx('google'))).toBe('auth-failed')
  })

  it('reads a Microsoft bare refusal wrapped in a longer message, but lets a limit win over it', () => {
    expect(classifyText('Can not authenticate to IMAP server: AUTHENTICATE failed.', ctx('microsoft'))).toBe('oauth-required')
    expect(classifyText('NO AUTHENTICATE failed. Too many simultaneous connections', ctx('microsoft'))).toBe('too-many-connections')
    expect(classifyText("535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", ctx('microsoft'))).toBe('auth-failed')
  })

  it('returns unknown for empty or unfamiliar words instead of guessing', () => {
    expect(classifyText('   ', ctx(null))).toBe('unknown')
    expect(classifyText('Greetings from the server', ctx(null))).toBe('unknown')
  })
})

describe('classifyFailure: socket and TLS codes come before the words', () => {
  it.each([
    ['ENOTFOUND', 'dns-not-found'],
    ['EAI_AGAIN', 'offline'],
    ['ENETUNREACH', 'offline'],
    ['ECONNREFUSED', 'connection-refused'],
    [PROBE_CODES.timeout, 'timeout'],
    ['ECONNRESET', 'connection-closed'],
    [PROBE_CODES.wrongService, 'wrong-service'],
    [PROBE_CODES.securityMismatch, 'security-mismatch'],
    [PROBE_CODES.starttlsUnavailable, 'starttls-unavailable'],
    [PROBE_CODES.loginDisabled, 'cleartext-disallowed'],
    ['CERT_HAS_EXPIRED', 'tls-expired'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls-self-signed'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls-self-signed'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls-incomplete-chain'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls-hostname-mismatch'],
    ['ERR_SSL_UNSUPPORTED_PROTOCOL', 'tls-outdated'],
  ] as const)('%s -> %s', (code, verdict) => {
    // Server words that would say something else must not win over the code.
    expect(classifyFailure({ code, text: 'NO [AUTHENTICATIONFAILED] Authentication failed.' }, ctx(null))).toBe(verdict)
  })

  it('names antivirus or proxy interception from the issuer of an untrusted chain', () => {
    const issuer = 'O=Avast Software s.r.o., CN=Avast Web/Mail Shield Root'
    expect(classifyFailure({ code: 'SELF_SIGNED_CERT_IN_CHAIN', issuer }, ctx(null))).toBe('tls-intercepted')
    expect(classifyFailure({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', issuer: 'CN=Zscaler Intermediate Root CA' }, ctx(null))).toBe('tls-intercepted')
    expect(classifyFailure({ code: 'SELF_SIGNED_CERT_IN_CHAIN', issuer: 'CN=Company Root' }, ctx(null))).toBe('tls-self-signed')
  })

  it('reads OpenSSL wording when there is no code', () => {
    expect(classifyFailure({ text: 'error:0A00010B:SSL routines::wrong version number' }, ctx(null))).toBe('security-mismatch')
    expect(classifyFailure({ text: 'tlsv1 alert protocol version' }, ctx(null))).toBe('tls-outdated')
  })

  it('falls back to the words for a refused login', () => {
    expect(classifyFailure({ code: 'AUTH_REFUSED', text: 'NO [ALERT] Application-specific password required: x' }, ctx(null))).toBe('app-password-required')
  })
})
