// Plain-text rendering of a test result and of advice for the terminal.
import { stageWords, stepDetailWords } from '../words/words.js'
import type { Advice, TestResult } from '../model.js'
import { t } from '../i18n/i18n.js'
import { width } from './aligned-rows.js'

export function formatAdvice(advice: Advice): string {
  const lines = [advice.title, '', t('cli:advice.what', { text: advice.what }), t('cli:advice.why', { text: advice.why }), t('cli:advice.next')]
  for (const step of advice.next) lines.push(`  - ${step}`)
  for (const link of advice.links) lines.push(`  ${t('cli:advice.help', { label: link.label, url: link.url })}`)
  return `${lines.join('\n')}\n`
}

export function formatTest(result: TestResult): string {
  const s = result.server
  const lines = [t('cli:test.testing', { protocol: s.protocol.toUpperCase(), host: s.host, port: s.port, security: s.security, username: s.username }), '']
  // The stage column is as wide as the longest stage name in use, in the language in use
  // ("Funktionen des Servers werden abgefragt"), so the times stay in one column.
  const column = Math.max(0, ...result.steps.map((step) => width(stageWords(step.stage))))
  for (const step of result.steps) {
    const mark = step.ok ? t('cli:test.stepOk') : t('cli:test.stepFailed')
    const stage = stageWords(step.stage)
    const took = t('cli:test.ms', { ms: String(step.ms).padStart(5) })
    lines.push(`  ${mark} ${stage}${' '.repeat(column - width(stage))} ${took}  ${stepDetailWords(step).replace(/\s*\n\s*/g, ' | ').slice(0, 160)}`)
  }
  lines.push('')
  if (result.mailbox) {
    const messages = result.mailbox.messages
    lines.push(s.protocol === 'imap' ? t('cli:test.holdsInbox', { messages }) : t('cli:test.holdsPop', { messages }), '')
  }
  if (result.serverResponse && !result.ok) lines.push(t('cli:test.serverSaid', { text: result.serverResponse }), '')
  if (result.tls && !result.tls.authorized) {
    const tls = result.tls
    lines.push(
      t('cli:test.certificate'),
      `  ${t('cli:test.subject', { value: tls.subject ?? '?' })}`,
      `  ${t('cli:test.issuer', { value: tls.issuer ?? '?' })}`,
      `  ${t('cli:test.names', { value: tls.names.join(', ') || '?' })}`,
      `  ${t('cli:test.valid', { from: tls.validFrom ?? '?', to: tls.validTo ?? '?' })}`,
      `  ${t('cli:test.fingerprint', { value: tls.fingerprint256 ?? '?' })}`,
      '',
    )
  }
  lines.push(formatAdvice(result.advice).trimEnd(), '', t('cli:test.took', { ms: result.durationMs }))
  return `${lines.join('\n')}\n`
}
