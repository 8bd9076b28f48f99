// `lookup EMAIL [--offline] [--dns HOST:PORT] [--timeout MS] [--json]` (docs/cli.md):
// the settings for an address, where they came from, and what the provider
// accepts as a password. Exit 0 when settings were found, 1 when none, 2 for bad usage.
import type { LookupResult, LookupSource, PasswordPolicy, ProviderPolicy, ServerSettings } from '../model.js'
import { providerKnowledge } from '../providers/identify.js'
import { DEFAULT_LOOKUP_TIMEOUT_MS, LookupInputError, lookupSettings, type LookupOptions } from '../providers/lookup.js'
import { parseDnsServer } from '../providers/network.js'
import { EXIT_FAILED, EXIT_OK, UsageError, parseCommandLine, type CliIo } from './io.js'
import { AUTH_WORDS, SECURITY_WORDS } from './words.js'

const SOURCE_WORDS: Record<LookupSource, string> = {
  catalog: 'the built-in provider list (works offline)',
  autoconfig: "the provider's own settings file (autoconfig)",
  'well-known': "the domain's own settings file (.well-known)",
  ispdb: "Mozilla Thunderbird's online provider database",
  mx: "the provider that receives this domain's mail (MX record)",
  srv: "the domain's DNS records (SRV)",
  guess: 'asking the usual server names (guessed)',
  none: 'nowhere: no settings were found',
}

// What "Password" means for this provider, so nobody types the wrong one.
const PASSWORD_WORDS: Record<PasswordPolicy, string> = {
  normal: 'Password (your normal email password)',
  'app-password': 'App password (not your normal password)',
  'oauth-only': "Provider's web sign-in (OAuth2)",
  'mail-password': 'Your separate email password',
  bridge: 'The Bridge password from the Bridge app',
}

const KIND_WORDS: Record<string, string> = {
  imap: 'Incoming mail server (IMAP)',
  pop3: 'Incoming mail server (POP3)',
  smtp: 'Outgoing mail server (SMTP)',
  exchange: 'Exchange server',
  ews: 'Exchange Web Services',
  graph: 'Microsoft Graph',
}

function parse(args: string[]): { email: string; options: LookupOptions; json: boolean } {
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
  let timeoutMs = DEFAULT_LOOKUP_TIMEOUT_MS
  if (values.timeout !== undefined) {
    if (!/^\d{1,6}$/.test(values.timeout) || Number(values.timeout) < 100) {
      throw new UsageError(`--timeout must be a number of milliseconds (at least 100), not "${values.timeout}".`)
    }
    timeoutMs = Number(values.timeout)
  }
  if (values.dns !== undefined) {
    try {
      parseDnsServer(values.dns)
    } catch (error) {
      throw new UsageError(`--dns: ${(error as Error).message}`)
    }
  }
  return {
    email: positionals[0]!,
    options: { offline: values.offline, dnsServer: values.dns, timeoutMs },
    json: values.json ?? false,
  }
}

function formatServer(s: ServerSettings, policy: ProviderPolicy | null): string {
  const lines = [`${KIND_WORDS[s.protocol] ?? s.protocol}`]
  if (s.host) lines.push(`  Server:    ${s.host}`)
  if (s.port !== null) lines.push(`  Port:      ${s.port}`)
  if (s.security) lines.push(`  Security:  ${SECURITY_WORDS[s.security]}`)
  if (s.username) lines.push(`  Username:  ${s.username}`)
  if (s.auth) lines.push(`  Sign-in:   ${s.auth === 'password' && policy ? PASSWORD_WORDS[policy.password] : AUTH_WORDS[s.auth]}`)
  if (s.url) lines.push(`  Address:   ${s.url}`)
  return lines.join('\n')
}

export function formatLookup(result: LookupResult, policy: ProviderPolicy | null = null): string {
  const out = [`Settings for ${result.email}`]
  if (result.provider) out.push(`Provider: ${result.provider.name}`)
  out.push(`Found in: ${SOURCE_WORDS[result.source]}`, '')
  // Mailbox servers first; Exchange/Graph endpoints are listed for completeness after them.
  for (const s of [...result.incoming, ...result.outgoing]) out.push(formatServer(s, policy), '')
  if (result.notes.length > 0) {
    out.push('Good to know:')
    for (const note of result.notes) out.push(`  - ${note}`)
    out.push('')
  }
  return `${out.join('\n')}`
}

export async function runLookup(args: string[], io: CliIo): Promise<number> {
  const { email, options, json } = parse(args)
  let result: LookupResult
  try {
    result = await lookupSettings(email, options)
  } catch (error) {
    if (error instanceof LookupInputError) throw new UsageError(error.message)
    throw error
  }
  const policy = result.provider ? (providerKnowledge(result.provider.id)?.policy ?? null) : null
  io.stdout(json ? `${JSON.stringify(result, null, 2)}\n` : formatLookup(result, policy))
  return result.source === 'none' ? EXIT_FAILED : EXIT_OK
}
