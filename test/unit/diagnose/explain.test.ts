import { describe, expect, it } from 'vitest'
import { explainText } from '../../../src/diagnose/explain.js'
import { createInspector } from '../../../src/inspector.js'

describe('explainText', () => {
  it('turns a bare LOGIN failed. into oauth-required with a Microsoft host', () => {
    expect(explainText('NO LOGIN failed.', { host: 'outlook.office365.com' }).verdict).toBe('oauth-required')
    expect(explainText('NO LOGIN failed.', { email: 'sam@outlook.com' }).verdict).toBe('oauth-required')
    expect(explainText('NO LOGIN failed.').verdict).toBe('auth-failed')
  })

  it("reads Thunderbird's localized login alert, with the server in it or the user's address as context", () => {
    expect(explainText('Anmeldung auf dem Server outlook.office365.com mit Benutzernamen "anna@firma.de" fehlgeschlagen').verdict).toBe('oauth-required')
    expect(explainText('Aanmelden bij server imap.mail.me.com met gebruikersnaam jan is mislukt.', { email: 'jan@icloud.com' }).verdict).toBe('app-password-required')
    expect(explainText('El inicio de sesión en el servidor imap.ionos.es con el nombre de usuario lucia@midominio.es ha fallado.').verdict).toBe('auth-failed')
  })

  it('recognises CRM-side consent and POP3 messages', () => {
    expect(explainText('AADSTS90094: The grant requires admin permission.').verdict).toBe('admin-consent-required')
    expect(explainText('Need admin approval\nContoso CRM needs permission to access resources in your organization').verdict).toBe('admin-consent-required')
    expect(explainText('The user does not have access to consent to this app').verdict).toBe('admin-consent-required')
    expect(explainText('Sorry, POP3 is not supported').verdict).toBe('pop3-unsupported')
  })

  it('returns the JSON contract fields {verdict, title, advice, links}', () => {
    const e = explainText('534-5.7.9 Application-specific password required.', { email: 'a@gmail.com' })
    expect(Object.keys(e).sort()).toEqual(['advice', 'links', 'title', 'verdict'])
    expect(e.verdict).toBe('app-password-required')
    expect(e.links).toEqual(e.advice.links)
    expect(e.links[0]?.url).toMatch(/^https:\/\/support\.google\.com\//)
  })

  it('keeps unknown text as the server words', () => {
    const e = explainText('Something nobody recognises')
    expect(e.verdict).toBe('unknown')
    expect(e.advice.what).toContain('Something nobody recognises')
    // A pasted message need not come from a server: the advice does not claim it did.
    expect(e.advice.what).not.toMatch(/server said/i)
    expect(e.title).toBe('We do not recognise this message')
  })

  // Messages as CRMs and mail libraries show them (sources beside each); socket and TLS words
  // come before server words, as in a test.
  it.each([
    ['connection-refused', 'connect ECONNREFUSED 203.0.113.5:993', 'Node net error as nodemailer/imapflow print it'],
    ['dns-not-found', 'getaddrinfo ENOTFOUND imap.exmaple.com', 'Node dns.lookup error'],
    ['connection-closed', 'read ECONNRESET', 'Node socket error'],
    ['timeout', 'Connection timed out', 'HubSpot/Pipedrive style timeout'],
    ['connection-closed', 'Cannot authenticate to IMAP server: [CLOSED] IMAP connection broken (authenticate)', 'php-imap via help.funnelbud.com'],
    ['tls-self-signed', 'Error: self-signed certificate in certificate chain', 'Node 17+ X509 text'],
    ['tls-self-signed', 'Error: self signed certificate', 'Node 16 X509 text'],
    ['tls-expired', 'Error: certificate has expired', 'Node X509 text'],
    ['tls-incomplete-chain', 'Error: unable to verify the first certificate', 'Node X509 text'],
    ['tls-hostname-mismatch', "Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.hosting.example", 'Node tls.checkServerIdentity'],
    ['oauth-required', "imap_open(): Couldn't open stream {outlook.office365.com:993/imap/ssl}. Retrying PLAIN authentication after AUTHENTICATE failed.; Can not authenticate to IMAP server: AUTHENTICATE failed.", 'freescout-help-desk/freescout#2085'],
    ['oauth-required', "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.", 'Microsoft 365 security defaults (many public repos)'],
    ['oauth-required', '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator. [MN2PR07CA0004.namprd07.prod.outlook.com]', 'gophish/gophish#3220'],
    ['auth-failed', 'Cannot authenticate to IMAP server: AUTHENTICATE failed', 'help.funnelbud.com (no provider known)'],
    ['admin-consent-required', "AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.", 'Microsoft Entra sign-in error'],
    ['unknown', 'IMAP authentication error', 'HubSpot: "the error messaging does not specify what caused the authentication error"'],
  ] as const)('%s <- %s (%s)', (verdict, text, _source) => {
    expect(explainText(text).verdict).toBe(verdict)
  })

  it("uses Gmail's own help address as context: a Gmail refusal points at app passwords", () => {
    const e = explainText('Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials')
    expect(e.verdict).toBe('auth-failed')
    expect(e.advice.why).toMatch(/app password/)
    expect(e.links[0]?.url).toBe('https://support.google.com/accounts/answer/185833')
  })
})

describe('advice in the words of the surface that shows it', () => {
  // The app has no --ca option: only the command line may tell the user to use it.
  it('names --ca FILE on the command line and never in the app', async () => {
    const pasted = 'Error: self-signed certificate in certificate chain'
    const cli = await createInspector({ shell: 'cli' }).explain(pasted)
    expect(cli.verdict).toBe('tls-self-signed')
    expect(cli.advice.next.join(' ')).toContain('--ca FILE')
    for (const shell of ['electron', 'browser'] as const) {
      const app = await createInspector({ shell }).explain(pasted)
      expect(app.verdict).toBe('tls-self-signed')
      expect(app.advice.next.join(' ')).not.toMatch(/--\w/)
      expect(app.advice.next.join(' ')).toContain('IT admin')
    }
  })
})
