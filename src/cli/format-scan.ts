// `scan` / `demo` human output: per client and profile, one block per account in plain
// words with the guidance core's answer for a CRM, then one line per source that could not be
// read and why.
import {
  authWords,
  blockerTitle,
  clientName,
  imapAccessWords,
  localMailWords,
  notKnown,
  noteWords,
  passwordWords,
  protocolName,
  securityWords,
  signInWords,
  sourceStatusWords,
} from '../words/words.js'
import type { Guidance, MailAccount, ScanResult, ServerSettings, SourceReport } from '../model.js'

export interface ScanGuidance {
  /** The core's answer per account (same order as the scan's accounts); null where it failed. */
  answers: (Guidance | null)[]
  /** Name each account's id for `connect --account ID` (not in redacted output: ids can hold names). */
  showIds: boolean
}

const LABEL_WIDTH = 26

function field(indent: string, label: string, value: string): string {
  return `${indent}${`${label}:`.padEnd(LABEL_WIDTH - indent.length)}${value}`
}

function serverLines(label: string, s: ServerSettings): string[] {
  const where = s.host ?? s.url
  const server = where ? `${where} (${protocolName(s.protocol)})` : `${protocolName(s.protocol)}, no server address stored`
  const lines = [field('  ', label, server)]
  if (s.url && s.host) lines.push(field('    ', 'Address', s.url))
  lines.push(field('    ', 'Port', s.port === null ? '(not stored)' : String(s.port)))
  lines.push(field('    ', 'Security', s.security ? securityWords(s.security) : notKnown()))
  lines.push(field('    ', 'Username', s.username ?? '(not stored)'))
  lines.push(field('    ', 'Sign-in', s.auth ? authWords(s.auth) : notKnown()))
  return lines
}

/** What the CRM needs, in the core's words; `connect --account ID` prints the steps. */
function guidanceLines(g: Guidance, id: string | null): string[] {
  const lines = [field('  ', 'For a CRM', `IMAP: ${imapAccessWords(g.imap)}`), field('    ', 'Password', passwordWords(g))]
  if (g.signIn) lines.push(field('    ', 'Best', `your CRM's "${signInWords(g.signIn)}" button`))
  for (const b of g.blockers) lines.push(`    ! ${blockerTitle(b.code)}`)
  for (const n of g.notes) lines.push(`    Good to know: ${noteWords(n, g)}`)
  if (id) lines.push(`    Steps: mail-settings-inspector connect --account ${id}`)
  return lines
}

function accountLines(a: MailAccount, guidance: Guidance | null, showId: boolean): string[] {
  const title = a.email ?? a.name
  const lines = [`${title}${a.provider ? ` (${a.provider.name})` : ''}`]
  if (a.name !== title) lines.push(field('  ', 'Account name', a.name))
  lines.push(...serverLines('Incoming mail server', a.incoming))
  if (a.pop3) {
    lines.push(
      field('    ', 'Leave mail on server', a.pop3.leaveOnServer ? 'Yes' : 'No (mail is removed from the server after download)'),
    )
  }
  if (a.localMail) lines.push(field('  ', 'Mail on this computer', localMailWords(a.localMail)))
  else if (a.localMail === null) lines.push(field('  ', 'Mail on this computer', 'Not counted'))
  if (a.localMailReason) lines.push(`    ${a.localMailReason}`)
  if (a.outgoing) lines.push(...serverLines('Outgoing mail server', a.outgoing))
  else lines.push(field('  ', 'Outgoing mail server', '(none)'))
  if (guidance) lines.push(...guidanceLines(guidance, showId ? a.id : null))
  for (const w of a.warnings) lines.push(`  Note: ${w}`)
  return lines
}

function problemLines(s: SourceReport): string[] {
  const lines = [`  ${s.label ?? clientName(s.client)}, ${s.location}: ${sourceStatusWords(s.status)}${s.message ? `. ${s.message}` : ''}`]
  // The fix in plain words (e.g. macOS Full Disk Access, or where a program shows its
  // settings), numbered as the user follows it.
  if (s.fix) {
    lines.push('    What to do:')
    s.fix.steps.forEach((step, i) => lines.push(`      ${i + 1}. ${step}`))
    // The settings pane itself, for `open LINK` in a terminal (newest macOS form first).
    if (s.fix.links?.length) lines.push(`    Opens that setting directly: ${s.fix.links.join('  or  ')}`)
  }
  return lines
}

/** Human output for a ScanResult. */
export function formatScan(result: ScanResult, guidance: ScanGuidance = { answers: [], showIds: false }): string {
  const out: string[] = []
  const answerOf = new Map(result.accounts.map((a, i) => [a, guidance.answers[i] ?? null]))
  const groups = new Map<string, MailAccount[]>()
  for (const a of result.accounts) {
    const key = `${a.client}\u0000${a.profile}`
    const group = groups.get(key)
    if (group) group.push(a)
    else groups.set(key, [a])
  }
  for (const accounts of groups.values()) {
    const first = accounts[0]!
    const heading = `${clientName(first.client)} - profile ${first.profile}`
    out.push(heading, '='.repeat(Math.min(heading.length, 78)), '')
    for (const a of accounts) out.push(...accountLines(a, answerOf.get(a) ?? null, guidance.showIds), '')
  }
  if (result.accounts.length === 0) out.push('No mail accounts were found.', '')
  const problems = result.sources.filter((s) => s.status !== 'ok')
  if (problems.length > 0) {
    out.push('Not everything could be read:')
    for (const s of problems) out.push(...problemLines(s))
    out.push('')
  }
  const noted = result.sources.filter((s) => s.status === 'ok' && s.accounts > 0 && s.message)
  if (noted.length > 0) {
    out.push('Notes on what was read:')
    for (const s of noted) out.push(`  ${clientName(s.client)}, ${s.location}: ${s.message}`)
    out.push('')
  }
  const empty = result.sources.filter((s) => s.status === 'ok' && s.accounts === 0)
  if (empty.length > 0) {
    out.push('Read, but no mail accounts set up:')
    for (const s of empty) out.push(`  ${clientName(s.client)}, ${s.location}`)
    out.push('')
  }
  return out.join('\n')
}
