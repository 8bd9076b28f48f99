// The one table of words for the model's values: the CLI, the admin report and the renderer
// all say a client, a security setting, a protocol, a sign-in method, a test stage or a
// verdict with these words. Each table is keyed by the model's own union (model.ts), so a new
// value fails type-checking until it has its words here. Plain data (key -> string, or a small
// function where a number goes in) with no Node imports: the renderer imports it, and it is
// the seed of a later translation catalogue.
import type {
  Auth,
  LookupSource,
  MailClient,
  PasswordPolicy,
  Protocol,
  Security,
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

/** What "Password" means for a provider, so nobody types the wrong one. */
export const PASSWORD_POLICY_WORDS: Record<PasswordPolicy, string> = {
  normal: 'Password (your normal email password)',
  'app-password': 'App password (not your normal password)',
  'oauth-only': "Provider's web sign-in (OAuth2)",
  'mail-password': 'Your separate email password',
  bridge: 'The Bridge password from the Bridge app',
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
