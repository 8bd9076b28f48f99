// The one words table: every word the CLI, the admin report and the renderer say for a model
// value or a code the core returns (verdicts, stages, guidance's blockers, steps, notes, links,
// messages). The words themselves are the catalogues (src/i18n/locales/<language>/*.json,
// docs/i18n.md); these functions look them up by a key built from the model's own union or
// `as const` list (model.ts), so a new value fails type-checking until English has its words.
// No Node imports: the renderer imports it. The only entry point: import words from here.
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
  MailAccount,
  MailClient,
  Note,
  NoteParams,
  PasswordFormat,
  PasswordTerm,
  Protocol,
  SecondFactorTerm,
  Security,
  SignIn,
  SourceFixLink,
  SourceStatus,
  Stage,
  TestStep,
  Verdict,
} from '../model.js'
import { formatNumber, i18n, t, type MessageKey, type MessageParams } from '../i18n/i18n.js'

/** Said for a value that is not stored or not known (a null security, port or username). */
export function notKnown(): string {
  return t('words:notKnown')
}

export function clientName(client: MailClient): string {
  return t(`words:client.${client}`)
}

/** Security in plain words; the technical name follows in brackets. */
export function securityWords(security: Security): string {
  return t(`words:security.${security}`)
}

/** The protocol's full name. */
export function protocolName(protocol: Protocol): string {
  return t(`words:protocol.${protocol}`)
}

/** The short badge on an account: what kind of account this is. */
export function protocolBadge(protocol: Protocol): string {
  return t(`words:protocolBadge.${protocol}`)
}

/** The sign-in method a client stored. */
export function authWords(auth: Auth): string {
  return t(`words:auth.${auth}`)
}

/** One step of a login test, as it runs. */
export function stageWords(stage: Stage): string {
  return t(`words:stage.${stage}`)
}

/** How far a mail client's settings could be read. */
export function sourceStatusWords(status: SourceStatus): string {
  return t(`words:sourceStatus.${status}`)
}

/** The button for a source's fix links: what they open (a help page when the fix does not say). */
export function sourceFixLinkWords(link: SourceFixLink = 'help-page'): string {
  return t(`words:sourceFixLink.${link}`)
}

/** Where a lookup found the settings. */
export function lookupSourceWords(source: LookupSource): string {
  return t(`words:lookupSource.${source}`)
}

/** Where words are read: the command line names its own options, the app its own screens. */
export type WordsSurface = 'cli' | 'app'

/** Advice steps whose words differ by surface (the same advice, each surface's own way to act). */
export function surfaceAdviceWords(code: 'test-with-own-ca', surface: WordsSurface): string {
  return t(`words:surfaceAdvice.${code}.${surface}`)
}

/** The headline of each verdict (advice may name the provider or protocol instead). */
export function verdictTitle(verdict: Verdict): string {
  return t(`words:verdict.${verdict}`)
}

// ---- Guidance (src/guidance/): one entry per value of the model's `as const` lists; every
// screen and the CLI render a Guidance through these, none writes its own copy of the advice.

export function imapAccessWords(access: ImapAccess): string {
  return t(`guidance:imapAccess.${access}`)
}

export function passwordFormatWords(format: PasswordFormat): string {
  return t(`guidance:passwordFormat.${format}`)
}

/** The label of a CRM's sign-in button ("Sign in with Google"). */
export function signInWords(signIn: SignIn): string {
  return t(`guidance:signIn.${signIn}`)
}

function providerOf(g: Guidance): string {
  return g.provider?.name ?? t('guidance:provider.unknown')
}

type TermKey = PasswordTerm | 'separate-email-password'

/** What naming the password needs: which password, and the provider's word for it (the admin report keeps just these). */
type PasswordFacts = Pick<Guidance, 'password' | 'terms'>

/** The provider's own word for the password, e.g. "app-specific password" for iCloud. */
function termOf(g: PasswordFacts): TermKey {
  if (g.terms.password) return g.terms.password
  if (g.password === 'separate-password') return 'separate-email-password'
  if (g.password === 'bridge') return 'bridge-password'
  return 'app-password'
}

/**
 * The forms of the password's name that sentences need, so a language can inflect it:
 * "app password", "an app password", "An app password", "app passwords".
 */
function termParams(g: PasswordFacts): { term: string; termA: string; termAStart: string; termPlural: string } {
  const term = termOf(g)
  return {
    term: t(`guidance:term.${term}.bare`),
    termA: t(`guidance:term.${term}.a`),
    termAStart: t(`guidance:term.${term}.aStart`),
    termPlural: t(`guidance:term.${term}.plural`),
  }
}

/** The provider's own word for the password, e.g. "app-specific password" for iCloud. */
export function passwordTermOf(g: Guidance): string {
  return termParams(g).term
}

function secondFactorOf(term: SecondFactorTerm | null | undefined): string {
  return term ? t(`guidance:secondFactor.${term}`) : t('guidance:secondFactor.default')
}

function brandOf(g: Pick<Guidance, 'signIn'>): string {
  return g.signIn === 'google' ? 'Google' : 'Microsoft'
}

export function passwordWords(g: PasswordFacts & Pick<Guidance, 'signIn'>): string {
  const kind: CrmPassword | 'unknown' = g.password ?? 'unknown'
  return t(`guidance:password.${kind}`, { ...termParams(g), brand: brandOf(g) })
}

export function blockerTitle(code: BlockerCode): string {
  return t(`guidance:blockerTitle.${code}`)
}

export function blockerWhy(b: GuidanceBlocker, g: Guidance): string {
  const p = b.params ?? {}
  const provider = p.provider || providerOf(g)
  switch (b.code) {
    case 'pop3-account':
      return p.leaveOnServer === 'true' ? t('guidance:blockerWhy.pop3-account-keeps') : t('guidance:blockerWhy.pop3-account-deletes')
    case 'exchange':
      return p.server ? t('guidance:blockerWhy.exchange-server', { server: p.server }) : t('guidance:blockerWhy.exchange')
    case 'imap-switched-off':
      return p.by === 'admin' ? t('guidance:blockerWhy.imap-switched-off-admin', { provider }) : t('guidance:blockerWhy.imap-switched-off', { provider })
    case 'admin-approval':
      return p.code
        ? t('guidance:blockerWhy.admin-approval-code', { code: p.code, hasApp: p.appName ? 'yes' : 'no', appName: p.appName ?? '' })
        : t('guidance:blockerWhy.admin-approval')
    case 'no-settings':
      return t('guidance:blockerWhy.no-settings', { hasDomain: p.domain ? 'yes' : 'no', domain: p.domain ?? '' })
    case 'pop3-only-provider':
    case 'no-imap-service':
    case 'unencrypted':
    case 'bridge-local':
    case 'offline':
      return t(`guidance:blockerWhy.${b.code}`, { provider })
  }
}

// A provider's menu path travels in guidance as its catalogue key (the `providers` namespace),
// so JSON keeps a stable code and each surface shows the path in its reader's language.
function menuWords(key: string | undefined): string | null {
  return key?.startsWith('providers:') && i18n.exists(key) ? t(key as MessageKey) : null
}

export function stepWords(s: GuidanceStep, g: Guidance): string {
  const params = { ...termParams(g), provider: s.params?.provider || providerOf(g), factor: secondFactorOf(g.terms.secondFactor) }
  let words = t(`guidance:step.${s.code satisfies GuidanceStepCode}`, params)
  if (s.code === 'make-app-password' && g.terms.format) words = `${words} ${passwordFormatWords(g.terms.format)}`
  const menu = menuWords(s.params?.menu)
  if (s.code === 'enable-imap' && menu) words = `${words} ${t('guidance:menuPath', { menu })}`
  return s.params?.otherwise === 'true' ? t('guidance:step.otherwise', { step: words }) : words
}

export function linkWords(code: GuidanceLinkCode, g: Guidance): string {
  return t(`guidance:link.${code}`, { provider: providerOf(g), term: passwordTermOf(g) })
}

export function noteWords(code: GuidanceNoteCode, g: Guidance): string {
  if (code !== 'account-uses-oauth') return t(`guidance:note.${code}`)
  const sentences = [t('guidance:note.account-uses-oauth', { provider: providerOf(g) })]
  if (g.signIn) sentences.push(t('guidance:note.account-uses-oauth-button', { button: signInWords(g.signIn) }))
  if (g.password === 'app-password') sentences.push(t('guidance:note.account-uses-oauth-app-password', termParams(g)))
  return sentences.join(' ')
}

export function fieldLabel(key: GuidanceFieldKey): string {
  return t(`guidance:fieldLabel.${key}`)
}

export function fieldHint(key: GuidanceFieldKey): string {
  return t(`guidance:fieldHint.${key}`)
}

/** The value of an "SSL" box in a CRM form: On, or Off (with STARTTLS). */
export function sslWords(security: Security): string {
  return t(`guidance:ssl.${security}`)
}

/** An extra warning under an SSL value; none for SSL/TLS. */
export function sslNote(security: Security): string | undefined {
  return security === 'tls' ? undefined : t(`guidance:sslNote.${security}`)
}

export function fieldValueWords(key: GuidanceFieldKey, value: string | number | null): string {
  if (value === null || value === '') return t('guidance:fieldValue.notKnown')
  if ((key === 'imapSsl' || key === 'smtpSsl') && (value === 'tls' || value === 'starttls' || value === 'none')) return sslWords(value)
  return String(value)
}

export function messageTitle(code: GuidanceMessage['code']): string {
  return t(`guidance:messageTitle.${code}`)
}

/** Microsoft's page on granting admin consent, quoted in the message to the admin. */
const ADMIN_CONSENT_GUIDE = 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent'

/** The ready-to-send text; the user copies it into an email or chat to their admin. */
export function messageText(m: GuidanceMessage): string {
  const p = m.params
  const has = (value: string | undefined) => (value ? 'yes' : 'no')
  return t(`guidance:message.${m.code}`, {
    hasEmail: has(p.email),
    email: p.email ?? '',
    hasServer: has(p.server),
    server: p.server ?? '',
    hasApp: has(p.appName),
    appName: p.appName ?? '',
    hasAppId: has(p.appId),
    appId: p.appId ?? '',
    hasCode: has(p.code),
    code: p.code ?? '',
    instructionsUrl: ADMIN_CONSENT_GUIDE,
  })
}

/** The password step's heading: which password the CRM's IMAP form needs. */
export function passwordHeading(g: Guidance): string {
  const kind: CrmPassword | 'unknown' = g.password ?? 'unknown'
  const provider = kind === 'oauth-only' ? (g.provider?.name ?? brandOf(g)) : (g.provider?.name ?? t('guidance:provider.unknownStart'))
  return t(`guidance:heading.${kind}`, { ...termParams(g), provider })
}

// ---- Mail counts: "124 messages in 6 folders (36 kB)" and the sentence that compares this computer
// with the server (the CLI, the report and the POP3 -> IMAP wizard). Plurals and number formats
// are the language's own (ICU plural rules, Intl.NumberFormat).
/** Bytes as kB (whole, at least 1), MB or GB (one decimal), with the language's unit words. */
export function sizeWords(bytes: number): string {
  const unit = (value: number, name: string, digits: number) =>
    formatNumber(value, { style: 'unit', unit: name, maximumFractionDigits: digits, minimumFractionDigits: digits })
  if (bytes < 1024 * 1024) return unit(Math.max(1, Math.ceil(bytes / 1024)), 'kilobyte', 0)
  if (bytes < 1024 ** 3) return unit(bytes / 1024 ** 2, 'megabyte', 1)
  return unit(bytes / 1024 ** 3, 'gigabyte', 1)
}

/** "124 messages in 6 folders (36 kB)". */
export function localMailWords(count: LocalMailCount): string {
  return t('words:count.localMail', { messages: count.messages, folders: count.folders, size: sizeWords(count.bytes) })
}

/**
 * The wizard's and the report's comparison: "1,204 messages of this account are on this
 * computer; the server holds 310." `server` is null when no test has counted the server yet.
 */
export function mailCountSentence(local: LocalMailCount, server: number | null): string {
  if (server === null) return t('words:count.onComputer', { messages: local.messages })
  if (server === 0 && local.messages > 0) return t('words:count.onComputerServerNone', { messages: local.messages })
  return t('words:count.onComputerServerHolds', { messages: local.messages, server })
}

// ---- The core's sentences (Note: a code and its values, model.ts) ----

/** A message of the `notes` catalogue (the readers' and lookup's sentences), of `sources`, or of `steps` (the login test's). */
export type NoteCode = Extract<MessageKey, `notes:${string}` | `sources:${string}` | `steps:${string}`>

/** A sentence of the core's, said by its code: every surface words it in its language. */
export function note(code: NoteCode, params?: NoteParams): Note {
  return params ? { code, params } : { code }
}

/** A value that names words of the catalogue ("notes:file.what.prefsJs"), said in the language first. */
const WORDS_VALUE = /^notes:[\w.]+$/

/**
 * The values as the sentence says them: a size in bytes is given as a value named `…Bytes` and
 * said as `sizeWords` says it (36 kB); a value naming words of the catalogue (the thing a
 * sentence is about: "The settings file prefs.js") is those words, with the same values.
 */
function noteValues(params: NoteParams | undefined): MessageParams | undefined {
  if (!params) return undefined
  const out: MessageParams = {}
  for (const [name, value] of Object.entries(params)) {
    out[name] = name.endsWith('Bytes') && typeof value === 'number' ? sizeWords(value) : value
  }
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && WORDS_VALUE.test(value)) out[name] = t(value as MessageKey, out)
  }
  return out
}

/** The sentence of a Note in the current language. */
export function noteText(n: Note): string {
  return t(n.code as MessageKey, noteValues(n.params))
}

function isNote(value: unknown): value is Note {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return (
    typeof (value as { code?: unknown }).code === 'string' &&
    /^[a-z][\w-]*:[\w.-]+$/.test((value as Note).code) &&
    keys.every((k) => k === 'code' || k === 'params')
  )
}

/**
 * A JSON.stringify replacer for documents that carry Notes (`--json`, the report's JSON): each
 * Note keeps its `code` and `params` and gets its words in the current language as `text`.
 */
export function withNoteText(_key: string, value: unknown): unknown {
  return isNote(value) ? { ...value, text: noteText(value) } : value
}

/** Several sentences of the core's, one after another. */
export function notesText(notes: readonly Note[]): string {
  return notes.map(noteText).join(' ')
}

/** An account's name as a reader sees it: the client's own, or our label in the reader's language. */
export function accountNameWords(account: Pick<MailAccount, 'name' | 'nameNote'>): string {
  return account.nameNote ? noteText(account.nameNote) : account.name
}

/** An account's profile as a reader sees it: the client's own name, or our label in the reader's language. */
export function profileWords(account: Pick<MailAccount, 'profile' | 'profileNote'>): string {
  return account.profileNote ? noteText(account.profileNote) : account.profile
}

/**
 * A login test step's detail as a reader sees it: our own words (`note`) in the language, the
 * server's words (`detail`) as they came, or both ("The server refused the login: -ERR …").
 */
export function stepDetailWords(step: Pick<TestStep, 'detail' | 'note'>): string {
  if (!step.note) return step.detail
  const said = noteText(step.note)
  return step.detail ? t('steps:withServerWords', { said, detail: step.detail }) : said
}
