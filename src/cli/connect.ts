// `connect EMAIL [--offline] [--dns HOST:PORT] [--timeout MS] [--crm NAME] [--error TEXT] [--json]`
// and `connect --account ID [--home DIR] [--registry FILE] ... [--json]`: what the CRM needs
// (docs/cli.md). The answer is InspectorApi.guidance's, through the same validation as every
// UI; this file only prints it. Exit 0 when there is a way to connect, 1 when none, 2 usage.
import type { InspectorApi } from '../api.js'
import { validateArgs, validateDnsServer, validateTimeoutMs } from '../api-validation.js'
import type { Guidance, GuidanceFieldKey, GuidanceQuery } from '../model.js'
import {
  blockerTitle,
  fieldLabel,
  imapAccessWords,
  linkWords,
  messageTitle,
  noteWords,
  signInWords,
  blockerWhy,
  fieldValueWords,
  messageText,
  passwordWords,
  stepWords,
} from '../words/words.js'
import { labelled } from './aligned-rows.js'
import { shellCommand } from './shell-word.js'
import { cliInspector } from './core.js'
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from './io.js'
import { parseCommandLine } from './command-line.js'
import { t } from '../i18n/i18n.js'

interface ConnectFlags {
  query: GuidanceQuery
  home?: string
  registry?: string
  dns?: string
  timeoutMs?: number
  json: boolean
}

function parse(args: string[]): ConnectFlags {
  const { values, positionals } = parseCommandLine({
    args,
    allowPositionals: true,
    options: {
      account: { type: 'string' },
      home: { type: 'string' },
      registry: { type: 'string' },
      offline: { type: 'boolean', default: false },
      dns: { type: 'string' },
      timeout: { type: 'string' },
      crm: { type: 'string' },
      error: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  if (values.account === undefined && positionals.length !== 1) throw new UsageError(t('cli:connect.needsEmail'))
  if (values.account !== undefined && positionals.length > 0) throw new UsageError(t('cli:connect.notBoth'))
  if (values.account === undefined && (values.home !== undefined || values.registry !== undefined)) {
    throw new UsageError(t('cli:connect.homeWithAccount'))
  }
  let timeoutMs: number | undefined
  try {
    if (values.timeout !== undefined) {
      if (!/^\d{1,6}$/.test(values.timeout)) throw new UsageError(t('cli:connect.badTimeout', { value: values.timeout }))
      timeoutMs = validateTimeoutMs(Number(values.timeout))
    }
    if (values.dns !== undefined) validateDnsServer(values.dns)
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message)
  }
  const raw: Record<string, unknown> = values.account !== undefined ? { accountId: values.account } : { email: positionals[0] }
  if (values.offline) raw.offline = true
  if (values.crm !== undefined) raw.crmName = values.crm
  if (values.error !== undefined) raw.errorText = values.error
  let query: GuidanceQuery
  try {
    ;[query] = validateArgs('guidance', [raw])
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  return { query, home: values.home, registry: values.registry, dns: values.dns, ...(timeoutMs ? { timeoutMs } : {}), json: values.json ?? false }
}

/**
 * "Test the login here" means, at the command line, this command's own `test` with the
 * settings the CRM gets (the password is asked for, never put on the command line).
 */
function testCommand(g: Guidance): string | null {
  const field = (key: GuidanceFieldKey) => g.fields.find((f) => f.key === key)?.value
  const [host, port, security, user] = [field('imapHost'), field('imapPort'), field('imapSsl'), field('username')]
  if (!host || !port || !security || !user) return null
  return shellCommand(['mail-settings-inspector', 'test', '--protocol', 'imap', '--host', String(host), '--port', String(port), '--security', String(security), '--user', String(user)])
}

export function formatGuidance(g: Guidance): string {
  const out: string[] = [g.email ? t('cli:connect.title', { email: g.email }) : t('cli:connect.titleAccount')]
  if (g.provider) out.push(labelled(t('cli:label.provider'), g.provider.name))
  out.push(t('cli:connect.imap', { access: imapAccessWords(g.imap) }), t('cli:connect.password', { password: passwordWords(g) }))
  if (g.signIn) out.push(t('cli:connect.best', { button: signInWords(g.signIn) }))
  out.push('')
  for (const b of g.blockers) {
    out.push(`! ${blockerTitle(b.code)} [${b.code}]`, `  ${blockerWhy(b, g)}`)
  }
  if (g.blockers.length > 0) out.push('')
  out.push(t('cli:connect.whatToDo'))
  g.steps.forEach((s, i) => out.push(`  ${i + 1}. ${stepWords(s, g)}`))
  const test = g.steps.some((s) => s.code === 'test-login') ? testCommand(g) : null
  if (test) out.push(`     ${labelled(t('cli:connect.testWith'), test)}`)
  out.push('')
  if (g.fieldsUse !== 'none' && g.fields.length > 0) {
    out.push(g.fieldsUse === 'copy' ? t('cli:connect.copyFields') : t('cli:connect.fieldsAfterSignIn'))
    const width = Math.max(...g.fields.map((f) => fieldLabel(f.key).length))
    for (const f of g.fields) out.push(`  ${fieldLabel(f.key).padEnd(width)}  ${fieldValueWords(f.key, f.value)}`)
    out.push('')
  }
  for (const note of g.notes) out.push(t('cli:connect.goodToKnow', { note: noteWords(note, g) }))
  if (g.notes.length > 0) out.push('')
  for (const l of g.links) out.push(labelled(linkWords(l.code, g), l.url))
  if (g.links.length > 0) out.push('')
  for (const m of g.messages) out.push(t('cli:connect.copyAndSend', { title: messageTitle(m.code) }), '', ...messageText(m).split('\n').map((line) => `  ${line}`), '')
  return out.join('\n')
}

export async function runConnect(args: string[], io: CliIo, make: (flags: ConnectFlags) => InspectorApi = defaultInspector): Promise<number> {
  const flags = parse(args)
  const api = make(flags)
  let guidance: Guidance
  try {
    guidance = await api.guidance(flags.query)
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`)
    return EXIT_FAILED
  }
  io.stdout(flags.json ? `${JSON.stringify(guidance, null, 2)}\n` : formatGuidance(guidance))
  return guidance.fieldsUse === 'none' && !guidance.signIn ? EXIT_FAILED : EXIT_OK
}

function defaultInspector(flags: ConnectFlags): InspectorApi {
  return cliInspector({
    ...(flags.home ? { home: flags.home } : {}),
    ...(flags.registry ? { registryFile: flags.registry } : {}),
    ...(flags.dns ? { dnsServer: flags.dns } : {}),
    lookup: { ...(flags.timeoutMs ? { timeoutMs: flags.timeoutMs } : {}), ...(flags.dns ? { dnsServer: flags.dns } : {}) },
  })
}
