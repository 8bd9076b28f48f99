// `scan` / `demo` human output: per client and profile, one block per account in plain
// words with the guidance core's answer for a CRM, then one line per source that could not be
// read and why.
import {
  accountNameWords,
  profileWords,
  authWords,
  blockerTitle,
  clientName,
  imapAccessWords,
  localMailWords,
  notKnown,
  noteText,
  notesText,
  noteWords,
  passwordWords,
  protocolName,
  securityWords,
  signInWords,
  sourceStatusWords,
} from '../words/words.js'
import type { Guidance, MailAccount, ScanResult, ServerSettings, SourceReport } from '../model.js'
import { t } from '../i18n/i18n.js'
import { alignRows, labelled, row as field, type Line } from './aligned-rows.js'

export interface ScanGuidance {
  /** The core's answer per account (same order as the scan's accounts); null where it failed. */
  answers: (Guidance | null)[]
  /** Name each account's id for `connect --account ID` (not in redacted output: ids can hold names). */
  showIds: boolean
  /**
   * What the scan read besides the user's own home (`scan --home DIR`, `--registry FILE`, and
   * the sample home of `demo`): `connect --account ID` finds the account only when it reads
   * the same place, so its command names it too.
   */
  read?: { home?: string; registry?: string }
}

/**
 * A word as a shell takes it back unchanged: Apple Mail's ids hold a space ("Mail V2") and
 * folders may hold anything. Single quotes in POSIX shells; double quotes on Windows, where
 * cmd.exe and PowerShell both take them (a Windows path cannot hold a double quote).
 */
function shellWord(word: string, platform: NodeJS.Platform = process.platform): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word
  if (platform === 'win32') return `"${word}"`
  return `'${word.replaceAll("'", `'\\''`)}'`
}

/** The `connect --account` command that finds this account again, ready to paste. */
function connectCommand(a: MailAccount, read: NonNullable<ScanGuidance['read']>): string {
  const words = ['mail-settings-inspector', 'connect', '--account', a.id]
  // Classic Outlook's accounts come from the registry export; every other client's from the home.
  if (a.client === 'outlook' && read.registry) words.push('--registry', read.registry)
  else if (read.home) words.push('--home', read.home)
  return words.map((w) => shellWord(w)).join(' ')
}

function serverLines(label: string, s: ServerSettings): Line[] {
  const where = s.host ?? s.url
  const protocol = protocolName(s.protocol)
  const server = where ? t('cli:scan.server', { server: where, protocol }) : t('cli:scan.serverNoAddress', { protocol })
  const notStored = t('cli:scan.notStored')
  const lines: Line[] = [field('  ', label, server)]
  if (s.url && s.host) lines.push(field('    ', t('cli:label.address'), s.url))
  lines.push(field('    ', t('cli:label.port'), s.port === null ? notStored : String(s.port)))
  lines.push(field('    ', t('cli:label.security'), s.security ? securityWords(s.security) : notKnown()))
  lines.push(field('    ', t('cli:label.username'), s.username ?? notStored))
  lines.push(field('    ', t('cli:label.signIn'), s.auth ? authWords(s.auth) : notKnown()))
  return lines
}

/** What the CRM needs, in the core's words; `connect --account ID` prints the steps. */
function guidanceLines(g: Guidance, command: string | null): Line[] {
  const lines: Line[] = [field('  ', t('cli:label.forCrm'), t('cli:scan.imap', { access: imapAccessWords(g.imap) })), field('    ', t('cli:label.password'), passwordWords(g))]
  if (g.signIn) lines.push(field('    ', t('cli:label.best'), t('cli:scan.bestButton', { button: signInWords(g.signIn) })))
  for (const b of g.blockers) lines.push(`    ! ${blockerTitle(b.code)}`)
  for (const n of g.notes) lines.push(`    ${t('cli:scan.goodToKnow', { note: noteWords(n, g) })}`)
  if (command) lines.push(`    ${labelled(t('cli:label.steps'), command)}`)
  return lines
}

function accountLines(a: MailAccount, guidance: Guidance | null, how: ScanGuidance): Line[] {
  const name = accountNameWords(a)
  const title = a.email ?? name
  const lines: Line[] = [`${title}${a.provider ? ` (${a.provider.name})` : ''}`]
  if (name !== title) lines.push(field('  ', t('cli:label.accountName'), name))
  lines.push(...serverLines(t('cli:label.incoming'), a.incoming))
  if (a.pop3) {
    lines.push(field('    ', t('cli:label.leaveOnServer'), a.pop3.leaveOnServer ? t('cli:scan.leaveYes') : t('cli:scan.leaveNo')))
  }
  if (a.localMail) lines.push(field('  ', t('cli:label.mailHere'), localMailWords(a.localMail)))
  else if (a.localMail === null) lines.push(field('  ', t('cli:label.mailHere'), t('cli:scan.notCounted')))
  if (a.localMailReason) lines.push(`    ${noteText(a.localMailReason)}`)
  if (a.outgoing) lines.push(...serverLines(t('cli:label.outgoing'), a.outgoing))
  else lines.push(field('  ', t('cli:label.outgoing'), t('cli:scan.none')))
  if (guidance) lines.push(...guidanceLines(guidance, how.showIds ? connectCommand(a, how.read ?? {}) : null))
  for (const w of a.warnings) lines.push(`  ${t('cli:scan.note', { note: noteText(w) })}`)
  return lines
}

function problemLines(s: SourceReport): string[] {
  const lines = [`  ${labelled(`${s.label ?? clientName(s.client)}, ${s.location}`, sourceStatusWords(s.status))}${s.message ? `. ${notesText(s.message)}` : ''}`]
  // The fix in plain words (e.g. macOS Full Disk Access, or where a program shows its
  // settings), numbered as the user follows it.
  if (s.fix) {
    lines.push(`    ${t('cli:scan.whatToDo')}`)
    s.fix.steps.forEach((step, i) => lines.push(`      ${i + 1}. ${step}`))
    // The settings pane itself, for `open LINK` in a terminal (newest macOS form first).
    if (s.fix.links?.length) lines.push(`    ${t('cli:scan.opensDirectly', { links: s.fix.links.join(`  ${t('cli:scan.linkOr')}  `) })}`)
  }
  return lines
}

/** Human output for a ScanResult. */
export function formatScan(result: ScanResult, guidance: ScanGuidance = { answers: [], showIds: false }): string {
  const out: Line[] = []
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
    const heading = t('cli:scan.heading', { client: clientName(first.client), profile: profileWords(first) })
    out.push(heading, '='.repeat(Math.min(heading.length, 78)), '')
    for (const a of accounts) out.push(...accountLines(a, answerOf.get(a) ?? null, guidance), '')
  }
  if (result.accounts.length === 0) out.push(t('cli:scan.noAccounts'), '')
  const problems = result.sources.filter((s) => s.status !== 'ok')
  if (problems.length > 0) {
    out.push(t('cli:scan.problems'))
    for (const s of problems) out.push(...problemLines(s))
    out.push('')
  }
  const noted = result.sources.filter((s) => s.status === 'ok' && s.accounts > 0 && s.message)
  if (noted.length > 0) {
    out.push(t('cli:scan.notes'))
    for (const s of noted) out.push(`  ${labelled(`${clientName(s.client)}, ${s.location}`, notesText(s.message ?? []))}`)
    out.push('')
  }
  const empty = result.sources.filter((s) => s.status === 'ok' && s.accounts === 0)
  if (empty.length > 0) {
    out.push(t('cli:scan.empty'))
    for (const s of empty) out.push(`  ${clientName(s.client)}, ${s.location}`)
    out.push('')
  }
  return alignRows(out).join('\n')
}
