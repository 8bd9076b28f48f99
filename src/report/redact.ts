// The one masking code: `scan --redact`, privacy mode and the admin report all use it.
// Hosts and ports stay; email local parts and usernames are masked (j***@example.com).
// Pure TypeScript with no Node imports: the renderer's privacy mode runs this same code.
import type { MailAccount, ScanResult, ServerSettings, SourceReport } from '../model.js'

/** What a removed secret (a typed password) is replaced by in any text. */
export const SECRET_PLACEHOLDER = '[removed]'

/** "john.doe" -> "j***"; keeps one character so two accounts stay tellable apart. */
export function maskLocalPart(local: string): string {
  if (local.length === 0) return local
  return `${Array.from(local)[0]}***`
}

/** "john@example.com" -> "j***@example.com"; a value with no @ is masked whole. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@')
  if (at < 0) return maskLocalPart(value)
  return `${maskLocalPart(value.slice(0, at))}${value.slice(at)}`
}

/** Usernames are either an address or a bare name; both are masked the same way. */
export const maskUsername = maskEmail

// The computer's account name sits in every path under a home folder; it is often the
// person's name, so it is masked like a username. Covers macOS, Linux and Windows homes.
const HOME_PATTERNS: RegExp[] = [
  /^(\/Users\/)([^/]+)/,
  /^(\/home\/)([^/]+)/,
  /^([A-Za-z]:\\Users\\)([^\\]+)/i,
  /^([A-Za-z]:\/Users\/)([^/]+)/i,
]

// "/Users/john/Library/Mail" becomes "/Users/j(masked)/Library/Mail"; other paths are unchanged.
export function maskHomePath(location: string): string {
  for (const pattern of HOME_PATTERNS) {
    const match = pattern.exec(location)
    if (match?.[1] && match[2]) {
      const name = match[2]
      if (name === 'Shared' || name === 'Public') return location
      return `${match[1]}${maskLocalPart(name)}${location.slice(match[0].length)}`
    }
  }
  return location
}

/** The account name inside a home path, if the path is under a home folder. */
export function homeUserOf(location: string): string | null {
  for (const pattern of HOME_PATTERNS) {
    const match = pattern.exec(location)
    if (match?.[2] && match[2] !== 'Shared' && match[2] !== 'Public') return match[2]
  }
  return null
}

function redactServer(server: ServerSettings): ServerSettings {
  return { ...server, username: server.username === null ? null : maskUsername(server.username) }
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
    name: scrubText(account.name, secrets),
    profile: scrubText(maskHomePath(account.profile), secrets),
    incoming: redactServer(account.incoming),
    outgoing: account.outgoing ? redactServer(account.outgoing) : null,
    warnings: account.warnings.map((w) => scrubText(maskHomePath(w), secrets)),
  }
}

export function redactSource(source: SourceReport, secrets: string[] = []): SourceReport {
  const homeUser = homeUserOf(source.location)
  const all = homeUser ? [...secrets, homeUser] : secrets
  const out: SourceReport = { ...source, location: maskHomePath(source.location) }
  if (source.message !== undefined) out.message = scrubText(source.message, all)
  if (source.fix) out.fix = { ...source.fix, steps: source.fix.steps.map((s) => scrubText(s, all)) }
  return out
}

export function redactScan(scan: ScanResult): ScanResult {
  const secrets = scan.accounts.flatMap(privateValuesOf)
  return { accounts: scan.accounts.map((a) => redactAccount(a, secrets)), sources: scan.sources.map((s) => redactSource(s, secrets)) }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Replace `needle` everywhere in `text`, ignoring case (servers echo names in any case). */
function replaceAllIgnoringCase(text: string, needle: string, by: string): string {
  return text.replace(new RegExp(escapeRegExp(needle), 'gi'), () => by)
}

/** Replace every occurrence of each secret (address or username) in free text by its mask. */
export function scrubText(text: string, secrets: string[]): string {
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < 2) continue
    out = replaceAllIgnoringCase(out, secret, maskEmail(secret))
    const at = secret.lastIndexOf('@')
    if (at > 1) out = replaceAllIgnoringCase(out, secret.slice(0, at), maskLocalPart(secret.slice(0, at)))
  }
  return out
}

// An address anywhere in free text: the local part is what masking hides. Already masked
// ones ("j***@example.com") do not match, since "*" is not in the local-part class.
const ADDRESS_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g

/** Mask every email address in free text, known or not (a server echoing a typed address). */
export function maskAddressesIn(text: string): string {
  return text.replace(ADDRESS_IN_TEXT, (address) => maskEmail(address))
}

/** Remove typed passwords (or any value that must never be shown) from free text entirely. */
export function removeSecrets(text: string, secrets: string[]): string {
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length === 0) continue
    // A very short secret is removed only where it stands alone, so ordinary words survive.
    out =
      secret.length >= 4
        ? out.split(secret).join(SECRET_PLACEHOLDER)
        : out.replace(new RegExp(`(?<=^|\\s)${escapeRegExp(secret)}(?=$|\\s)`, 'g'), () => SECRET_PLACEHOLDER)
  }
  return out
}
