// Runs login tests for a screen so the user sees the step running now and the time limit,
// and can stop one (Cancel ends the connection at once). The core is asked for progress by
// the test's id (InspectorApi.testProgress), polled: the same over Electron's IPC and
// browser mode's HTTP, with nothing to hold open. The id is made here, before the test
// starts, so Cancel works from the first moment.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { TestProgress, TestRequest, TestResult } from '../../../src/model.js'
import { useApi } from '../api-client.js'

/** How often a running test's step is asked for: often enough to follow each step. */
const POLL_MS = 400

export function newTestId(): string {
  return globalThis.crypto.randomUUID()
}

export interface TestRunner {
  /** Runs one test; throws like api.testAccount (TestCancelledError after Cancel). */
  test: (request: TestRequest) => Promise<TestResult>
  cancel: () => void
  /** A test is running now. */
  running: boolean
  /** Its step and time limit, once the core has answered the first poll. */
  progress: TestProgress | null
}

export function useTestRunner(): TestRunner {
  const api = useApi()
  const [testId, setTestId] = useState<string | null>(null)
  const [progress, setProgress] = useState<TestProgress | null>(null)
  const current = useRef<string | null>(null)

  useEffect(() => {
    if (!testId) return
    let live = true
    const poll = () =>
      api.testProgress(testId).then(
        (p) => live && p && setProgress(p),
        () => undefined,
      )
    void poll()
    const timer = setInterval(poll, POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [api, testId])

  // Leaving the screen mid-test stops it: nobody is left to read its answer.
  useEffect(
    () => () => {
      if (current.current) void api.cancelTest(current.current).catch(() => undefined)
    },
    [api],
  )

  const test = useCallback(
    async (request: TestRequest) => {
      const id = newTestId()
      current.current = id
      setProgress(null)
      setTestId(id)
      try {
        return await api.testAccount(request, { testId: id })
      } finally {
        if (current.current === id) {
          current.current = null
          setTestId(null)
          setProgress(null)
        }
      }
    },
    [api],
  )

  const cancel = useCallback(() => {
    const id = current.current
    if (id) void api.cancelTest(id).catch(() => undefined)
  }, [api])

  return { test, cancel, running: testId !== null, progress }
}
