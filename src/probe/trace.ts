// The step trace of a test (docs/verdicts.md: dns, connect, tls, greeting, starttls, capabilities,
// auth, mailbox, logout), each with ok, milliseconds and a detail, so every error points at
// one step (HubSpot's connection test names each step the same way).
// A detail is either technical text kept as it came (the server's own words, a TLS version, a
// capability list: `detail`) or our own words as a Note (a `steps:` code and its values: `note`),
// which every surface says in its language (stepDetailWords, words.ts).
import type { Note, Stage, TestStep } from '../model.js'

/** What a step says: technical text as it came, or our own words as a Note. */
export type StepDetail = string | Note

export class StepTrace {
  readonly steps: TestStep[] = []
  private open: { stage: Stage; started: number; detail: StepDetail } | null = null

  /** `onBegin` hears each stage as it starts (a UI shows the step running now). */
  constructor(private readonly onBegin?: (stage: Stage) => void) {}

  /** Starts a stage; a stage still open is closed as passed. */
  begin(stage: Stage, detail: StepDetail = ''): void {
    if (this.open?.stage === stage) return
    if (this.open) this.pass()
    this.open = { stage, started: performance.now(), detail }
    this.onBegin?.(stage)
  }

  /** Updates the detail of the open stage (e.g. the capability list once it is known). */
  note(detail: StepDetail): void {
    if (this.open) this.open.detail = detail
  }

  pass(detail?: StepDetail): void {
    this.close(true, detail)
  }

  /** Fails the open stage: the server's words (`detail`) and what we make of them (`note`). */
  fail(detail: string, note?: Note): void {
    this.close(false, note && detail ? { detail, note } : (note ?? detail))
  }

  /** The stage running now, or null between stages. */
  get current(): Stage | null {
    return this.open?.stage ?? null
  }

  get last(): Stage | null {
    return this.steps.at(-1)?.stage ?? null
  }

  private close(ok: boolean, detail?: StepDetail | { detail: string; note: Note }): void {
    if (!this.open) return
    const ms = Math.round(performance.now() - this.open.started)
    this.steps.push(stepOf(this.open.stage, ok, ms, detail ?? this.open.detail))
    this.open = null
  }
}

/** One step as the model holds it: `detail` always text (empty when only our words say it). */
export function stepOf(stage: Stage, ok: boolean, ms: number, detail: StepDetail | { detail: string; note: Note }): TestStep {
  if (typeof detail === 'string') return { stage, ok, ms, detail }
  if ('note' in detail) return { stage, ok, ms, detail: detail.detail, note: detail.note }
  return { stage, ok, ms, detail: '', note: detail }
}
