// The shared words of the app (../DESIGN.md "The model"). Field names are a contract:
// the CLI's JSON, the IPC and the UI all use them.

export const PROTOCOLS = ['imap', 'pop3', 'smtp', 'exchange', 'ews', 'graph', 'nntp', 'unknown'] as const
export type Protocol = (typeof PROTOCOLS)[number]
/** 'tls' = implicit TLS from the first byte; 'starttls' = upgrade after the greeting. */
export const SECURITIES = ['tls', 'starttls', 'none'] as const
export type Security = (typeof SECURITIES)[number]
export const AUTHS = ['password', 'password-encrypted', 'oauth2', 'ntlm', 'gssapi', 'client-certificate', 'none', 'unknown'] as const
export type Auth = (typeof AUTHS)[number]

export interface ServerSettings {
  protocol: Protocol
  host: string | null
  port: number | null
  security: Security | null
  username: string | null
  auth: Auth | null
  /** EWS/Graph endpoint where there is one. */
  url?: string
}

export const MAIL_CLIENTS = ['thunderbird', 'seamonkey', 'postbox', 'apple-mail', 'outlook'] as const
export type MailClient = (typeof MAIL_CLIENTS)[number]

export interface ProviderRef {
  id: string
  name: string
}

export interface MailAccount {
  /** Stable across scans of the same home. */
  id: string
  client: MailClient
  profile: string
  name: string
  email: string | null
  incoming: ServerSettings
  outgoing: ServerSettings | null
  provider: ProviderRef | null
  /** POP3 only: does mail stay on the server? */
  pop3?: { leaveOnServer: boolean }
  warnings: string[]
}

export const SOURCE_STATUSES = ['ok', 'not-found', 'permission-denied', 'unreadable', 'partial'] as const
export type SourceStatus = (typeof SOURCE_STATUSES)[number]

export interface SourceReport {
  client: MailClient
  location: string
  status: SourceStatus
  accounts: number
  message?: string
  /** Plain-words steps that fix this source (e.g. Full Disk Access), when there is a fix. */
  fix?: SourceFix
  /** The program's own name when `client` names only its family (Windows Mail, Outlook for Mac). */
  label?: string
}

export interface SourceFix {
  steps: string[]
  /** Deep links tried in order (e.g. x-apple.systempreferences:...). */
  links?: string[]
}

export interface ScanResult {
  accounts: MailAccount[]
  sources: SourceReport[]
}

// ---- Verdicts (../DESIGN.md "Verdicts"): tests and the UI key on these strings ----

export const VERDICTS = [
  'ok',
  // network and TLS
  'dns-not-found',
  'offline',
  'connection-refused',
  'timeout',
  'connection-closed',
  'security-mismatch',
  'wrong-service',
  'starttls-unavailable',
  'tls-expired',
  'tls-self-signed',
  'tls-intercepted',
  'tls-hostname-mismatch',
  'tls-incomplete-chain',
  'tls-outdated',
  // login
  'cleartext-disallowed',
  'app-password-required',
  'web-login-required',
  'imap-disabled',
  'oauth-required',
  'admin-consent-required',
  'smtp-auth-disabled',
  'too-many-connections',
  'rate-limited',
  'server-unavailable',
  'account-problem',
  'auth-failed',
  'pop3-unsupported',
  'unknown',
] as const
export type Verdict = (typeof VERDICTS)[number]

export const STAGES = ['dns', 'connect', 'tls', 'greeting', 'starttls', 'capabilities', 'auth', 'mailbox', 'logout'] as const
export type Stage = (typeof STAGES)[number]

export interface TestStep {
  stage: Stage
  ok: boolean
  /** Milliseconds this step took. */
  ms: number
  detail: string
}

export interface TlsDetails {
  protocol: string | null
  cipher: string | null
  subject: string | null
  issuer: string | null
  names: string[]
  validFrom: string | null
  validTo: string | null
  fingerprint256: string | null
  /** Was the certificate chain accepted (by the system store or --ca)? */
  authorized: boolean
  authorizationError?: string
}

export interface Advice {
  verdict: Verdict
  title: string
  /** What happened, in plain words. */
  what: string
  /** Why it happens. */
  why: string
  /** The next thing to do. */
  next: string[]
  /** At most two allow-listed https links. */
  links: { label: string; url: string }[]
  /** After an auth failure: the other username form to try, with the user's consent. */
  alternativeUsername?: string
}

export interface TestRequest {
  protocol: 'imap' | 'pop3' | 'smtp'
  host: string
  port: number
  security: Security
  username: string
  /** Lives in memory for this test only; never logged, stored or echoed. */
  password: string
  email?: string
  /** Extra trusted CA (PEM) for this test. */
  ca?: string
  timeoutMs?: number
}

export interface TestResult {
  ok: boolean
  verdict: Verdict
  /** The stage that failed, or the last stage when ok. */
  stage: Stage | null
  steps: TestStep[]
  server: { protocol: TestRequest['protocol']; host: string; port: number; security: Security; username: string }
  /** The server's exact words at the failing step (password-scrubbed). */
  serverResponse: string | null
  tls?: TlsDetails
  advice: Advice
  durationMs: number
}

export interface Explanation {
  verdict: Verdict
  title: string
  advice: Advice
  links: { label: string; url: string }[]
}

export const LOOKUP_SOURCES = ['catalog', 'autoconfig', 'well-known', 'ispdb', 'mx', 'srv', 'guess', 'none'] as const
export type LookupSource = (typeof LOOKUP_SOURCES)[number]

export interface LookupResult {
  email: string
  domain: string
  provider: ProviderRef | null
  source: LookupSource
  incoming: ServerSettings[]
  outgoing: ServerSettings[]
  notes: string[]
  /**
   * false: the provider offers no IMAP, only POP3 (a note says so). lookup sets only false;
   * imapSettingsForAccount also sets true when its offline data lists IMAP. Absent: not said.
   */
  offersImap?: boolean
}

/** What a provider accepts as a password over IMAP/POP/SMTP (hand-kept policy). */
export const PASSWORD_POLICIES = ['normal', 'app-password', 'oauth-only', 'mail-password', 'bridge'] as const
export type PasswordPolicy = (typeof PASSWORD_POLICIES)[number]

export interface ProviderPolicy {
  id: string
  name: string
  password: PasswordPolicy
  /** Where an app password (or separate mail password) is made. */
  appPasswordUrl?: string
  /** Where IMAP access is switched on, when it is off by default. */
  enableImapUrl?: string
  usernameForm: 'email' | 'local-part' | 'either' | 'other'
  offersImap: boolean
  notes: string[]
}
