// One time limit for a whole test (default 15 s, `--timeout`): every wait of a probe races it,
// so a server that never answers ends the test at the limit, not at N limits in a row.
import { NET_CODES, ProbeError } from './probe-error.js'

export const DEFAULT_TIMEOUT_MS = 15_000

export class Deadline {
  readonly endsAt: number
  private readonly timer: NodeJS.Timeout
  private readonly expiry: Promise<never>
  private onExpire: (() => void)[] = []
  /** True once the limit was reached (a socket closed by the timeout is a timeout, not a hang-up). */
  expired = false

  constructor(readonly ms: number) {
    this.endsAt = Date.now() + ms
    let fire!: (error: ProbeError) => void
    this.expiry = new Promise<never>((_, reject) => (fire = reject))
    this.expiry.catch(() => undefined)
    this.timer = setTimeout(() => {
      this.expired = true
      for (const cleanup of this.onExpire) cleanup()
      fire(new ProbeError(NET_CODES.timeout, `no answer within ${ms} ms`))
    }, ms)
  }

  remaining(): number {
    return Math.max(0, this.endsAt - Date.now())
  }

  /** Runs `cleanup` (close sockets) when time is up, or when the test ends. */
  onTimeout(cleanup: () => void): void {
    this.onExpire.push(cleanup)
  }

  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.expiry])
  }

  /** Ends the test: stops the timer and closes every socket still open (after a failure too). */
  finish(): void {
    clearTimeout(this.timer)
    for (const cleanup of this.onExpire.splice(0)) {
      try {
        cleanup()
      } catch {
        // already closed
      }
    }
  }
}
