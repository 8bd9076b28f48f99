// One login test, the way the CRM will make it: the probe for the protocol, then the verdict
// and advice. Everything that leaves here is password-scrubbed (scrub.ts), even server text
// that echoes what it was sent.
import type { TestRequest, TestResult } from '../model.js'
import { adviceFor } from '../diagnose/advice.js'
import { classifyFailure, PROBE_CODES } from '../diagnose/classify.js'
import { providerContext } from '../diagnose/provider-context.js'
import { Deadline, DEFAULT_TIMEOUT_MS } from './deadline.js'
import { probeImap } from './imap.js'
import { probePop3 } from './pop3.js'
import { ProbeError } from './probe-error.js'
import type { ProbeContext } from './probe-context.js'
import { scrubDeep, scrubText, secretForms } from './scrub.js'
import { probeSmtp } from './smtp.js'
import { StepTrace } from './trace.js'
import { identifyProvider } from '../providers/identify.js'

function isKnownServer(req: TestRequest): boolean {
  try {
    return identifyProvider({ host: req.host, port: req.port }) !== null
  } catch {
    return false
  }
}

const PROBES = { imap: probeImap, pop3: probePop3, smtp: probeSmtp } as const

/** Checks a request before any connection; the message is safe to show (no password in it). */
export function requestProblem(req: Partial<TestRequest>): string | null {
  if (!req.protocol || !(req.protocol in PROBES)) return 'protocol must be imap, pop3 or smtp'
  if (!req.security || !['tls', 'starttls', 'none'].includes(req.security)) return 'security must be tls, starttls or none'
  if (!req.host || typeof req.host !== 'string' || !/^[A-Za-z0-9.:_[\]-]+$/.test(req.host)) return 'host is missing or not a server name'
  if (!Number.isInteger(req.port) || (req.port as number) < 1 || (req.port as number) > 65535) return 'port must be a number from 1 to 65535'
  if (typeof req.username !== 'string' || !req.username) return 'username is missing'
  if (typeof req.password !== 'string') return 'password is missing'
  // POP3 and SMTP send each as one line (USER, PASS): a line break would run a second command.
  if (/[\0\r\n]/.test(req.username) || /[\0\r\n]/.test(req.password)) return 'username or password contains a line break'
  if (req.timeoutMs !== undefined && (!Number.isFinite(req.timeoutMs) || req.timeoutMs < 100 || req.timeoutMs > 300_000)) {
    return 'timeout must be between 100 and 300000 ms'
  }
  return null
}

export interface RunTestOptions {
  /** Name resolution for the server (default: the system's). */
  resolve?: (host: string) => Promise<string>
  /**
   * Asked only after "name not found" for a known provider's server (a name the app itself
   * supplies): false means a well-known name fails too, so the verdict is offline, not a typo.
   */
  internetAnswers?: () => Promise<boolean>
}

export async function runTest(req: TestRequest, options: RunTestOptions = {}): Promise<TestResult> {
  const problem = requestProblem(req)
  if (problem) throw new TypeError(problem)
  const secrets = secretForms(req.password, req.username)
  const started = performance.now()
  const trace = new StepTrace()
  const deadline = new Deadline(req.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const ctx: ProbeContext = { req, trace, deadline, serverText: null }
  if (options.resolve) ctx.resolve = options.resolve
  let failure: ProbeError | null = null
  try {
    await PROBES[req.protocol](ctx)
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    failure = error instanceof ProbeError ? error : new ProbeError(e?.code ?? 'PROBE_FAILED', scrubText(e?.message ?? String(error), secrets))
  } finally {
    deadline.finish()
  }
  if (failure && deadline.expired && failure.code !== PROBE_CODES.timeout) {
    failure = new ProbeError(PROBE_CODES.timeout, `no answer within ${deadline.ms} ms`, failure.serverText, failure.tls, failure.issuer)
  }
  const failedStage = failure ? (trace.current ?? trace.last ?? 'connect') : null
  if (failure) {
    const detail = failure.serverText ?? failure.message
    if (trace.current) trace.fail(detail)
    else trace.steps.push({ stage: failedStage!, ok: false, ms: 0, detail })
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
  const scrubbedResponse = serverResponse === null ? null : scrubText(serverResponse, secrets)
  const advice = adviceFor(verdict, { ctx: context, serverText: scrubbedResponse, protocol: req.protocol, username: req.username, email: req.email ?? null, tls })
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
  return scrubDeep(result, secrets)
}
