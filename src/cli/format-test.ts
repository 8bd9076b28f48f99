// Plain-text rendering of a test result and of advice for the terminal.
import { messagesWords, stageWords } from '../words/words.js'
import type { Advice, TestResult } from '../model.js'

export function formatAdvice(advice: Advice): string {
  const lines = [advice.title, '', `What happened: ${advice.what}`, `Why: ${advice.why}`, 'Next:']
  for (const step of advice.next) lines.push(`  - ${step}`)
  for (const link of advice.links) lines.push(`  Help: ${link.label}: ${link.url}`)
  return `${lines.join('\n')}\n`
}

export function formatTest(result: TestResult): string {
  const s = result.server
  const lines = [`Testing ${s.protocol.toUpperCase()} ${s.host}:${s.port} (${s.security}) as ${s.username}`, '']
  for (const step of result.steps) {
    const mark = step.ok ? 'ok  ' : 'FAIL'
    lines.push(`  ${mark} ${stageWords(step.stage).padEnd(32)} ${String(step.ms).padStart(5)} ms  ${step.detail.replace(/\s*\n\s*/g, ' | ').slice(0, 160)}`)
  }
  lines.push('')
  if (result.mailbox) {
    const where = s.protocol === 'imap' ? 'in its inbox' : 'for POP3 to download'
    lines.push(`The server holds ${messagesWords(result.mailbox.messages)} ${where}.`, '')
  }
  if (result.serverResponse && !result.ok) lines.push(`Server said: ${result.serverResponse}`, '')
  if (result.tls && !result.tls.authorized) {
    lines.push(
      'Certificate the server sent:',
      `  subject: ${result.tls.subject ?? '?'}`,
      `  issuer: ${result.tls.issuer ?? '?'}`,
      `  names: ${result.tls.names.join(', ') || '?'}`,
      `  valid: ${result.tls.validFrom ?? '?'} to ${result.tls.validTo ?? '?'}`,
      `  SHA-256 fingerprint: ${result.tls.fingerprint256 ?? '?'}`,
      '',
    )
  }
  lines.push(formatAdvice(result.advice).trimEnd(), '', `Took ${result.durationMs} ms.`)
  return `${lines.join('\n')}\n`
}
