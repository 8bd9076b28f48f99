// The admin report: what an admin helping over a screen share reads later. Masked by
// default; it has no password field, copies only known fields (so an object carrying a
// password by accident cannot leak it) and removes any given secret from every text.
// Pure TypeScript with no Node imports: the renderer builds it from what it already holds.
import type { AppInfo } from '../api.js'
import type {
  Advice,
  Guidance,
  MailAccount,
  ScanResult,
  ServerSettings,
  SourceReport,
  TestResult,
  TestStep,
  TlsDetails,
} from '../model.js'
import { homeUserOf, maskAddressesIn, maskEmail, maskHomePath, maskIdentities, maskUsername } from '../redact/mask-identities.js'
import { maskNote, privateValuesOf } from '../redact/redact-scan.js'
import { withNoteText } from '../words/words.js'
import { removeSecretsDeep, secretRemover } from '../redact/remove-secrets.js'

export const REPORT_KIND = 'mail-settings-inspector-report'
export const REPORT_FORMAT_VERSION = 1

/** One login test as the UI remembers it: when, for which account, and its result. */
export interface ReportedTest {
  /** ISO time the test finished. */
  at: string
  accountId?: string
  result: TestResult
}

export interface ReportInput {
  scan: ScanResult | null
  tests: ReportedTest[]
  app: AppInfo
  /** ISO time; defaults to now. */
  generatedAt?: string
  /** Mask usernames and address local parts (default true; the admin may untick it). */
  maskUsernames?: boolean
  /** Values removed from every text whatever the masking (e.g. a password still in memory). */
  secrets?: string[]
  /** The last error text the user pasted into "I got an error" (masked like the rest). */
  pastedError?: string | null
  /** The guidance core's answer per scanned account id (InspectorApi.guidance). */
  guidance?: Record<string, Guidance>
}

/** What was scanned: whether a scan ran, how many places were read and accounts found. */
export interface ScanSummary {
  ran: boolean
  places: number
  accounts: number
}

/** What the CRM needs for one account, as codes only (no address, no username). */
export interface ReportedGuidance {
  accountId: string
  imap: Guidance['imap']
  password: Guidance['password']
  signIn: Guidance['signIn']
  /** The provider's word for the password and its second factor, as codes (so the text report names the password as the app does). */
  terms: Guidance['terms']
  blockers: Guidance['blockers'][number]['code'][]
  steps: Guidance['steps'][number]['code'][]
}

export interface AdminReport {
  kind: typeof REPORT_KIND
  formatVersion: typeof REPORT_FORMAT_VERSION
  generatedAt: string
  app: { name: string; version: string; os: string; platform: string; shell: AppInfo['shell'] }
  /** Were usernames and address local parts masked? */
  masked: boolean
  accounts: MailAccount[]
  sources: SourceReport[]
  scan: ScanSummary
  tests: ReportedTest[]
  /** The last pasted error message, or null when none was pasted in this session. */
  pastedError: string | null
  /** Per account, when the UI had the core's answer. */
  guidance: ReportedGuidance[]
}

/** How one report masks: the private values to scrub from free text, when masking. */
interface Masker {
  masked: boolean
  privateValues: string[]
  username(value: string | null): string | null
  email(value: string | null): string | null
  path(value: string): string
  text(value: string): string
}

function makeMasker(input: ReportInput): Masker {
  const masked = input.maskUsernames ?? true
  const privateValues = [
    ...(input.scan?.accounts.flatMap(privateValuesOf) ?? []),
    ...input.tests.flatMap((t) => [t.result.server.username, t.result.advice.alternativeUsername ?? '']),
    ...(input.scan?.sources.map((s) => homeUserOf(s.location) ?? '') ?? []),
    ...(input.scan?.accounts.map((a) => homeUserOf(a.profile) ?? '') ?? []),
  ].filter((v) => v.length > 0)
  return {
    masked,
    privateValues,
    username: (v) => (v === null || !masked ? v : maskUsername(v)),
    email: (v) => (v === null || !masked ? v : maskEmail(v)),
    path: (v) => (masked ? maskIdentities(maskHomePath(v), privateValues) : v),
    text: (v) => (masked ? maskIdentities(v, privateValues) : v),
  }
}

function copyServer(s: ServerSettings, m: Masker): ServerSettings {
  const out: ServerSettings = {
    protocol: s.protocol,
    host: s.host,
    port: s.port,
    security: s.security,
    username: m.username(s.username),
    auth: s.auth,
  }
  if (s.url !== undefined) out.url = m.text(s.url)
  return out
}

function copyAccount(a: MailAccount, m: Masker): MailAccount {
  const out: MailAccount = {
    id: a.id,
    client: a.client,
    profile: m.path(a.profile),
    name: m.text(a.name),
    email: m.email(a.email),
    incoming: copyServer(a.incoming, m),
    outgoing: a.outgoing ? copyServer(a.outgoing, m) : null,
    provider: a.provider ? { id: a.provider.id, name: a.provider.name } : null,
    warnings: a.warnings.map((w) => maskNote(w, m.path)),
  }
  if (a.nameNote) out.nameNote = maskNote(a.nameNote, m.text)
  if (a.profileNote) out.profileNote = maskNote(a.profileNote, m.path)
  if (a.pop3) out.pop3 = { leaveOnServer: a.pop3.leaveOnServer }
  if (a.localMail !== undefined) {
    out.localMail = a.localMail ? { messages: a.localMail.messages, folders: a.localMail.folders, bytes: a.localMail.bytes } : null
  }
  if (a.localMailReason !== undefined) out.localMailReason = maskNote(a.localMailReason, m.path)
  return out
}

function copySource(s: SourceReport, m: Masker): SourceReport {
  const out: SourceReport = { client: s.client, location: m.path(s.location), status: s.status, accounts: s.accounts }
  if (s.label !== undefined) out.label = s.label
  if (s.message !== undefined) out.message = s.message.map((n) => maskNote(n, m.path))
  if (s.fix) {
    out.fix = { steps: s.fix.steps.map((step) => m.text(step)) }
    if (s.fix.links) out.fix.links = [...s.fix.links]
  }
  return out
}

function copyAdvice(a: Advice, m: Masker): Advice {
  const out: Advice = {
    verdict: a.verdict,
    title: m.text(a.title),
    what: m.text(a.what),
    why: m.text(a.why),
    next: a.next.map((n) => m.text(n)),
    links: a.links.map((l) => ({ label: l.label, url: l.url })),
  }
  if (a.alternativeUsername !== undefined) out.alternativeUsername = m.username(a.alternativeUsername) ?? ''
  return out
}

function copyStep(s: TestStep, m: Masker): TestStep {
  const out: TestStep = { stage: s.stage, ok: s.ok, ms: s.ms, detail: m.text(s.detail) }
  if (s.note) out.note = maskNote(s.note, m.text)
  return out
}

function copyTls(t: TlsDetails): TlsDetails {
  const out: TlsDetails = {
    protocol: t.protocol,
    cipher: t.cipher,
    subject: t.subject,
    issuer: t.issuer,
    names: [...t.names],
    validFrom: t.validFrom,
    validTo: t.validTo,
    fingerprint256: t.fingerprint256,
    authorized: t.authorized,
  }
  if (t.authorizationError !== undefined) out.authorizationError = t.authorizationError
  return out
}

function copyTest(t: ReportedTest, m: Masker): ReportedTest {
  const r = t.result
  const result: TestResult = {
    ok: r.ok,
    verdict: r.verdict,
    stage: r.stage,
    steps: r.steps.map((s) => copyStep(s, m)),
    server: {
      protocol: r.server.protocol,
      host: r.server.host,
      port: r.server.port,
      security: r.server.security,
      username: m.username(r.server.username) ?? '',
    },
    serverResponse: r.serverResponse === null ? null : m.text(r.serverResponse),
    advice: copyAdvice(r.advice, m),
    durationMs: r.durationMs,
  }
  if (r.tls) result.tls = copyTls(r.tls)
  if (r.mailbox) result.mailbox = { messages: r.mailbox.messages }
  const out: ReportedTest = { at: t.at, result }
  if (t.accountId !== undefined) out.accountId = t.accountId
  return out
}

export function buildReport(input: ReportInput): AdminReport {
  const m = makeMasker(input)
  const report: AdminReport = {
    kind: REPORT_KIND,
    formatVersion: REPORT_FORMAT_VERSION,
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    app: {
      name: input.app.name,
      version: input.app.version,
      os: input.app.os,
      platform: input.app.platform,
      shell: input.app.shell,
    },
    masked: m.masked,
    accounts: (input.scan?.accounts ?? []).map((a) => copyAccount(a, m)),
    guidance: (input.scan?.accounts ?? []).flatMap((a) => {
      const g = input.guidance?.[a.id]
      if (!g) return []
      return [{ accountId: a.id, imap: g.imap, password: g.password, signIn: g.signIn, terms: g.terms, blockers: g.blockers.map((b) => b.code), steps: g.steps.map((st) => st.code) }]
    }),
    sources: (input.scan?.sources ?? []).map((s) => copySource(s, m)),
    scan: {
      ran: input.scan !== null,
      places: input.scan?.sources.length ?? 0,
      accounts: input.scan?.accounts.length ?? 0,
    },
    tests: input.tests.map((t) => copyTest(t, m)),
    // Pasted text may hold any address (the CRM's own error names the user): every address
    // is masked when masking, not only the ones the scan knows.
    pastedError: input.pastedError ? (m.masked ? maskAddressesIn(m.text(input.pastedError)) : input.pastedError) : null,
  }
  const secrets = (input.secrets ?? []).filter((s) => s.length > 0)
  return secrets.length === 0 ? report : removeSecretsDeep(report, secretRemover(secrets))
}

/**
 * The report as a JSON document (what "Save as JSON" writes): codes as the core gave them, and
 * each Note with its words in the report's language as `text`, as `--json` gives them.
 */
export function formatReportJson(report: AdminReport): string {
  return `${JSON.stringify(report, withNoteText, 2)}\n`
}
