// `lookup EMAIL [--offline] [--dns HOST:PORT] [--timeout MS] [--json]` (docs/cli.md):
// the settings for an address, where they came from, and the guidance core's answer for a CRM
// (IMAP, which password, the sign-in button, blockers). Exit 0 when settings were found, 1
// when none, 2 for bad usage.
import type { Guidance, LookupResult, ServerSettings } from '../model.js'
import { InvalidArgumentError, validateDnsServer } from '../api-validation.js'
import { checkMilliseconds } from './arg-checks.js'
import { cliInspector, orUsageError } from './core.js'
import { BadArgumentError, EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from './io.js'
import { parseCommandLine } from './command-line.js'
import {
  authWords,
  blockerTitle,
  blockerWhy,
  imapAccessWords,
  lookupSourceWords,
  noteText,
  passwordWords,
  securityWords,
  signInWords,
} from '../words/words.js'
import { t } from '../i18n/i18n.js'
import { jsonOutput } from './json-output.js'
import { alignRows, labelled, row as aligned, type Line } from './aligned-rows.js'

const KINDS = ['imap', 'pop3', 'smtp', 'exchange', 'ews', 'graph'] as const

function kindWords(protocol: string): string {
  const kind = KINDS.find((k) => k === protocol)
  return kind ? t(`cli:lookup.kind.${kind}`) : protocol
}

/** "  Port:      993": a row of the one aligned column (aligned-rows.ts). */
function row(label: string, value: string | number): Line {
  return aligned('  ', label, value)
}

interface LookupFlags {
  email: string
  offline: boolean
  dnsServer?: string
  timeoutMs?: number
  json: boolean
}

function checked<T>(flag: string, check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new BadArgumentError(`${flag}: ${error.message}`)
    throw error
  }
}

function parse(args: string[]): LookupFlags {
  const { values, positionals } = parseCommandLine({
    args,
    allowPositionals: true,
    options: {
      offline: { type: 'boolean', default: false },
      dns: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  if (positionals.length !== 1) throw new UsageError(t('cli:lookup.needsEmail'))
  const flags: LookupFlags = { email: positionals[0]!, offline: values.offline ?? false, json: values.json ?? false }
  if (values.timeout !== undefined) {
    flags.timeoutMs = checkMilliseconds('--timeout', values.timeout)
  }
  if (values.dns !== undefined) {
    const dns = values.dns
    flags.dnsServer = checked('--dns', () => validateDnsServer(dns))
  }
  return flags
}

function formatServer(s: ServerSettings): Line[] {
  const lines: Line[] = [kindWords(s.protocol)]
  if (s.host) lines.push(row(t('cli:label.server'), s.host))
  if (s.port !== null) lines.push(row(t('cli:label.port'), s.port))
  if (s.security) lines.push(row(t('cli:label.security'), securityWords(s.security)))
  if (s.username) lines.push(row(t('cli:label.username'), s.username))
  // A plain password sign-in says nothing about WHICH password: "For a CRM" says that.
  if (s.auth && s.auth !== 'password') lines.push(row(t('cli:label.signIn'), authWords(s.auth)))
  if (s.url) lines.push(row(t('cli:label.address'), s.url))
  return lines
}

/** What the CRM needs, in the core's words; `connect EMAIL` prints the steps and fields. */
function guidanceLines(g: Guidance): Line[] {
  const lines: Line[] = [t('cli:lookup.forCrm'), row('IMAP', imapAccessWords(g.imap)), row(t('cli:label.password'), passwordWords(g))]
  if (g.signIn) lines.push(row(t('cli:label.best'), t('cli:scan.bestButton', { button: signInWords(g.signIn) })))
  for (const b of g.blockers) lines.push(`  ! ${blockerTitle(b.code)}`, `    ${blockerWhy(b, g)}`)
  lines.push(row(t('cli:label.steps'), `mail-settings-inspector connect ${g.email ?? 'EMAIL'}`), '')
  return lines
}

export function formatLookup(result: LookupResult, guidance: Guidance | null = null): string {
  const out: Line[] = [t('cli:lookup.settingsFor', { email: result.email })]
  if (result.provider) out.push(labelled(t('cli:label.provider'), result.provider.name))
  out.push(t('cli:lookup.foundIn', { source: lookupSourceWords(result.source) }), '')
  // Mailbox servers first; Exchange/Graph endpoints are listed for completeness after them.
  for (const s of [...result.incoming, ...result.outgoing]) out.push(...formatServer(s), '')
  if (result.notes.length > 0) {
    out.push(t('cli:lookup.goodToKnow'))
    for (const said of result.notes) out.push(`  - ${noteText(said)}`)
    out.push('')
  }
  if (guidance) out.push(...guidanceLines(guidance))
  return alignRows(out).join('\n')
}

export async function runLookup(args: string[], io: CliIo): Promise<number> {
  const flags = parse(args)
  const api = cliInspector({
    lookup: { ...(flags.dnsServer ? { dnsServer: flags.dnsServer } : {}), ...(flags.timeoutMs ? { timeoutMs: flags.timeoutMs } : {}) },
  })
  const result = await orUsageError(api.lookup(flags.email, { offline: flags.offline }))
  // The same address right after: the core answers from this lookup (no second network round).
  const guidance = flags.json ? null : await api.guidance({ email: flags.email, offline: flags.offline }).catch(() => null)
  io.stdout(flags.json ? jsonOutput(result) : formatLookup(result, guidance))
  return result.source === 'none' ? EXIT_FAILED : EXIT_OK
}
