// The admin report as plain text: what "Copy as text" puts on the clipboard, to paste
// into a ticket or a chat. Built from an already masked AdminReport (report.ts).
import { authWords, blockerTitle, clientName, imapAccessWords, localMailWords, messagesWords, notKnown, protocolName, securityWords } from '../words/words.js'
import type { MailAccount, ServerSettings, SourceReport } from '../model.js'
import type { AdminReport, ReportedGuidance, ReportedTest, ScanSummary } from './report.js'

function serverLine(label: string, s: ServerSettings): string {
  const where = s.host ? `${s.host}${s.port !== null ? `:${s.port}` : ''}` : (s.url ?? '(not stored)')
  const security = s.security ? securityWords(s.security) : `security ${notKnown().toLowerCase()}`
  return `    ${label}: ${protocolName(s.protocol)} ${where}, ${security}, username ${s.username ?? '(not stored)'}, sign-in ${s.auth ? authWords(s.auth) : notKnown()}`
}

function guidanceLines(g: ReportedGuidance): string[] {
  const lines = [`    For the CRM: IMAP ${imapAccessWords(g.imap).toLowerCase()}; password ${g.password ?? 'not known'}; sign-in button ${g.signIn ?? 'none'}`]
  for (const code of g.blockers) lines.push(`    Blocker [${code}]: ${blockerTitle(code)}`)
  if (g.steps.length) lines.push(`    Steps: ${g.steps.join(', ')}`)
  return lines
}

function accountLines(a: MailAccount, guidance: ReportedGuidance | undefined): string[] {
  const head = `  - ${a.email ?? a.name} (${clientName(a.client)}, profile ${a.profile})${a.provider ? `, ${a.provider.name}` : ''}`
  const lines = [head, serverLine('Incoming', a.incoming)]
  if (a.pop3) {
    lines.push(`    Leave mail on server: ${a.pop3.leaveOnServer ? 'yes' : 'NO - mail may exist only on this computer'}`)
  }
  if (a.localMail) lines.push(`    Mail on this computer: ${localMailWords(a.localMail)}`)
  else if (a.localMail === null) lines.push('    Mail on this computer: not counted')
  if (a.localMailReason) lines.push(`      ${a.localMailReason}`)
  if (a.outgoing) lines.push(serverLine('Outgoing', a.outgoing))
  if (guidance) lines.push(...guidanceLines(guidance))
  // The readers note facts only; what they mean for the CRM is the core's (guidanceLines).
  for (const w of a.warnings) lines.push(`    Note: ${w}`)
  return lines
}

function sourceLine(s: SourceReport): string[] {
  const lines = [`  - ${s.label ?? clientName(s.client)}: ${s.status}, ${s.accounts} account(s) at ${s.location}`]
  if (s.message) lines.push(`    ${s.message}`)
  return lines
}

function testLines(t: ReportedTest): string[] {
  const r = t.result
  const s = r.server
  const outcome = r.ok ? 'login worked' : `failed at ${r.stage ?? 'unknown step'}: ${r.verdict}`
  const lines = [
    `  - ${t.at} ${s.protocol.toUpperCase()} ${s.host}:${s.port} ${securityWords(s.security)} as ${s.username}: ${outcome} (${r.durationMs} ms)`,
  ]
  for (const step of r.steps) {
    lines.push(`      ${step.ok ? 'ok  ' : 'FAIL'} ${step.stage.padEnd(12)} ${String(step.ms).padStart(6)} ms  ${step.detail}`)
  }
  if (r.mailbox) lines.push(`      The server holds ${messagesWords(r.mailbox.messages)}${s.protocol === 'imap' ? ' in the inbox' : ''}`)
  if (r.serverResponse) lines.push(`      Server said: ${r.serverResponse}`)
  if (r.tls) {
    lines.push(
      `      TLS: ${r.tls.protocol ?? '?'}, certificate for ${r.tls.names.join(', ') || r.tls.subject || '?'} from ${r.tls.issuer ?? '?'}, ${r.tls.authorized ? 'trusted' : `not trusted (${r.tls.authorizationError ?? 'unknown reason'})`}`,
    )
  }
  if (!r.ok) {
    lines.push(`      ${r.advice.title}`)
    for (const next of r.advice.next) lines.push(`        * ${next}`)
  }
  return lines
}

function scanLine(scan: ScanSummary): string {
  if (!scan.ran) return 'not run yet'
  const accounts = scan.accounts === 1 ? '1 account' : `${scan.accounts} accounts`
  const places = scan.places === 1 ? '1 place' : `${scan.places} places`
  return `${accounts} found, ${places} read`
}

export function formatReportText(report: AdminReport): string {
  const out = [
    'Mail Settings Inspector report',
    `Created: ${report.generatedAt}`,
    `App: ${report.app.name} ${report.app.version} (${report.app.shell})`,
    `System: ${report.app.os} (${report.app.platform})`,
    `Usernames and addresses: ${report.masked ? 'masked' : 'shown in full'}`,
    'Passwords: never included',
    '',
    `Scan: ${scanLine(report.scan)}`,
    `Where we looked (${report.sources.length})`,
    ...(report.sources.length ? report.sources.flatMap(sourceLine) : [report.scan.ran ? '  (no mail program found in the places checked)' : '  (no scan yet)']),
    '',
    `Accounts (${report.accounts.length})`,
    ...(report.accounts.length ? report.accounts.flatMap((a) => accountLines(a, report.guidance?.find((g) => g.accountId === a.id))) : ['  (none found)']),
    '',
    `Last tests (${report.tests.length})`,
    ...(report.tests.length ? report.tests.flatMap(testLines) : ['  (no test run yet)']),
    '',
    'Last pasted error',
    ...(report.pastedError ? report.pastedError.split(/\r?\n/).map((line) => `  ${line}`) : ['  (none pasted)']),
  ]
  return `${out.join('\n')}\n`
}
