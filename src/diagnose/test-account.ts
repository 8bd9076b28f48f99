// One login test, the way the CRM will make it: the probe for the protocol, then the verdict
// and advice. Everything that leaves here has the password removed (redact/remove-secrets.ts),
// even server text that echoes what it was sent. The request was checked at the InspectorApi
// boundary (api-validation.ts); this trusts it.
import type { Stage, TestRequest, TestResult } from '../model.js'
import type { WordsSurface } from '../words/words.js'
import { Deadline, DEFAULT_TIMEOUT_MS } from '../net/deadline.js'
import { ProbeError, stepNote } from '../net/probe-error.js'
import { probeImap } from '../probe/imap.js'
import { probePop3 } from '../probe/pop3.js'
import { PROBE_CODES } from '../probe/probe-codes.js'
import type { ProbeContext } from '../probe/probe-context.js'
import { probeSmtp } from '../probe/smtp.js'
import { TestCancelledError } from '../probe/test-cancelled.js'
import { stepOf, StepTrace } from '../probe/trace.js'
import { removeSecretsDeep, secretRemover } from '../redact/remove-secrets.js'
import { adviceFor } from './advice.js'
import { classifyFailure } from './classify.js'
import { providerContext } from './provider-context.js'
import { identifyProvider } from '../providers/identify.js'

const PROBES = { imap: probeImap, pop3: probePop3, smtp: probeSmtp } as const

export interface RunTestOptions {
  /** Aborting ends the test at once: every socket is closed and TestCancelledError is thrown. */
  signal?: AbortSignal
  /** Hears each step as it starts, for "Now: connecting" on screen. */
  onStage?: (stage: Stage) => void
  /** Name resolution for the server (default: the system's). */
  resolve?: (host: string) => Promise<string>
  /**
   * Asked only after "name not found" for a known provider's server (a name the app itself
   * supplies): false means a well-known name fails too, so the verdict is offline, not a typo.
   */
  internetAnswers?: () => Promise<boolean>
  /** Who reads the advice (the CLI names its own options); default the app. */
  surface?: WordsSurface
}

function isKnownServer(req: TestRequest): boolean {
  try {
    return identifyProvider({ host: req.host, port: req.port }) !== null
  } catch {
    return false
  }
}

export async function runTest(req: TestRequest, options: RunTestOptions = {}): Promise<TestResult> {
  const removeSecrets = secretRemover([req.password], req.username)
  const started = performance.now()
  const trace = new StepTrace(options.onStage)
  const deadline = new Deadline(req.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  deadline.follow(options.signal)
  const ctx: ProbeContext = { req, trace, deadline, serverText: null }
  if (options.resolve) ctx.resolve = options.resolve
  let failure: ProbeError | null = null
  try {
    await PROBES[req.protocol](ctx)
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    failure = error instanceof ProbeError ? error : new ProbeError(e?.code ?? 'PROBE_FAILED', removeSecrets(e?.message ?? String(error)))
  } finally {
    deadline.finish()
  }
  // Cancelled: no verdict and no advice, since the server was never given its chance to answer.
  if (deadline.cancelled) throw new TestCancelledError(trace.current ?? trace.last)
  if (failure && deadline.expired && failure.code !== PROBE_CODES.timeout) {
    failure = new ProbeError(PROBE_CODES.timeout, stepNote('steps:failed.noAnswer', { ms: deadline.ms }), failure.serverText, failure.tls, failure.issuer)
  }
  const failedStage = failure ? (trace.current ?? trace.last ?? 'connect') : null
  if (failure) {
    // The server's words as they came; our own words (a Note) beside them, or a system's error text.
    const detail = failure.serverText ?? (failure.note ? '' : failure.message)
    if (trace.current) trace.fail(detail, failure.note ?? undefined)
    else trace.steps.push(stepOf(failedStage!, false, 0, failure.note ? { detail, note: failure.note } : detail))
  }
  const tls = failure?.tls ?? ctx.tls
  const context = providerContext({ email: req.email ?? null, host: req.host, port: req.port, greeting: ctx.greeting ?? null })
  const serverResponse = failure ? (failure.serverText ?? null) : ctx.serverText
  let verdict = failure
    ? classifyFailure({ code: failure.code, text: failure.serverText ?? failure.message, issuer: failure.issuer ?? tls?.issuer ?? null }, context)
    : 'ok'
  // A known provider's server name does not vanish: when nothing else resolves either, the
  // computer is offline (the name came from the app, so "check the spelling" would mislead).
  if (verdict === 'dns-not-found' && options.internetAnswers && isKnownServer(req) && !(await options.internetAnswers())) verdict = 'offline'
  const scrubbedResponse = serverResponse === null ? null : removeSecrets(serverResponse)
  const advice = adviceFor(verdict, { ctx: context, serverText: scrubbedResponse, protocol: req.protocol, username: req.username, email: req.email ?? null, tls, surface: options.surface })
  const result: TestResult = {
    ok: !failure,
    verdict,
    stage: failedStage ?? trace.last,
    steps: trace.steps,
    server: { protocol: req.protocol, host: req.host, port: req.port, security: req.security, username: req.username },
    serverResponse: scrubbedResponse,
    advice,
    durationMs: Math.round(performance.now() - started),
  }
  if (tls) result.tls = tls
  if (!failure && ctx.messages !== undefined) result.mailbox = { messages: ctx.messages }
  return removeSecretsDeep(result, removeSecrets)
}
