// The tests running now, by the id their UI chose: what lets a UI show the step running now
// (testProgress, polled) and stop a test at once (cancelTest) across Electron's IPC and
// browser mode alike, where a call cannot carry an AbortSignal or a callback. The CLI's
// Ctrl-C takes the same path. Holds no request: the password stays in runTest's frame only.
import type { Stage, TestProgress, TestRequest, TestResult } from './model.js'
import type { RunTestOptions } from './diagnose/test-account.js'
import { DEFAULT_TIMEOUT_MS } from './net/deadline.js'

interface Running {
  controller: AbortController
  stage: Stage | null
  done: number
  started: number
  timeoutMs: number
}

export class RunningTests {
  private readonly tests = new Map<string, Running>()

  async run(request: TestRequest, testId?: string, options: Omit<RunTestOptions, 'signal' | 'onStage'> = {}): Promise<TestResult> {
    // Loaded on first use: the probes pull in imapflow (the core stays quick to start).
    const { runTest } = await import('./diagnose/test-account.js')
    if (testId === undefined) return runTest(request, options)
    if (this.tests.has(testId)) throw new Error('A test with this id is already running')
    const running: Running = {
      controller: new AbortController(),
      stage: null,
      done: 0,
      started: Date.now(),
      timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    }
    this.tests.set(testId, running)
    try {
      return await runTest(request, {
        ...options,
        signal: running.controller.signal,
        onStage: (stage) => {
          if (running.stage !== null) running.done++
          running.stage = stage
        },
      })
    } finally {
      this.tests.delete(testId)
    }
  }

  progress(testId: string): TestProgress | null {
    const running = this.tests.get(testId)
    if (!running) return null
    return { stage: running.stage, done: running.done, elapsedMs: Date.now() - running.started, timeoutMs: running.timeoutMs }
  }

  cancel(testId: string): boolean {
    const running = this.tests.get(testId)
    if (!running) return false
    running.controller.abort()
    return true
  }
}
