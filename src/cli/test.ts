// `test --host H --port P --security tls|starttls|none --protocol imap|pop3|smtp --user U
//  [--email E] [--password-stdin] [--ca FILE] [--timeout MS] [--json]` (docs/cli.md).
// Exit 0 when the login worked, 1 when it failed, 2 for bad usage. The password comes
// from stdin or a hidden prompt, never from argv; after "username or password not accepted"
// the other username form is tried once more only if the user says yes on a terminal.
import type { Protocol, Security, TestResult } from '../model.js'
import { validateTestRequest } from '../api-validation.js'
import { buildTestRequest } from '../test-request.js'
import { cliInspector, orUsageError } from './core.js'
import { checkMilliseconds, checkPort, MAX_CA_BYTES, readSmallTextFile } from './arg-checks.js'
import { BadArgumentError, EXIT_FAILED, EXIT_OK, UsageError, parseCommandLine, type CliIo } from './io.js'
import { formatTest } from './format-test.js'

function parse(args: string[]) {
  // Refuse a password on the command line without repeating it (it would be in shell history).
  if (args.some((a) => /^--pass(word)?(=|$)/.test(a) && a !== '--password-stdin')) {
    throw new UsageError('A password is never given on the command line: use --password-stdin or type it at the prompt.')
  }
  return parseCommandLine({
    args,
    allowPositionals: false,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      security: { type: 'string' },
      protocol: { type: 'string' },
      user: { type: 'string' },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      ca: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  }).values
}

async function readPassword(fromStdin: boolean, io: CliIo): Promise<string> {
  if (fromStdin) {
    const text = await io.readStdin()
    return text.replace(/\r?\n$/, '')
  }
  const typed = io.promptHidden ? await io.promptHidden('Password (not shown): ') : null
  if (typed === null) throw new UsageError('No password: pipe it in with --password-stdin, or run on a terminal to be asked.')
  return typed
}

function toJson(result: TestResult): string {
  const { ok, verdict, stage, steps, server, serverResponse, mailbox, advice, durationMs, tls } = result
  return `${JSON.stringify({ ok, verdict, stage, steps, server, serverResponse, ...(mailbox ? { mailbox } : {}), advice, durationMs, ...(tls ? { tls } : {}) }, null, 2)}\n`
}

export async function runTestCommand(args: string[], io: CliIo): Promise<number> {
  const v = parse(args)
  for (const name of ['host', 'port', 'security', 'protocol', 'user'] as const) {
    if (!v[name]) throw new UsageError(`--${name} is required`)
  }
  const port = checkPort('--port', v.port!)
  const timeoutMs = v.timeout === undefined ? undefined : checkMilliseconds('--timeout', v.timeout)
  let ca: string | undefined
  if (v.ca !== undefined) {
    // Only an ordinary file under a cap: /dev/zero or a pipe would never end.
    ca = readSmallTextFile('--ca', v.ca, MAX_CA_BYTES)
    if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new BadArgumentError(`--ca ${v.ca}: this is not a PEM certificate file`)
  }
  const server = { protocol: v.protocol as Protocol, host: v.host!, port, security: v.security as Security, username: null, auth: null }
  const login = { username: v.user!, password: '', email: v.email ?? null, ...(ca ? { ca } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) }
  const request = buildTestRequest(server, login)
  if (!request) throw new UsageError('--protocol must be imap, pop3 or smtp')
  // Refuse bad settings before asking for the password (the same check runs again at the call).
  await orUsageError(Promise.resolve().then(() => validateTestRequest({ ...request, password: 'x' })))
  request.password = await readPassword(v['password-stdin'], io)

  const api = cliInspector()
  let result = await orUsageError(api.testAccount(request))
  if (!v.json) io.stdout(formatTest(result))
  const other = result.advice.alternativeUsername
  if (!result.ok && result.verdict === 'auth-failed' && other && !v.json && !v['password-stdin'] && io.confirm) {
    const yes = await io.confirm(`Try once more with the username "${other}"? Failed logins can lock an account.`)
    if (yes) {
      result = await orUsageError(api.testAccount({ ...request, username: other }))
      io.stdout(formatTest(result))
    }
  }
  if (v.json) io.stdout(toJson(result))
  return result.ok ? EXIT_OK : EXIT_FAILED
}
