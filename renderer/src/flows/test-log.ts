// The last login tests of this session, for the admin report ("the last tests' traces and
// verdicts"). Every screen that runs a test records its result here; nothing else is kept:
// a TestResult has no password field, and only known fields are copied.
import type { InspectorApi } from '../../../src/api.js'
import type { TestResult } from '../../../src/model.js'
import type { ReportedTest } from '../../../src/report/report.js'

const KEEP = 20

let tests: ReportedTest[] = []
const listeners = new Set<() => void>()

export function recordTest(result: TestResult, accountId?: string, at: Date = new Date()): void {
  const entry: ReportedTest = { at: at.toISOString(), result }
  if (accountId !== undefined) entry.accountId = accountId
  tests = [...tests, entry].slice(-KEEP)
  for (const listener of listeners) listener()
}

export function recordedTests(): ReportedTest[] {
  return tests
}

/** For useSyncExternalStore: returns the unsubscribe function. */
export function subscribeToTests(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function clearRecordedTests(): void {
  tests = []
  for (const listener of listeners) listener()
}

/**
 * The API with every testAccount result recorded, so the report sees the tests of every
 * screen (the accounts screen's "Test this account" and the wizards) without each one
 * having to remember. Only the result is recorded, never the request (it holds the password).
 */
export function withTestLog(api: InspectorApi): InspectorApi {
  return {
    ...api,
    testAccount: async (request, options) => {
      const result = await api.testAccount(request, options)
      recordTest(result)
      return result
    },
  }
}
