// The step trace of a test (docs/verdicts.md: dns, connect, tls, greeting, starttls, capabilities,
// auth, mailbox, logout), each with ok, milliseconds and a detail, so every error points at
// one step (HubSpot's connection test names each step the same way).
import type { Stage, TestStep } from '../model.js'

export class StepTrace {
  readonly steps: TestStep[] = []
  private open: { stage: Stage; started: number; detail: string } | null = null

  /** Starts a stage; a stage still open is closed as passed. */
  begin(stage: Stage, detail = ''): void {
    if (this.open?.stage === stage) return
    if (this.open) this.pass()
    this.open = { stage, started: performance.now(), detail }
  }

  /** Updates the detail of the open stage (e.g. the capability list once it is known). */
  note(detail: string): void {
    if (this.open) this.open.detail = detail
  }

  pass(detail?: string): void {
    this.close(true, detail)
  }

  fail(detail: string): void {
    this.close(false, detail)
  }

  /** The stage running now, or null between stages. */
  get current(): Stage | null {
    return this.open?.stage ?? null
  }

  get last(): Stage | null {
    return this.steps.at(-1)?.stage ?? null
  }

  private close(ok: boolean, detail?: string): void {
    if (!this.open) return
    const ms = Math.round(performance.now() - this.open.started)
    this.steps.push({ stage: this.open.stage, ok, ms, detail: detail ?? this.open.detail })
    this.open = null
  }
}
