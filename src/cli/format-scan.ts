import type { MailAccount, ScanResult, Security, ServerSettings } from '../model.js'

const SECURITY_WORDS: Record<Security, string> = {
  tls: 'SSL/TLS (encrypted from the start)',
  starttls: 'STARTTLS (encrypted after connecting)',
  none: 'none (not encrypted)',
}

function server(label: string, s: ServerSettings): string[] {
  const hostPort = s.host ? `${s.host}${s.port ? `:${s.port}` : ''}` : s.url ?? '(not stored)'
  return [
    `  ${label}: ${hostPort} (${s.protocol.toUpperCase()})`,
    `    Security: ${s.security ? SECURITY_WORDS[s.security] : 'unknown'}`,
    `    Username: ${s.username ?? '(not stored)'}`,
    `    Sign-in: ${s.auth ?? 'unknown'}`,
  ]
}

function account(a: MailAccount): string[] {
  const lines = [`${a.email ?? a.name}${a.provider ? ` (${a.provider.name})` : ''}`]
  lines.push(...server('Incoming mail server', a.incoming))
  if (a.pop3) lines.push(`    Leave mail on server: ${a.pop3.leaveOnServer ? 'yes' : 'no (mail is only on this computer)'}`)
  if (a.outgoing) lines.push(...server('Outgoing mail server', a.outgoing))
  for (const w of a.warnings) lines.push(`  Note: ${w}`)
  return lines
}

/** Human output: per client and profile, one block per account, then unreadable sources. */
export function formatScan(result: ScanResult): string {
  const out: string[] = []
  const groups = new Map<string, MailAccount[]>()
  for (const a of result.accounts) {
    const key = `${a.client}\u0000${a.profile}`
    groups.set(key, [...(groups.get(key) ?? []), a])
  }
  for (const [key, accounts] of groups) {
    const [client, profile] = key.split('\u0000')
    out.push(`== ${client} - ${profile} ==`, '')
    for (const a of accounts) out.push(...account(a), '')
  }
  if (result.accounts.length === 0) out.push('No mail accounts were found.', '')
  const problems = result.sources.filter((s) => s.status !== 'ok' && s.status !== 'not-found')
  if (problems.length) {
    out.push('Could not read:')
    for (const s of problems) out.push(`  ${s.client} at ${s.location}: ${s.status}${s.message ? `: ${s.message}` : ''}`)
    out.push('')
  }
  return out.join('\n')
}
