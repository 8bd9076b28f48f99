// `test --host H --port P --security tls|starttls|none --protocol imap|pop3|smtp --user U
//  [--email E] [--password-stdin] [--ca FILE] [--timeout MS] [--allow-plaintext] [--json]`
// (docs/cli.md). Exit 0 when the login worked, 1 when it failed, 2 for bad
// usage or a test not run, 130 when stopped with Ctrl-C. The password comes from stdin or a
// hidden prompt, never from argv; after "username or password not accepted" the other
// username form is tried once more only if the user says yes on a terminal. An unencrypted
// test (--security none) runs only after a yes on a terminal, or with --allow-plaintext.
import { randomUUID } from 'node:crypto'
import { isTestCancelled, type InspectorApi } from '../api.js'
import type { Protocol, Security, TestRequest, TestResult } from '../model.js'
import { validateTestRequest } from '../api-validation.js'
import { buildTestRequest } from '../test-request.js'
import { cliInspector, orUsageError } from './core.js'
import { checkMilliseconds, checkPort, MAX_CA_BYTES, readSmallTextFile } from './arg-checks.js'
import { BadArgumentError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.js'
import { parseCommandLine } from './command-line.js'
import { formatTest } from './format-test.js'
import { t } from '../i18n/i18n.js'

/** The shell's convention for "ended by Ctrl-C" (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130

function parse(args: string[]) {
  // Refuse a password on the command line without repeating it (it would be in shell history).
  if (args.some((a) => /^--pass(word)?(=|$)/.test(a) && a !== '--password-stdin')) {
    throw new UsageError(t('cli:test.noPasswordArg'))
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
      'allow-plaintext': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  }).values
}

async function readPassword(fromStdin: boolean, io: CliIo): Promise<string> {
  if (fromStdin) {
    const text = await io.readStdin()
    return text.replace(/\r?\n$/, '')
  }
  const typed = io.promptHidden ? await io.promptHidden(t('cli:test.passwordPrompt')) : null
  if (typed === null) throw new UsageError(t('cli:test.noPassword'))
  return typed
}

function toJson(result: TestResult): string {
  const { ok, verdict, stage, steps, server, serverResponse, mailbox, advice, durationMs, tls } = result
  return `${JSON.stringify({ ok, verdict, stage, steps, server, serverResponse, ...(mailbox ? { mailbox } : {}), advice, durationMs, ...(tls ? { tls } : {}) }, null, 2)}\n`
}

/**
 * One test through InspectorApi, as the app runs it: Ctrl-C calls cancelTest with this test's
 * id, which closes the connection at once (the same path as the app's Cancel button).
 */
async function testOnce(api: InspectorApi, request: TestRequest, io: CliIo): Promise<TestResult | null> {
  const testId = randomUUID()
  const stopListening = io.onInterrupt?.(() => void api.cancelTest(testId))
  try {
    return await api.testAccount(request, { testId })
  } catch (error) {
    if (isTestCancelled(error)) return null
    throw error
  } finally {
    stopListening?.()
  }
}

/** Asks before an unencrypted test; false = do not run it (the reason is already printed). */
async function plaintextAgreed(allowed: boolean, io: CliIo): Promise<boolean> {
  if (allowed) return true
  const answer = io.confirm ? await io.confirm(t('cli:test.plaintextQuestion')) : null
  if (answer === null) {
    io.stderr(`${t('cli:test.plaintextRefused')}\n`)
    return false
  }
  if (!answer) io.stderr(`${t('cli:test.notTested')}\n`)
  return answer
}

export async function runTestCommand(args: string[], io: CliIo): Promise<number> {
  const v = parse(args)
  for (const name of ['host', 'port', 'security', 'protocol', 'user'] as const) {
    if (!v[name]) throw new UsageError(t('cli:test.required', { name }))
  }
  const port = checkPort('--port', v.port!)
  const timeoutMs = v.timeout === undefined ? undefined : checkMilliseconds('--timeout', v.timeout)
  let ca: string | undefined
  if (v.ca !== undefined) {
    // Only an ordinary file under a cap: /dev/zero or a pipe would never end.
    ca = readSmallTextFile('--ca', v.ca, MAX_CA_BYTES)
    if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new BadArgumentError(t('cli:test.notPem', { file: v.ca }))
  }
  const server = { protocol: v.protocol as Protocol, host: v.host!, port, security: v.security as Security, username: null, auth: null }
  const login = { username: v.user!, password: '', email: v.email ?? null, ...(ca ? { ca } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) }
  const request = buildTestRequest(server, login)
  if (!request) throw new UsageError(t('cli:test.protocol'))
  // Refuse bad settings before asking for the password (the same check runs again at the call).
  await orUsageError(Promise.resolve().then(() => validateTestRequest({ ...request, password: 'x' })))
  if (request.security === 'none') {
    if (!(await plaintextAgreed(v['allow-plaintext'], io))) return EXIT_USAGE
    request.allowPlaintext = true
  }
  request.password = await readPassword(v['password-stdin'], io)

  const api = cliInspector()
  let result = await orUsageError(testOnce(api, request, io))
  if (!result) {
    io.stderr(`${t('cli:test.stopped')}\n`)
    return EXIT_INTERRUPTED
  }
  if (!v.json) io.stdout(formatTest(result))
  const other = result.advice.alternativeUsername
  if (!result.ok && result.verdict === 'auth-failed' && other && !v.json && !v['password-stdin'] && io.confirm) {
    const yes = await io.confirm(t('cli:test.tryOtherUsername', { username: other }))
    if (yes) {
      const again = await orUsageError(testOnce(api, { ...request, username: other }, io))
      if (!again) {
        io.stderr(`${t('cli:test.stopped')}\n`)
        return EXIT_INTERRUPTED
      }
      result = again
      io.stdout(formatTest(result))
    }
  }
  if (v.json) io.stdout(toJson(result))
  return result.ok ? EXIT_OK : EXIT_FAILED
}
