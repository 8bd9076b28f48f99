// A scan with every identity masked (`scan --redact`, the report): hosts and ports stay.
import type { MailAccount, Note, NoteParams, ScanResult, ServerSettings, SourceReport } from '../model.js'
import { homeUserOf, maskEmail, maskHomePath, maskIdentities, maskUsername } from './mask-identities.js'

function redactServer(server: ServerSettings): ServerSettings {
  return { ...server, username: server.username === null ? null : maskUsername(server.username) }
}

/**
 * A note with `mask` applied to each of its text values (a path, a profile, a server's words);
 * the code, numbers and the codes of the words it names stay as they are.
 */
export function maskNote(said: Note, mask: (text: string) => string): Note {
  if (!said.params) return { code: said.code }
  const params: NoteParams = {}
  for (const [name, value] of Object.entries(said.params)) {
    params[name] = typeof value === 'string' && !/^notes:[\w.]+$/.test(value) ? mask(value) : value
  }
  return { code: said.code, params }
}

/** Every private value of an account: what privacy mode and the report must never show. */
export function privateValuesOf(account: MailAccount): string[] {
  return [account.email, account.incoming.username, account.outgoing?.username].filter(
    (value): value is string => !!value,
  )
}

/** `otherSecrets`: the other accounts' values, which a warning may name (a POP3 account's target). */
export function redactAccount(account: MailAccount, otherSecrets: string[] = []): MailAccount {
  const secrets = [...privateValuesOf(account), ...otherSecrets]
  const homeUser = homeUserOf(account.profile)
  if (homeUser) secrets.push(homeUser)
  return {
    ...account,
    email: account.email === null ? null : maskEmail(account.email),
    name: maskIdentities(account.name, secrets),
    profile: maskIdentities(maskHomePath(account.profile), secrets),
    ...(account.nameNote ? { nameNote: maskNote(account.nameNote, (text) => maskIdentities(text, secrets)) } : {}),
    ...(account.profileNote ? { profileNote: maskNote(account.profileNote, (text) => maskIdentities(maskHomePath(text), secrets)) } : {}),
    incoming: redactServer(account.incoming),
    outgoing: account.outgoing ? redactServer(account.outgoing) : null,
    warnings: account.warnings.map((w) => maskNote(w, (text) => maskIdentities(maskHomePath(text), secrets))),
    ...(account.localMailReason ? { localMailReason: maskNote(account.localMailReason, (text) => maskIdentities(maskHomePath(text), secrets)) } : {}),
  }
}

export function redactSource(source: SourceReport, secrets: string[] = []): SourceReport {
  const homeUser = homeUserOf(source.location)
  const all = homeUser ? [...secrets, homeUser] : secrets
  const out: SourceReport = { ...source, location: maskHomePath(source.location) }
  if (source.message !== undefined) out.message = source.message.map((m) => maskNote(m, (text) => maskIdentities(maskHomePath(text), all)))
  if (source.fix) out.fix = { ...source.fix, steps: source.fix.steps.map((s) => maskIdentities(s, all)) }
  return out
}

export function redactScan(scan: ScanResult): ScanResult {
  const secrets = scan.accounts.flatMap(privateValuesOf)
  return { accounts: scan.accounts.map((a) => redactAccount(a, secrets)), sources: scan.sources.map((s) => redactSource(s, secrets)) }
}
