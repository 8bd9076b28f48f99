import { describe, expect, it } from 'vitest'
import { classifyFailure, classifyPasted, classifyText } from '../../../src/diagnose/classify.js'
import { normalizeFailureText } from '../../../src/diagnose/normalize-failure-text.js'
import { PROBE_CODES } from '../../../src/probe/probe-codes.js'
import { PUBLIC_TEXTS } from '../../fixtures/diagnose/public-texts.js'
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

describe('the recorded corpus of public error texts', () => {
  const corpus = PUBLIC_TEXTS
  it.each(corpus.map((r) => [r.verdict, r.origin, r.text, r.family, r.source] as const))('%s <- %s: %s', (verdict, _origin, text, family) => {
    expect(classifyPasted(text, ctx(family))).toBe(verdict)
  })

  it('holds at least 150 real texts from at least 20 providers, servers, libraries and CRMs, each with its page', () => {
    const real = [...corpus.map((r) => ({ source: r.source, origin: r.origin })), ...RECORDED_TEXTS.filter((r) => !r.source.startsWith('synthetic')).map((r) => ({ source: r.source, origin: r.source }))]
    expect(real.length).toBeGreaterThanOrEqual(150)
    expect(new Set(corpus.map((r) => r.origin.replace(/ via .*| \(.*/, ''))).size).toBeGreaterThanOrEqual(20)
    for (const r of corpus) expect(new URL(r.source).protocol, r.source).toBe('https:')
  })
})

describe("Microsoft's consent screens in other languages", () => {
  it('takes the "Approval required" title only as the whole text: inside a server reply the phrase means something else', () => {
    expect(classifyPasted('„Genehmigung erforderlich“', ctx(null))).toBe('admin-consent-required')
    expect(classifyPasted('Approval required\nContoso CRM needs permission to access resources in your organization that only an admin can grant.', ctx(null))).toBe('admin-consent-required')
    expect(classifyPasted('NO [ALERT] Approval required for this folder', ctx(null))).not.toBe('admin-consent-required')
  })
})

describe("Thunderbird's own alerts in its languages", () => {
  it('reads them whatever the placeholders hold, with straight or curly apostrophes, « » with or without no-break spaces, wrapped over lines', () => {
    expect(classifyPasted('Anmeldung auf dem Server mail.firma-beispiel.de mit Benutzernamen „m.mueller“ fehlgeschlagen', ctx(null))).toBe('auth-failed')
    expect(classifyPasted("Échec de la connexion depuis le serveur imap.free.fr avec le nom d'utilisateur jean.dupont.", ctx(null))).toBe('auth-failed')
    expect(classifyPasted('Échec de la connexion depuis le serveur imap.free.fr avec le nom d’utilisateur jean.dupont.', ctx(null))).toBe('auth-failed')
    expect(classifyPasted('Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « smtp.free.fr » a expiré. Veuillez essayer à nouveau.', ctx(null))).toBe('timeout')
    expect(classifyPasted('Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) \u00absmtp.free.fr\u00bb a expiré.', ctx(null))).toBe('timeout')
    expect(classifyPasted('Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) «\u202fsmtp.free.fr\u202f» a expiré.', ctx(null))).toBe('timeout')
    expect(classifyPasted('Kon niet verbinden met server\nmail.provider.nl; de verbinding\nwerd geweigerd.', ctx(null))).toBe('connection-refused')
    expect(classifyPasted('Il certificato per mail.azienda.it:993 è scaduto il 01/02/2026.', ctx(null))).toBe('tls-expired')
  })

  it("lets the server's own words, pasted with the alert, say more", () => {
    expect(classifyPasted('Login to server imap.gmail.com with username jane failed.\n[ALERT] Application-specific password required', ctx(null))).toBe('app-password-required')
  })

  it('follows the provider for a refused login: Apple wants an app-specific password, Microsoft its own sign-in', () => {
    const alert = 'Accesso al server imap.mail.me.com con nome utente marco.rossi non riuscito.'
    expect(classifyPasted(alert, ctx('apple'))).toBe('app-password-required')
    expect(classifyPasted(alert, ctx('microsoft'))).toBe('oauth-required')
    expect(classifyPasted(alert, ctx(null))).toBe('auth-failed')
  })

  it('takes "could not connect to server X." as an unknown server only as the whole line: inside other words it stays a failed connection', () => {
    expect(classifyPasted('Verbinden met server imap.ziggo.nl is mislukt.', ctx(null))).toBe('dns-not-found')
    expect(classifyPasted('Failed to connect to server imap.example.com.', ctx(null))).toBe('dns-not-found')
    expect(classifyPasted('Error: Failed to connect to server imap.example.com after 3 attempts', ctx(null))).toBe('timeout')
  })
})

describe('normalising before matching', () => {
  it('joins an SMTP reply split over continuation lines, even inside the telling phrase', () => {
    const split = '534-5.7.14 <https://accounts.example/x> Please log in via your\n534-5.7.14 web browser and then try again.\n534 5.7.14 Learn more - gsmtp'
    expect(normalizeFailureText(split)).toBe('534 5.7.14 <https://accounts.example/x> Please log in via your web browser and then try again. Learn more - gsmtp')
    expect(classifyText(split, ctx(null))).toBe('web-login-required')
  })

  it('peels client and library prefixes: log arrows, Python bytes, K-9 Mail response lists', () => {
    expect(normalizeFailureText("<-- b'00000003 BAD User is authenticated but not connected.\\r\\n'")).toBe("'00000003 BAD User is authenticated but not connected. '")
    expect(normalizeFailureText('Username or password is incorrect. (Command: *sensitive*; response: #3# [NO, ALERT], Too many simultaneous connections. (Failure)]')).toContain('NO ALERT] Too many simultaneous connections')
    expect(classifyText('Error: Invalid login: 535-5.7.8 Username and Password not\n535 5.7.8 accepted.', ctx(null))).toBe('auth-failed')
  })

  it('classifies Microsoft 5.7.139 in any language by its code, and only the English "credentials were incorrect" as a wrong password', () => {
    expect(classifyText('535 5.7.139 Authentifizierung fehlgeschlagen.', ctx(null))).toBe('oauth-required')
    expect(classifyText('535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.', ctx(null))).toBe('auth-failed')
  })

  it('reads iCloud\'s bare refusal as "use an app-specific password", but not the same words from others', () => {
    expect(classifyText('NO [AUTHENTICATIONFAILED] Authentication failed', ctx('apple'))).toBe('app-password-required')
    expect(classifyText('NO [AUTHENTICATIONFAILED] Authentication failed', ctx(null))).toBe('auth-failed')
  })

  it('lets the server\'s refusal win over the client\'s later "disconnected", and a greeting timeout name the security setting', () => {
    expect(classifyPasted('S: -ERR Invalid login or password\nException: The POP3 server has unexpectedly disconnected.', ctx(null))).toBe('auth-failed')
    expect(classifyPasted("Error: Greeting never received\n  code: 'ETIMEDOUT'", ctx(null))).toBe('security-mismatch')
    expect(classifyPasted('connect ETIMEDOUT 1.2.3.4:993', ctx(null))).toBe('timeout')
  })
})
