// The CRM wizard's password step after a test: success, or the diagnosis with its one next
// action and (after an auth failure) the other username form the core offers. Which password
// the CRM needs is the guidance core's answer (InspectorApi.guidance), asked again with the
// test's verdict; nothing here decides it.
import type { Advice, TestResult } from '../../../src/model.js'

/** The outcome of the wizard's test of IMAP and SMTP with exactly the shown settings. */
export type TestOutcome =
  | { kind: 'success' }
  | { kind: 'diagnosis'; failed: TestResult; nextAction: string | null; alternativeUsername: string | null }

/** Both must work for "Paste these into your CRM"; the first failure is shown. */
export function testOutcome(results: TestResult[], usernameTried: string): TestOutcome {
  const failed = results.find((r) => !r.ok)
  if (!failed) return { kind: 'success' }
  return {
    kind: 'diagnosis',
    failed,
    nextAction: firstNext(failed.advice),
    alternativeUsername: alternativeUsernameOffer(failed, usernameTried),
  }
}

function firstNext(advice: Advice): string | null {
  return advice.next[0] ?? null
}

/**
 * The other username form to offer: only after an auth failure, and only what the core's advice
 * offers (it knows when a provider wants one form, so a second failed login is not wasted).
 */
export function alternativeUsernameOffer(result: TestResult, usernameTried: string): string | null {
  if (result.verdict !== 'auth-failed') return null
  const alt = result.advice.alternativeUsername
  return alt && alt !== usernameTried ? alt : null
}
