// The shared words of the app (docs/model.md). Field names are a contract:
// the CLI's JSON, the IPC and the UI all use them.

export const PROTOCOLS = ['imap', 'pop3', 'smtp', 'exchange', 'ews', 'graph', 'nntp', 'unknown'] as const
export type Protocol = (typeof PROTOCOLS)[number]
/** 'tls' = implicit TLS from the first byte; 'starttls' = upgrade after the greeting. */
export const SECURITIES = ['tls', 'starttls', 'none'] as const
export type Security = (typeof SECURITIES)[number]
export const AUTHS = ['password', 'password-encrypted', 'oauth2', 'ntlm', 'gssapi', 'client-certificate', 'none', 'unknown'] as const
export type Auth = (typeof AUTHS)[number]

/**
 * A sentence of the core's, as a stable code and its values (docs/model.md): `code` is the key
 * of its message in the catalogues (`notes:thunderbird.noIdentity`, or a provider's note in
 * `providers`), `params` the values it names (a file, a count, a server). Every surface says it
 * in its own language (`noteText`, words.ts); `--json` adds the sentence as `text`.
 */
export interface Note {
  code: string
  params?: NoteParams
}
export type NoteParams = Record<string, string | number>

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
  /** The profile as the client names it (its folder, its name), or our label (`profileNote`). */
  profile: string
  /** The account's name as the client stores it, or our label (`nameNote`). */
  name: string
  /**
   * When the client stores no name, our words for it (`notes:account.*`: "Mail account",
   * "Account 00000002"): every surface says it in its own language (accountNameWords, words.ts);
   * `name` holds it in the scan's language.
   */
  nameNote?: Note
  /** Our label for the profile ("Outlook (default profile)", "Asked Apple Mail"), said the same way; `profile` holds it in the scan's language. */
  profileNote?: Note
  email: string | null
  incoming: ServerSettings
  outgoing: ServerSettings | null
  provider: ProviderRef | null
  /** POP3 only: does mail stay on the server? */
  pop3?: { leaveOnServer: boolean }
  /**
   * POP3 (and other local-folder) accounts: the mail this client keeps for the account on
   * this computer, summed over its folders and subfolders; null when it could not be counted
   * (`localMailReason` says why). Absent for accounts whose mail lives on the server.
   */
  localMail?: LocalMailCount | null
  /** Why `localMail` is null, or what the count covers beyond this account. */
  localMailReason?: Note
  /** Facts the reader saw, one sentence each. */
  warnings: Note[]
}

/** Messages counted from separators and directory entries only: no message is read. */
export interface LocalMailCount {
  messages: number
  folders: number
  /** Bytes of the mail files counted (mbox files, message files). */
  bytes: number
}

export const SOURCE_STATUSES = ['ok', 'not-found', 'permission-denied', 'unreadable', 'partial'] as const
export type SourceStatus = (typeof SOURCE_STATUSES)[number]

export interface SourceReport {
  client: MailClient
  location: string
  status: SourceStatus
  accounts: number
  /** What was wrong or worth knowing, one sentence each, in order. */
  message?: Note[]
  /** Plain-words steps that fix this source (e.g. Full Disk Access), when there is a fix. */
  fix?: SourceFix
  /** The program's own name when `client` names only its family (Windows Mail, Outlook for Mac). */
  label?: string
}

/** What a fix's links open, so every surface names them the same way (words table). */
export const SOURCE_FIX_LINKS = ['full-disk-access-settings', 'automation-settings', 'help-page'] as const
export type SourceFixLink = (typeof SOURCE_FIX_LINKS)[number]

export interface SourceFix {
  steps: string[]
  /** Deep links tried in order (e.g. x-apple.systempreferences:...): one place, several macOS versions. */
  links?: string[]
  /** What those links open (default: a help page). */
  linksOpen?: SourceFixLink
  /** Asking Apple Mail itself (AppleScript, no Full Disk Access needed) is another way round. */
  askAppleMail?: boolean
}

export interface ScanResult {
  accounts: MailAccount[]
  sources: SourceReport[]
}

// ---- Verdicts (docs/verdicts.md): tests and the UI key on these strings ----

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
  /**
   * Technical text as it came: the server's own words, a TLS version and cipher, a capability
   * list, a system's error text. Empty when `note` says all there is.
   */
  detail: string
  /** Our own words about the step (a `steps:` code and its values), said in the reader's language. */
  note?: Note
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
  /**
   * The user agreed that the password travels readable (security 'none'): InspectorApi
   * refuses such a test without it, so every UI has to ask first.
   */
  allowPlaintext?: boolean
}

/** A running test as the UI shows it: the step running now and the time limit. */
export interface TestProgress {
  /** The step running now (null before the first and between steps). */
  stage: Stage | null
  /** Steps finished so far. */
  done: number
  elapsedMs: number
  timeoutMs: number
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
  /** After a successful login to IMAP or POP3: what the server holds (IMAP: INBOX; POP3: STAT). */
  mailbox?: { messages: number }
  advice: Advice
  durationMs: number
}

export interface Explanation {
  verdict: Verdict
  title: string
  advice: Advice
  links: { label: string; url: string }[]
}

export const LOOKUP_SOURCES = ['catalog', 'autoconfig', 'well-known', 'ispdb', 'mx', 'srv', 'autodiscover', 'guess', 'none'] as const
export type LookupSource = (typeof LOOKUP_SOURCES)[number]

export interface LookupResult {
  email: string
  domain: string
  provider: ProviderRef | null
  source: LookupSource
  incoming: ServerSettings[]
  outgoing: ServerSettings[]
  /** Where the settings came from and what to know about them, one sentence each. */
  notes: Note[]
  /**
   * false: the provider offers no IMAP, only POP3 (a note says so). lookup sets only false;
   * imapSettingsForAccount also sets true when its offline data lists IMAP. Absent: not said.
   */
  offersImap?: boolean
  /**
   * Exchange Autodiscover answered for this domain. imapPublished false: Exchange without IMAP
   * settings (ask IT whether IMAP is on, or use the CRM's Microsoft option).
   */
  exchange?: { imapPublished: boolean; signInRequired: boolean; endpoint: string }
}

/**
 * What a provider accepts as a password over IMAP/POP/SMTP (hand-kept policy).
 * 'not-applicable': the provider has no IMAP, POP3 or SMTP at all (Tuta, HEY), so no password
 * of any kind lets another program in; the fact is sourced by the page that says there is no IMAP.
 */
export const PASSWORD_POLICIES = ['normal', 'app-password', 'oauth-only', 'mail-password', 'bridge', 'not-applicable'] as const
export type PasswordPolicy = (typeof PASSWORD_POLICIES)[number]

export interface ProviderPolicy {
  id: string
  name: string
  password: PasswordPolicy
  /** Where an app password (or separate mail password) is made. */
  appPasswordUrl?: string
  /** Where IMAP access is switched on, when it is off by default. */
  enableImapUrl?: string
  /** 'not-applicable': no IMAP, POP3 or SMTP at all, so there is no username to type (as for the password). */
  usernameForm: 'email' | 'local-part' | 'either' | 'other' | 'not-applicable'
  offersImap: boolean
  notes: string[]
}

// ---- Guidance (docs: "Guidance"): what the CRM needs for one address or account ----
// Codes and parameters only; the words live in the words table keyed by these values.

/** Can a CRM read this mailbox over IMAP? */
export const IMAP_ACCESS = ['yes', 'after-enabling', 'admin', 'no', 'unknown'] as const
export type ImapAccess = (typeof IMAP_ACCESS)[number]

/** Which password the CRM's IMAP form needs; 'not-applicable': none, the provider has no IMAP at all. */
export const CRM_PASSWORDS = ['normal', 'app-password', 'separate-password', 'bridge', 'oauth-only', 'not-applicable'] as const
export type CrmPassword = (typeof CRM_PASSWORDS)[number]

/** The CRM's sign-in button to prefer over an IMAP form. */
export const SIGN_INS = ['google', 'microsoft'] as const
export type SignIn = (typeof SIGN_INS)[number]

/** What stands between the user and a working CRM connection. Stable: UIs and tests key on them. */
export const BLOCKER_CODES = [
  /** The account on this computer uses POP3; the CRM needs IMAP. */
  'pop3-account',
  /** The provider offers POP3 only. */
  'pop3-only-provider',
  /** The provider offers neither IMAP nor POP3 to other programs. */
  'no-imap-service',
  /** An Exchange mailbox (on-premises or unknown): IT decides whether IMAP is on. */
  'exchange',
  /** IMAP must be switched on in the mailbox's settings first. */
  'imap-switched-off',
  /** An organisation's administrator must approve the CRM (Microsoft Entra consent). */
  'admin-approval',
  /** A connection without encryption: the password would travel readable. */
  'unencrypted',
  /** Proton's Bridge runs on this computer only: a CRM in the cloud cannot reach it. */
  'bridge-local',
  /** No settings were found for this address. */
  'no-settings',
  /** Nothing answered at all: this computer seems to be offline. */
  'offline',
] as const
export type BlockerCode = (typeof BLOCKER_CODES)[number]

/** One thing to do, in order. */
export const GUIDANCE_STEPS = [
  'sign-in-google',
  'sign-in-microsoft',
  'move-pop3-to-imap',
  'ask-it-exchange',
  'ask-admin-consent',
  'enable-imap',
  'ask-admin-enable-imap',
  'turn-on-second-factor',
  'make-app-password',
  'make-separate-password',
  'use-bridge-password',
  'use-normal-password',
  'use-encrypted-connection',
  'no-imap-other-mailbox',
  'check-internet',
  'ask-provider-settings',
  'type-settings-yourself',
  'copy-fields',
  'test-login',
] as const
export type GuidanceStepCode = (typeof GUIDANCE_STEPS)[number]

/** The provider's (or Microsoft's) own page for a step. */
export const GUIDANCE_LINKS = ['app-password', 'enable-imap', 'admin-consent', 'user-consent', 'bridge'] as const
export type GuidanceLinkCode = (typeof GUIDANCE_LINKS)[number]

/** Ready-to-send messages (a Copy button in the UI). */
export const GUIDANCE_MESSAGES = ['exchange-it', 'admin-consent'] as const
export type GuidanceMessageCode = (typeof GUIDANCE_MESSAGES)[number]

/** Good to know, not blocking. */
export const GUIDANCE_NOTES = ['account-uses-oauth', 'username-local-part', 'username-either', 'smtp-oauth-too'] as const
export type GuidanceNoteCode = (typeof GUIDANCE_NOTES)[number]

/** The provider's own word for the password a mail program needs. */
export const PASSWORD_TERMS = [
  'app-password',
  'app-specific-password',
  'authorization-code',
  'email-password',
  'bridge-password',
  'client-password',
] as const
export type PasswordTerm = (typeof PASSWORD_TERMS)[number]

/** The provider's own word for its second sign-in factor. */
export const SECOND_FACTOR_TERMS = ['2-step-verification', 'two-factor-authentication', 'two-step-verification'] as const
export type SecondFactorTerm = (typeof SECOND_FACTOR_TERMS)[number]

/** How the provider shows a generated password, so the user knows what to paste. */
export const PASSWORD_FORMATS = ['four-groups-of-four', 'hyphen-groups-of-four', 'sixteen-letters'] as const
export type PasswordFormat = (typeof PASSWORD_FORMATS)[number]

export type GuidanceFieldKey =
  | 'email'
  | 'imapHost'
  | 'imapPort'
  | 'imapSsl'
  | 'username'
  | 'smtpHost'
  | 'smtpPort'
  | 'smtpSsl'
  | 'smtpUsername'

/** One value of the CRM's form. SSL fields carry a Security value, ports a number. */
export interface GuidanceField {
  key: GuidanceFieldKey
  value: string | number | null
  /** Addresses and usernames: masked on screen in privacy mode and in reports. */
  sensitive: boolean
}

export type GuidanceParams = Record<string, string>

export interface GuidanceStep {
  code: GuidanceStepCode
  params?: GuidanceParams
}

export interface GuidanceBlocker {
  code: BlockerCode
  /** What to do about this blocker, in order. */
  steps: GuidanceStep[]
  params?: GuidanceParams
}

export interface GuidanceLink {
  code: GuidanceLinkCode
  url: string
}

export interface GuidanceMessage {
  code: GuidanceMessageCode
  params: GuidanceParams
}

export interface Guidance {
  email: string | null
  provider: ProviderRef | null
  imap: ImapAccess
  password: CrmPassword | null
  signIn: SignIn | null
  /** The provider's own words for its password and second factor. */
  terms: { password: PasswordTerm | null; secondFactor: SecondFactorTerm | null; format: PasswordFormat | null }
  /** In CRM-form order; the outgoing username only when it differs. */
  fields: GuidanceField[]
  /** 'copy': type these with the password; 'with-sign-in': only in a CRM form that signs in with the provider; 'none': no copy list can work. */
  fieldsUse: 'copy' | 'with-sign-in' | 'none'
  blockers: GuidanceBlocker[]
  /** The whole path, in order (each blocker's steps included). */
  steps: GuidanceStep[]
  links: GuidanceLink[]
  messages: GuidanceMessage[]
  notes: GuidanceNoteCode[]
  /** Where the settings came from: the account on this computer, or lookup's source. */
  source: LookupSource | 'account'
  /** The test's or pasted error's verdict this answer took into account. */
  verdict: Verdict | null
  /**
   * The one primary action after an error: walk through connecting (a sign-in button, a special
   * password or a blocker is involved) or simply test the login again.
   */
  primaryAction: 'connect-wizard' | 'test-login'
}

/** Ask for guidance by typed address or by a scanned account. */
export interface GuidanceQuery {
  email?: string
  accountId?: string
  /** Do not use the network (built-in knowledge only). */
  offline?: boolean
  /** An error text the user pasted (AADSTS65001 names the CRM's app and its ID). */
  errorText?: string
  /** The CRM's name as the user typed it (for the admin's message). */
  crmName?: string
  /** A login test's verdict (e.g. app-password-required from an unknown Workspace domain). */
  verdict?: Verdict
  /** With accountId: that POP3 account was just added again as IMAP (the POP3 wizard's end). */
  movedToImap?: boolean
}
