// `lookup EMAIL [--offline] [--dns HOST:PORT] [--timeout MS] [--json]` (docs/cli.md):
// the settings for an address, where they came from, and the guidance core's answer for a CRM
// (IMAP, which password, the sign-in button, blockers). Exit 0 when settings were found, 1
// when none, 2 for bad usage.
import type { Guidance, LookupResult, ServerSettings } from '../model.js'
import { InvalidArgumentError, validateDnsServer } from '../api-validation.js'
import { checkMilliseconds } from './arg-checks.js'
import { cliInspector, orUsageError } from './core.js'
import { BadArgumentError, EXIT_FAILED, EXIT_OK, UsageError, parseCommandLine, type CliIo } from './io.js'
import {
  authWords,
  blockerTitle,
  blockerWhy,
  imapAccessWords,
  lookupSourceWords,
  passwordWords,
  securityWords,
  signInWords,
} from '../words/words.js'

const KIND_WORDS: Record<string, string> = {
  imap: 'Incoming mail server (IMAP)',
  pop3: 'Incoming mail server (POP3)',
  smtp: 'Outgoing mail server (SMTP)',
  exchange: 'Exchange server',
  ews: 'Exchange Web Services',
  graph: 'Microsoft Graph',
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
  if (positionals.length !== 1) throw new UsageError('lookup needs exactly one email address.')
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

function formatServer(s: ServerSettings): string {
  const lines = [`${KIND_WORDS[s.protocol] ?? s.protocol}`]
  if (s.host) lines.push(`  Server:    ${s.host}`)
  if (s.port !== null) lines.push(`  Port:      ${s.port}`)
  if (s.security) lines.push(`  Security:  ${securityWords(s.security)}`)
  if (s.username) lines.push(`  Username:  ${s.username}`)
  // A plain password sign-in says nothing about WHICH password: "For a CRM" says that.
  if (s.auth && s.auth !== 'password') lines.push(`  Sign-in:   ${authWords(s.auth)}`)
  if (s.url) lines.push(`  Address:   ${s.url}`)
  return lines.join('\n')
}

/** What the CRM needs, in the core's words; `connect EMAIL` prints the steps and fields. */
function guidanceLines(g: Guidance): string[] {
  const lines = ['For a CRM:', `  IMAP:      ${imapAccessWords(g.imap)}`, `  Password:  ${passwordWords(g)}`]
  if (g.signIn) lines.push(`  Best:      your CRM's "${signInWords(g.signIn)}" button`)
  for (const b of g.blockers) lines.push(`  ! ${blockerTitle(b.code)}`, `    ${blockerWhy(b, g)}`)
  lines.push(`  Steps:     mail-settings-inspector connect ${g.email ?? 'EMAIL'}`, '')
  return lines
}

export function formatLookup(result: LookupResult, guidance: Guidance | null = null): string {
  const out = [`Settings for ${result.email}`]
  if (result.provider) out.push(`Provider: ${result.provider.name}`)
  out.push(`Found in: ${lookupSourceWords(result.source)}`, '')
  // Mailbox servers first; Exchange/Graph endpoints are listed for completeness after them.
  for (const s of [...result.incoming, ...result.outgoing]) out.push(formatServer(s), '')
  if (result.notes.length > 0) {
    out.push('Good to know:')
    for (const note of result.notes) out.push(`  - ${note}`)
    out.push('')
  }
  if (guidance) out.push(...guidanceLines(guidance))
  return `${out.join('\n')}`
}

export async function runLookup(args: string[], io: CliIo): Promise<number> {
  const flags = parse(args)
  const api = cliInspector({
    lookup: { ...(flags.dnsServer ? { dnsServer: flags.dnsServer } : {}), ...(flags.timeoutMs ? { timeoutMs: flags.timeoutMs } : {}) },
  })
  const result = await orUsageError(api.lookup(flags.email, { offline: flags.offline }))
  // The same address right after: the core answers from this lookup (no second network round).
  const guidance = flags.json ? null : await api.guidance({ email: flags.email, offline: flags.offline }).catch(() => null)
  io.stdout(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatLookup(result, guidance))
  return result.source === 'none' ? EXIT_FAILED : EXIT_OK
}
