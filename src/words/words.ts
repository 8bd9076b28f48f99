// The one words table: every word the CLI, the admin report and the renderer say for a model
// value or a code the core returns (verdicts, stages, guidance's blockers, steps, notes, links,
// messages). Each table is keyed by the model's own union or `as const` list (model.ts), so a
// new value fails type-checking until it has its words here. Plain data (code -> string, or a
// small function where parameters go in) with no Node imports: the renderer imports it, and it
// is the seed of the translation catalogue. The only entry point: import words from here.
//
// Sections: model values (clients, security, protocol, sign-in, stages, sources, verdicts);
// guidance (IMAP access, password terms, blockers, steps, links, notes, fields, messages);
// mail counts.
import type {
  Auth,
  BlockerCode,
  CrmPassword,
  Guidance,
  GuidanceBlocker,
  GuidanceFieldKey,
  GuidanceLinkCode,
  GuidanceMessage,
  GuidanceNoteCode,
  GuidanceStep,
  GuidanceStepCode,
  ImapAccess,
  LocalMailCount,
  LookupSource,
  MailClient,
  PasswordFormat,
  PasswordTerm,
  Protocol,
  SecondFactorTerm,
  Security,
  SignIn,
  SourceFixLink,
  SourceStatus,
  Stage,
  Verdict,
} from '../model.js'

/** Said for a value that is not stored or not known (a null security, port or username). */
export const NOT_KNOWN = 'Not known'

export const CLIENT_NAMES: Record<MailClient, string> = {
  thunderbird: 'Thunderbird',
  seamonkey: 'SeaMonkey',
  postbox: 'Postbox',
  'apple-mail': 'Apple Mail',
  outlook: 'Outlook',
}

/** Security in plain words; the technical name follows in brackets. */
export const SECURITY_WORDS: Record<Security, string> = {
  tls: 'Encrypted from the start (SSL/TLS)',
  starttls: 'Encrypted after connecting (STARTTLS)',
  none: 'Not encrypted',
}

/** What to set in a CRM form that has only an "SSL" checkbox. */
export const SSL_CHECKBOX_WORDS: Record<Security, string> = {
  tls: 'SSL on',
  starttls: 'SSL off, STARTTLS on',
  none: 'SSL off',
}

/** The protocol's full name. */
export const PROTOCOL_NAMES: Record<Protocol, string> = {
  imap: 'IMAP',
  pop3: 'POP3',
  smtp: 'SMTP',
  exchange: 'Exchange',
  ews: 'Exchange Web Services',
  graph: 'Microsoft Graph',
  nntp: 'Newsgroups (NNTP)',
  unknown: 'Unknown protocol',
}

/** The short badge on an account: what kind of account this is. */
export const PROTOCOL_BADGES: Record<Protocol, string> = {
  imap: 'IMAP',
  pop3: 'POP3',
  smtp: 'SMTP',
  exchange: 'Exchange',
  ews: 'Exchange',
  graph: 'Exchange',
  nntp: 'Newsgroups',
  unknown: 'Unknown',
}

/** The sign-in method a client stored. */
export const AUTH_WORDS: Record<Auth, string> = {
  password: 'Normal password',
  'password-encrypted': 'Encrypted password (CRAM-MD5)',
  oauth2: "Provider's web sign-in (OAuth2)",
  ntlm: 'Windows sign-in (NTLM)',
  gssapi: 'Kerberos (GSSAPI)',
  'client-certificate': 'TLS certificate',
  none: 'No sign-in',
  unknown: 'Unknown',
}

/** One step of a login test, as it runs. */
export const STAGE_WORDS: Record<Stage, string> = {
  dns: 'Finding the server',
  connect: 'Connecting',
  tls: 'Securing the connection',
  greeting: 'Server says hello',
  starttls: 'Switching on encryption',
  capabilities: 'Asking what the server supports',
  auth: 'Logging in',
  mailbox: 'Opening the inbox',
  logout: 'Logging out',
}

/** How far a mail client's settings could be read. */
export const SOURCE_STATUS_WORDS: Record<SourceStatus, string> = {
  ok: 'Read',
  'not-found': 'Not on this computer',
  'permission-denied': 'Not allowed to read',
  unreadable: 'Could not be read',
  partial: 'Partly read',
}

/** The button for a source's fix links: what they open. */
export const SOURCE_FIX_LINK_WORDS: Record<SourceFixLink, string> = {
  'full-disk-access-settings': 'Open Full Disk Access settings',
  'automation-settings': 'Open Automation settings',
  'help-page': 'Open help page',
}

/** Where a lookup found the settings. */
export const LOOKUP_SOURCE_WORDS: Record<LookupSource, string> = {
  catalog: 'the built-in provider list (works offline)',
  autoconfig: "the provider's own settings file (autoconfig)",
  'well-known': "the domain's own settings file (.well-known)",
  ispdb: "Mozilla Thunderbird's online provider database",
  mx: "the provider that receives this domain's mail (MX record)",
  srv: "the domain's DNS records (SRV)",
  autodiscover: "the domain's Exchange Autodiscover service",
  guess: 'asking the usual server names (guessed)',
  none: 'nowhere: no settings were found',
}

/** Where words are read: the command line names its own options, the app its own screens. */
export type WordsSurface = 'cli' | 'app'

/** Advice steps whose words differ by surface (the same advice, each surface's own way to act). */
export const SURFACE_ADVICE_WORDS: Record<'test-with-own-ca', Record<WordsSurface, string>> = {
  'test-with-own-ca': {
    cli: 'If your admin gives you their CA file, test with --ca FILE.',
    app: 'If the certificate is your company’s own, your IT admin can confirm it; your CRM accepts it only if it can be set to trust that certificate.',
  },
}

/** The headline of each verdict (advice may name the provider or protocol instead). */
export const VERDICT_TITLES: Record<Verdict, string> = {
  ok: 'The login worked',
  'dns-not-found': 'Server name not found',
  offline: 'No internet connection',
  'connection-refused': 'The server refused the connection',
  timeout: 'The server did not answer in time',
  'connection-closed': 'The server hung up',
  'security-mismatch': 'Security setting does not match the port',
  'wrong-service': 'A different mail service answers on this port',
  'starttls-unavailable': 'The server does not offer encryption here',
  'tls-expired': "The server's certificate has expired",
  'tls-self-signed': "The server's certificate is not trusted",
  'tls-intercepted': 'Something on this computer is reading your mail connection',
  'tls-hostname-mismatch': 'The certificate is for a different server name',
  'tls-incomplete-chain': 'The server sends an incomplete certificate chain',
  'tls-outdated': 'The server uses outdated encryption',
  'cleartext-disallowed': 'The server wants encryption before the password',
  'app-password-required': 'This account needs an app password',
  'web-login-required': 'Sign in on the web first',
  'imap-disabled': 'IMAP is switched off for this mailbox',
  'oauth-required': "Use your CRM's sign-in button instead of a password",
  'admin-consent-required': 'Your IT admin must approve the CRM',
  'smtp-auth-disabled': 'Sending with a password is switched off',
  'too-many-connections': 'Too many connections to this mailbox',
  'rate-limited': 'Too many attempts: wait a while',
  'server-unavailable': 'The server has a temporary problem',
  'account-problem': 'There is a problem with the account itself',
  'auth-failed': 'Username or password not accepted',
  'pop3-unsupported': 'The CRM cannot use POP3: switch to IMAP',
  unknown: 'We do not recognise this message',
}

// ---- Guidance (src/guidance/): one entry per value of the model's `as const` lists; every
// screen and the CLI render a Guidance through these, none writes its own copy of the advice.

export const IMAP_ACCESS_WORDS: Record<ImapAccess, string> = {
  yes: 'Yes',
  'after-enabling': 'Yes, after you switch it on',
  admin: 'Only if your administrator allows it',
  no: 'No: this provider offers no IMAP',
  unknown: 'Not known yet',
}

export const PASSWORD_TERM_WORDS: Record<PasswordTerm, string> = {
  'app-password': 'app password',
  'app-specific-password': 'app-specific password',
  'authorization-code': 'authorization code',
  'email-password': 'E-Mail-Passwort',
  'bridge-password': 'Bridge password',
  'client-password': 'client password',
}

export const SECOND_FACTOR_WORDS: Record<SecondFactorTerm, string> = {
  '2-step-verification': '2-Step Verification',
  'two-factor-authentication': 'two-factor authentication',
  'two-step-verification': '2-step verification',
}

export const PASSWORD_FORMAT_WORDS: Record<PasswordFormat, string> = {
  'four-groups-of-four': 'It is shown as 16 letters in groups of four (xxxx xxxx xxxx xxxx); paste it without spaces.',
  'hyphen-groups-of-four': 'It looks like xxxx-xxxx-xxxx-xxxx; type it with the hyphens, exactly as shown.',
  'sixteen-letters': 'It is 16 letters long; paste it without spaces.',
}

export const SIGN_IN_WORDS: Record<SignIn, string> = {
  google: 'Sign in with Google',
  microsoft: 'Sign in with Microsoft',
}

function providerOf(g: Guidance): string {
  return g.provider?.name ?? 'your email provider'
}

/** The provider's own word for the password, e.g. "app-specific password" for iCloud. */
export function passwordTermOf(g: Guidance): string {
  if (g.terms.password) return PASSWORD_TERM_WORDS[g.terms.password]
  if (g.password === 'separate-password') return 'separate email password'
  if (g.password === 'bridge') return 'Bridge password'
  return 'app password'
}

/** "an app password", "a Bridge password". */
export function withArticle(term: string): string {
  return `${/^[aeiou]/i.test(term) ? 'an' : 'a'} ${term}`
}

export function passwordWords(g: Guidance): string {
  const kinds: Record<CrmPassword, string> = {
    normal: 'Your normal email password',
    'app-password': `${capitalize(withArticle(passwordTermOf(g)))}, not your normal password`,
    'separate-password': `Your ${passwordTermOf(g)} for mail programs, not your login password`,
    bridge: 'The Bridge password shown in the Bridge app',
    'oauth-only': `No password works: sign in with ${g.signIn === 'google' ? 'Google' : 'Microsoft'}`,
  }
  return g.password ? kinds[g.password] : 'Not known: test the password you use for this mailbox'
}

export const BLOCKER_TITLES: Record<BlockerCode, string> = {
  'pop3-account': 'This account uses POP3: a CRM needs IMAP',
  'pop3-only-provider': 'This provider offers only POP3: a CRM cannot sync it',
  'no-imap-service': 'This provider offers no IMAP: a CRM cannot read this mailbox',
  exchange: 'This is Exchange: ask your IT admin whether IMAP is enabled and for its server; or use your CRM’s Microsoft option',
  'imap-switched-off': 'IMAP must be switched on first',
  'admin-approval': 'Your IT admin may have to approve the CRM',
  unencrypted: 'A connection is not encrypted',
  'bridge-local': 'Bridge runs only on this computer: a CRM on the internet cannot reach it',
  'no-settings': 'We could not find settings for this address',
  offline: 'Nothing answered: this computer seems to be offline',
}

export function blockerWhy(b: GuidanceBlocker, g: Guidance): string {
  const p = b.params ?? {}
  switch (b.code) {
    case 'pop3-account':
      return p.leaveOnServer === 'true'
        ? 'POP3 downloads your mail to this computer, so a CRM cannot see it. Move the account to IMAP; copies are still on the server.'
        : 'POP3 downloads your mail to this computer and deletes it from the server, so a CRM cannot see it. Move the account to IMAP without losing the mail that is only here.'
    case 'pop3-only-provider':
      return `${p.provider || providerOf(g)} lets mail programs download mail (POP3) but not sync it (IMAP), which a CRM needs.`
    case 'no-imap-service':
      return `${p.provider || providerOf(g)} lets no other program read the mailbox over IMAP.`
    case 'exchange':
      return `Exchange servers can offer IMAP, but your IT department decides whether it is switched on and under which server name.${p.server ? ` Your Exchange server: ${p.server}.` : ''}`
    case 'imap-switched-off':
      return p.by === 'admin'
        ? `Your ${p.provider || providerOf(g)} administrator can switch IMAP (and app passwords) off for everyone. If a login fails with the right password, ask them.`
        : `${p.provider || providerOf(g)} keeps IMAP switched off until you turn it on; until then every login fails, even with the right password.`
    case 'admin-approval':
      return p.code
        ? `Microsoft said ${p.code}: your organisation lets only an administrator approve ${p.appName ? `“${p.appName}”` : 'this app'} to read mail. It is not a mistake in your settings.`
        : 'Work and school Microsoft accounts often let in only apps an administrator has approved. If your CRM’s Microsoft sign-in says it needs admin approval, send your admin the message below.'
    case 'unencrypted':
      return 'This server does not encrypt the connection: your password would travel readable. Use the encrypted setting (SSL/TLS or STARTTLS) if the provider offers one.'
    case 'bridge-local':
      return `${p.provider || providerOf(g)} encrypts your mail; other programs read it only through the Bridge app on your computer, which a CRM in the cloud cannot reach.`
    case 'no-settings':
      return `No published settings, no DNS records and no server answered for ${p.domain || 'this domain'}. It may be a company server (often Exchange).`
    case 'offline':
      return 'Not even a well-known internet name could be found, so this is not a typo in the address: the internet connection is down, or a VPN or firewall blocks it.'
  }
}

export function stepWords(s: GuidanceStep, g: Guidance): string {
  const provider = s.params?.provider || providerOf(g)
  const term = passwordTermOf(g)
  const factor = g.terms.secondFactor ? SECOND_FACTOR_WORDS[g.terms.secondFactor] : 'two-step sign-in'
  const words: Record<GuidanceStepCode, string> = {
    'sign-in-google': 'In your CRM, choose “Sign in with Google” (or “Connect Gmail/Google”). That is the simplest and needs no password here.',
    'sign-in-microsoft': 'In your CRM, choose “Sign in with Microsoft” (or “Microsoft 365”, “Outlook”, “Exchange”) instead of the IMAP form.',
    'move-pop3-to-imap': 'Move this account from POP3 to IMAP on this computer first (we walk you through it, without losing mail).',
    'ask-it-exchange': 'Ask your IT admin whether IMAP is enabled for your mailbox and for its IMAP and SMTP server names (send them the message below).',
    'ask-admin-consent': 'Send your IT admin the message below: they approve the CRM once, for everyone (admin consent), or let users approve it themselves.',
    'enable-imap': `Switch on IMAP in ${provider}’s settings (the button below opens the page).`,
    'ask-admin-enable-imap': `If a login fails with the right password, ask your ${provider} administrator to allow IMAP and ${term}s for your account.`,
    'turn-on-second-factor': `Turn on ${factor} for your account, if it is not on yet: ${term}s exist only with it.`,
    'make-app-password': `Make ${withArticle(term)} for the CRM (name it “CRM”) and copy it: you see it only once.${g.terms.format ? ` ${PASSWORD_FORMAT_WORDS[g.terms.format]}` : ''}`,
    'make-separate-password': `Set your ${term} for mail programs in ${provider}’s settings; your login password does not work there.`,
    'use-bridge-password': 'Use the Bridge password shown in the Bridge app, not your normal password.',
    'use-normal-password': 'Use the password you use for this mailbox.',
    'use-encrypted-connection': 'Choose the encrypted setting (SSL/TLS, or STARTTLS) in your CRM; ask your provider if there is none.',
    'no-imap-other-mailbox': 'Use a mailbox with IMAP for the CRM, or forward your mail to one.',
    'check-internet': 'Check your internet connection (do other websites open?), then try again.',
    'ask-provider-settings': 'Ask your email provider or IT admin for the IMAP and SMTP server names.',
    'type-settings-yourself': 'If you know the settings, type them yourself (server, port, security, username) and test them.',
    'copy-fields': 'Copy these settings into your CRM’s form, in this order.',
    'test-login': 'Test the login here with the same password, then save it in your CRM.',
  }
  return s.params?.otherwise === 'true' ? `If your CRM has no such button, use its IMAP form: ${lowerFirst(words[s.code])}` : words[s.code]
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

export const LINK_WORDS: Record<GuidanceLinkCode, (g: Guidance) => string> = {
  'app-password': (g) => `Open ${providerOf(g)}’s ${passwordTermOf(g)} page`,
  'enable-imap': (g) => `How to switch on IMAP at ${providerOf(g)}`,
  'admin-consent': () => 'Microsoft: grant tenant-wide admin consent to an application',
  'user-consent': () => 'Microsoft: configure how users consent to applications',
  bridge: () => 'Proton Mail Bridge',
}

export const NOTE_WORDS: Record<GuidanceNoteCode, (g: Guidance) => string> = {
  'account-uses-oauth': (g) =>
    `On this computer the account signs in through ${providerOf(g)}’s own page (OAuth2), so no password is stored.${g.signIn ? ` In your CRM use “${SIGN_IN_WORDS[g.signIn]}”.` : ''}${g.password === 'app-password' ? ` If your CRM has only an IMAP form, make ${withArticle(passwordTermOf(g))}.` : ''}`,
  'username-local-part': () => 'The username is the part before the @.',
  'username-either': () => 'The username is usually the part before the @; if that fails, try the full address.',
  'smtp-oauth-too': () => 'Sending mail needs the same sign-in: a password for sending (SMTP AUTH) is being switched off too.',
}

export const FIELD_LABELS: Record<GuidanceFieldKey, string> = {
  email: 'Email address',
  imapHost: 'Incoming mail server (IMAP server)',
  imapPort: 'Port',
  imapSsl: 'SSL',
  username: 'Username',
  smtpHost: 'Outgoing mail server (SMTP server)',
  smtpPort: 'Outgoing port',
  smtpSsl: 'Outgoing SSL',
  smtpUsername: 'Outgoing username',
}

export const FIELD_HINTS: Record<GuidanceFieldKey, string> = {
  email: 'The address your CRM sends and receives as.',
  imapHost: 'Where your CRM reads your mail.',
  imapPort: 'The door number on that server.',
  imapSsl: 'Whether the connection is encrypted from the start.',
  username: 'The name you log in with. Often, but not always, your full address.',
  smtpHost: 'Where your CRM sends mail through.',
  smtpPort: 'The door number on the outgoing server.',
  smtpSsl: 'Whether sending is encrypted from the start.',
  smtpUsername: 'This server uses a different login name for sending.',
}

export const SSL_WORDS: Record<Security, string> = {
  tls: 'On',
  starttls: 'Off (uses STARTTLS)',
  none: 'Off',
}

/** An extra warning under an SSL value. */
export const SSL_NOTES: Partial<Record<Security, string>> = {
  starttls:
    'This server starts plain and then switches to encryption (STARTTLS). If your CRM offers “STARTTLS” or “TLS”, pick that; if it only has SSL on or off, choose off.',
  none: 'This server does not encrypt at all. Your password would travel readable; ask your provider for a secure setting.',
}

export function fieldValueWords(key: GuidanceFieldKey, value: string | number | null): string {
  if (value === null || value === '') return '(not known)'
  if (key === 'imapSsl' || key === 'smtpSsl') return SSL_WORDS[value as Security] ?? String(value)
  return String(value)
}

export const MESSAGE_TITLES: Record<GuidanceMessage['code'], string> = {
  'exchange-it': 'Message for your IT admin',
  'admin-consent': 'Message for your IT admin',
}

/** The ready-to-send text; the user copies it into an email or chat to their admin. */
export function messageText(m: GuidanceMessage): string {
  const p = m.params
  if (m.code === 'exchange-it') {
    return [
      'Hello,',
      '',
      `I want to connect my mailbox${p.email ? ` (${p.email})` : ''} to our CRM. It runs on our Exchange server${p.server ? ` (${p.server})` : ''}.`,
      'Could you tell me:',
      '1. Is IMAP (and SMTP sending) enabled for my mailbox? If not, could you enable it?',
      '2. The IMAP server name, port and security (SSL/TLS or STARTTLS), and the SMTP server name, port and security.',
      '3. Or, if our CRM’s “Sign in with Microsoft” option works with our Exchange, whether I should use that instead.',
      '',
      'Thank you!',
    ].join('\n')
  }
  const app = p.appName ? `“${p.appName}”` : 'our CRM'
  return [
    'Hello,',
    '',
    `I am connecting my mailbox${p.email ? ` (${p.email})` : ''} to ${app} with “Sign in with Microsoft”, and Microsoft says an administrator must approve it${p.code ? ` (${p.code})` : ''}.`,
    '',
    `App: ${p.appName ?? '(the name of our CRM)'}`,
    ...(p.appId ? [`Application (client) ID: ${p.appId}`] : []),
    '',
    'Could you either:',
    `- grant admin consent for it in the Microsoft Entra admin center: Entra ID > Enterprise applications > All applications > ${p.appName ?? 'the app'} > Security > Permissions > “Grant admin consent”, or`,
    '- allow users to consent to apps themselves: Entra ID > Enterprise applications > Consent and permissions > User consent settings.',
    '',
    'Microsoft’s instructions: https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent',
    '',
    'Thank you!',
  ].join('\n')
}

/** The password step's heading: which password the CRM's IMAP form needs. */
export function passwordHeading(g: Guidance): string {
  const provider = g.provider?.name ?? 'Your email provider'
  switch (g.password) {
    case 'app-password':
      return `${provider} needs ${withArticle(passwordTermOf(g))}`
    case 'separate-password':
      return `${provider} uses a separate password for mail programs (${passwordTermOf(g)})`
    case 'bridge':
      return `${provider} needs its Bridge app`
    case 'oauth-only':
      return `No password will work with ${g.provider?.name ?? (g.signIn === 'google' ? 'Google' : 'Microsoft')}`
    case 'normal':
      return 'Use your normal email password'
    case null:
      return 'Test the password you use for this mailbox'
  }
}

// ---- Mail counts: "1,204 messages", "36 KB", and the sentence that compares this computer
// with the server (the CLI, the report and the POP3 -> IMAP wizard).
export function messagesWords(n: number): string {
  return `${n.toLocaleString('en-US')} message${n === 1 ? '' : 's'}`
}

export function sizeWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('en-US')} KB`
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`
}

/** "124 messages in 6 folders (36 KB)". */
export function localMailWords(count: LocalMailCount): string {
  const folders = `${count.folders.toLocaleString('en-US')} folder${count.folders === 1 ? '' : 's'}`
  return `${messagesWords(count.messages)} in ${folders} (${sizeWords(count.bytes)})`
}

/**
 * The wizard's and the report's comparison: "1,204 messages of this account are on this
 * computer; the server holds 310." `server` is null when no test has counted the server yet.
 */
export function mailCountSentence(local: LocalMailCount, server: number | null): string {
  const here = `${messagesWords(local.messages)} of this account ${local.messages === 1 ? 'is' : 'are'} on this computer`
  if (server === null) return `${here}.`
  if (server === 0 && local.messages > 0) return `${here}; the server keeps none: everything older is only here.`
  return `${here}; the server holds ${server.toLocaleString('en-US')}.`
}
