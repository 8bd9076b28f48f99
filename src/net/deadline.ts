// One time limit for a whole test (default 15 s, `--timeout`): every wait of a probe races it,
// so a server that never answers ends the test at the limit, not at N limits in a row.
import { NET_CODES, ProbeError, stepNote } from './probe-error.js'

export const DEFAULT_TIMEOUT_MS = 15_000

export class Deadline {
  readonly endsAt: number
  private readonly timer: NodeJS.Timeout
  private readonly expiry: Promise<never>
  private onExpire: (() => void)[] = []
  /** True once the limit was reached (a socket closed by the timeout is a timeout, not a hang-up). */
  expired = false
  /** True once the user cancelled: every socket is closed at that moment, not at the limit. */
  cancelled = false
  private fire!: (error: ProbeError) => void

  constructor(readonly ms: number) {
    this.endsAt = Date.now() + ms
    this.expiry = new Promise<never>((_, reject) => (this.fire = reject))
    this.expiry.catch(() => undefined)
    this.timer = setTimeout(() => {
      this.expired = true
      this.closeAll()
      this.fire(new ProbeError(NET_CODES.timeout, stepNote('steps:failed.noAnswer', { ms })))
    }, ms)
  }

  /**
   * Ends the test now (the user pressed Cancel or Ctrl-C): every socket is destroyed at once
   * and every wait that races this deadline rejects, so the probe stops where it is.
   */
  cancel(): void {
    if (this.cancelled || this.expired) return
    this.cancelled = true
    clearTimeout(this.timer)
    this.closeAll()
    this.fire(new ProbeError(NET_CODES.cancelled, 'cancelled'))
  }

  /** Cancels when `signal` aborts (at once if it already has). */
  follow(signal: AbortSignal | undefined): void {
    if (!signal) return
    if (signal.aborted) return this.cancel()
    const onAbort = () => this.cancel()
    signal.addEventListener('abort', onAbort, { once: true })
    this.onExpire.push(() => signal.removeEventListener('abort', onAbort))
  }

  private closeAll(): void {
    for (const cleanup of this.onExpire.splice(0)) {
      try {
        cleanup()
      } catch {
        // already closed
      }
    }
  }

  remaining(): number {
    return Math.max(0, this.endsAt - Date.now())
  }

  /** Runs `cleanup` (close sockets) when time is up, when cancelled, or when the test ends. */
  onTimeout(cleanup: () => void): void {
    // Registered after a cancel (a socket opened by a step still unwinding): close it at once.
    if (this.cancelled || this.expired) return cleanup()
    this.onExpire.push(cleanup)
  }

  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.expiry])
  }

  /** Ends the test: stops the timer and closes every socket still open (after a failure too). */
  finish(): void {
    clearTimeout(this.timer)
    this.closeAll()
  }
}
