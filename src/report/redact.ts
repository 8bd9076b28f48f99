// The one masking code: `scan --redact`, privacy mode and the admin report all use it.
// Hosts and ports stay; email local parts and usernames are masked (j***@example.com).
import type { MailAccount, ScanResult, ServerSettings } from '../model.js'

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

function redactServer(server: ServerSettings): ServerSettings {
  return { ...server, username: server.username === null ? null : maskUsername(server.username) }
}

export function redactAccount(account: MailAccount): MailAccount {
  const secrets = [account.email, account.incoming.username, account.outgoing?.username].filter(
    (value): value is string => !!value,
  )
  return {
    ...account,
    email: account.email === null ? null : maskEmail(account.email),
    name: scrubText(account.name, secrets),
    incoming: redactServer(account.incoming),
    outgoing: account.outgoing ? redactServer(account.outgoing) : null,
    warnings: account.warnings.map((w) => scrubText(w, secrets)),
  }
}

export function redactScan(scan: ScanResult): ScanResult {
  return { accounts: scan.accounts.map(redactAccount), sources: scan.sources.map((s) => ({ ...s })) }
}

/** Replace every occurrence of each secret (address or username) in free text by its mask. */
export function scrubText(text: string, secrets: string[]): string {
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < 2) continue
    out = out.split(secret).join(maskEmail(secret))
    const at = secret.lastIndexOf('@')
    if (at > 1) out = out.split(secret.slice(0, at)).join(maskLocalPart(secret.slice(0, at)))
  }
  return out
}
