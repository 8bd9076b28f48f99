import type { TestRequest, TlsDetails } from '../model.js'
import type { Deadline } from '../net/deadline.js'
import type { StepTrace } from './trace.js'

/** What one running test shares between its steps. */
export interface ProbeContext {
  req: TestRequest
  trace: StepTrace
  deadline: Deadline
  tls?: TlsDetails
  greeting?: string
  /** Messages the server holds, once the mailbox step has counted them. */
  messages?: number
  /** The server's last words at the failing step (scrubbed before it leaves the probe). */
  serverText: string | null
  /** Name resolution (the system's unless a DNS server was given, e.g. in tests). */
  resolve?: (host: string) => Promise<string>
}

/** How long to wait for a greeting before asking whether the port speaks TLS instead. */
export function greetingPatience(ctx: ProbeContext): number {
  return Math.min(5000, Math.floor(ctx.deadline.remaining() / 2))
}
