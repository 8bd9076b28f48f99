// The admin report as plain text: what "Copy as text" puts on the clipboard, to paste
// into a ticket or a chat. Built from an already masked AdminReport (report.ts).
import { authWords, blockerTitle, passwordWords, signInWords, clientName, imapAccessWords, localMailWords, noteText, notesText, notKnown, protocolName, securityWords, stepDetailWords, accountNameWords, profileWords } from '../words/words.js'
import { formatMoment, t } from '../i18n/i18n.js'
import type { MailAccount, ServerSettings, SourceReport } from '../model.js'
import type { AdminReport, ReportedGuidance, ReportedTest, ScanSummary } from './report.js'

function serverLine(label: string, s: ServerSettings): string {
  const notStored = t('report:notStored')
  const where = s.host ? `${s.host}${s.port !== null ? `:${s.port}` : ''}` : (s.url ?? notStored)
  const security = s.security ? securityWords(s.security) : t('report:securityNotKnown')
  const signIn = s.auth ? authWords(s.auth) : notKnown()
  return `    ${t('report:server', { label, protocol: protocolName(s.protocol), where, security, username: s.username ?? notStored, signIn })}`
}

function guidanceLines(g: ReportedGuidance): string[] {
  // As written: lowercased, German's "nachdem Sie" would become "sie" (they), and "kein IMAP" "kein imap".
  const access = imapAccessWords(g.imap)
  const lines = [`    ${t('report:forCrm', { access, password: g.password ? `${passwordWords(g)} [${g.password}]` : t('report:notKnown'), signIn: g.signIn ? `${signInWords(g.signIn)} [${g.signIn}]` : t('report:none') })}`]
  for (const code of g.blockers) lines.push(`    ${t('report:blocker', { code, title: blockerTitle(code) })}`)
  if (g.steps.length) lines.push(`    ${t('report:steps', { steps: g.steps.join(', ') })}`)
  return lines
}

function accountLines(a: MailAccount, guidance: ReportedGuidance | undefined): string[] {
  const name = t('report:account', { name: a.email ?? accountNameWords(a), client: clientName(a.client), profile: profileWords(a) })
  const lines = [`  - ${name}${a.provider ? `, ${a.provider.name}` : ''}`, serverLine(t('report:incoming'), a.incoming)]
  if (a.pop3) lines.push(`    ${a.pop3.leaveOnServer ? t('report:leaveOnServer') : t('report:leaveOnServerNo')}`)
  if (a.localMail) lines.push(`    ${t('report:mailHere', { count: localMailWords(a.localMail) })}`)
  else if (a.localMail === null) lines.push(`    ${t('report:mailHereNotCounted')}`)
  if (a.localMailReason) lines.push(`      ${noteText(a.localMailReason)}`)
  if (a.outgoing) lines.push(serverLine(t('report:outgoing'), a.outgoing))
  if (guidance) lines.push(...guidanceLines(guidance))
  // The readers note facts only; what they mean for the CRM is the core's (guidanceLines).
  for (const w of a.warnings) lines.push(`    ${t('report:note', { note: noteText(w) })}`)
  return lines
}

function sourceLine(s: SourceReport): string[] {
  const lines = [`  - ${t('report:source', { name: s.label ?? clientName(s.client), status: s.status, accounts: s.accounts, location: s.location })}`]
  if (s.message) lines.push(`    ${notesText(s.message)}`)
  return lines
}

function testLines(test: ReportedTest): string[] {
  const r = test.result
  const s = r.server
  const outcome = r.ok ? t('report:worked') : t('report:failedAt', { stage: r.stage ?? t('report:unknownStep'), verdict: r.verdict })
  const summary = t('report:test', { protocol: s.protocol.toUpperCase(), host: s.host, port: s.port, security: securityWords(s.security), username: s.username, outcome, ms: r.durationMs })
  const lines = [`  - ${formatMoment(test.at)} ${summary}`]
  for (const step of r.steps) {
    // Stage codes and the server's words as it said them (our words beside them): this part is for the admin.
    const mark = step.ok ? 'ok  ' : 'FAIL'
    lines.push(`      ${mark} ${step.stage.padEnd(12)} ${String(step.ms).padStart(6)} ms  ${stepDetailWords(step)}`)
  }
  if (r.mailbox) lines.push(`      ${s.protocol === 'imap' ? t('report:holdsInbox', { messages: r.mailbox.messages }) : t('report:holds', { messages: r.mailbox.messages })}`)
  if (r.serverResponse) lines.push(`      ${t('report:serverSaid', { text: r.serverResponse })}`)
  if (r.tls) {
    const trust = r.tls.authorized ? t('report:trusted') : t('report:notTrusted', { reason: r.tls.authorizationError ?? t('report:unknownReason') })
    lines.push(`      ${t('report:tls', { protocol: r.tls.protocol ?? '?', names: r.tls.names.join(', ') || r.tls.subject || '?', issuer: r.tls.issuer ?? '?', trust })}`)
  }
  if (!r.ok) {
    lines.push(`      ${r.advice.title}`)
    for (const next of r.advice.next) lines.push(`        * ${next}`)
  }
  return lines
}

function scanLine(scan: ScanSummary): string {
  return scan.ran ? t('report:scanned', { accounts: scan.accounts, places: scan.places }) : t('report:notRun')
}

export function formatReportText(report: AdminReport): string {
  const out = [
    t('report:title'),
    t('report:created', { date: formatMoment(report.generatedAt) }),
    t('report:app', { name: report.app.name, version: report.app.version, shell: report.app.shell }),
    t('report:system', { os: report.app.os, platform: report.app.platform }),
    report.masked ? t('report:masked') : t('report:unmasked'),
    t('report:passwords'),
    '',
    t('report:scan', { summary: scanLine(report.scan) }),
    t('report:whereWeLooked', { count: report.sources.length }),
    ...(report.sources.length ? report.sources.flatMap(sourceLine) : [`  ${report.scan.ran ? t('report:noProgram') : t('report:noScan')}`]),
    '',
    t('report:accounts', { count: report.accounts.length }),
    ...(report.accounts.length ? report.accounts.flatMap((a) => accountLines(a, report.guidance?.find((g) => g.accountId === a.id))) : [`  ${t('report:noneFound')}`]),
    '',
    t('report:lastTests', { count: report.tests.length }),
    ...(report.tests.length ? report.tests.flatMap(testLines) : [`  ${t('report:noTest')}`]),
    '',
    t('report:lastPasted'),
    ...(report.pastedError ? report.pastedError.split(/\r?\n/).map((line) => `  ${line}`) : [`  ${t('report:nonePasted')}`]),
  ]
  return `${out.join('\n')}\n`
}
