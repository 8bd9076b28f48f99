// The CRM wizard's password step: which branch to show, from the provider's policy before
// any test, and from the server's answer after one (a test can reveal what no policy knew,
// e.g. "Application-specific password required" from an unknown Google Workspace domain).
import type { Advice, ProviderPolicy, TestResult, Verdict } from '../../../src/model.js'
import { passwordText } from '../text/flows.js'

export type PasswordBranch = 'app-password' | 'microsoft' | 'normal' | 'mail-password' | 'bridge'

export function passwordBranch(policy: ProviderPolicy | null): PasswordBranch {
  switch (policy?.password) {
    case 'app-password':
      return 'app-password'
    case 'oauth-only':
      return 'microsoft'
    case 'mail-password':
      return 'mail-password'
    case 'bridge':
      return 'bridge'
    default:
      return 'normal'
  }
}

/** The branch a test's verdict points to, when it says the password kind is wrong. */
export function branchForVerdict(verdict: Verdict): PasswordBranch | null {
  if (verdict === 'app-password-required') return 'app-password'
  if (verdict === 'oauth-required' || verdict === 'admin-consent-required') return 'microsoft'
  return null
}

export interface PasswordStepContent {
  branch: PasswordBranch
  heading: string
  why: string
  steps: string[]
  /** The provider's own page for this (app password page, admin consent help). */
  link: { label: string; url: string } | null
  /** Show the password box and "Test these settings" right away. */
  offersTest: boolean
  /** Extra line under the password box. */
  note: string | null
}

// Used only when neither the policy nor the server's advice names a page; both are the
// providers' own pages (allow-listed in src/diagnose/help-links.ts).
const GOOGLE_APP_PASSWORDS = 'https://myaccount.google.com/apppasswords'
const ADMIN_CONSENT_HELP = 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent'

function providerName(policy: ProviderPolicy | null, fallback: string): string {
  return policy?.name ?? fallback
}

function isGoogle(policy: ProviderPolicy | null): boolean {
  return !!policy && /google|gmail/i.test(policy.id)
}

/**
 * The step's words for a branch. `fromServer` is the failed test that chose the branch,
 * when a test did: its advice carries the provider's own help page when no policy is known.
 */
export function passwordStepContent(
  branch: PasswordBranch,
  policy: ProviderPolicy | null,
  fromServer: TestResult | null = null,
): PasswordStepContent {
  const serverLink = fromServer?.advice.links[0] ?? null
  switch (branch) {
    case 'app-password': {
      const name = policy?.name ?? null
      const url = policy?.appPasswordUrl ?? (isGoogle(policy) ? GOOGLE_APP_PASSWORDS : null)
      const t = passwordText.appPassword
      return {
        branch,
        heading: t.heading(name),
        why: t.why(name),
        steps: [...t.steps],
        link: url ? { label: t.openPage(name ?? 'your provider'), url } : serverLink,
        offersTest: true,
        note: t.noSpaces,
      }
    }
    case 'microsoft': {
      const name = providerName(policy, 'Microsoft')
      const t = passwordText.microsoft
      return {
        branch,
        heading: t.heading(name),
        why: t.why(name),
        steps: [...t.steps],
        link: { label: t.adminLink, url: ADMIN_CONSENT_HELP },
        offersTest: false,
        note: null,
      }
    }
    case 'mail-password': {
      const name = providerName(policy, 'Your provider')
      const t = passwordText.mailPassword
      return {
        branch,
        heading: t.heading(name),
        why: t.why(name),
        steps: [],
        link: policy?.appPasswordUrl ? { label: t.openPage(name), url: policy.appPasswordUrl } : null,
        offersTest: true,
        note: null,
      }
    }
    case 'bridge': {
      const name = providerName(policy, 'Your provider')
      const t = passwordText.bridge
      return { branch, heading: t.heading(name), why: t.why(name), steps: [...t.steps], link: null, offersTest: false, note: null }
    }
    case 'normal':
      return {
        branch,
        heading: passwordText.normal.heading,
        why: passwordText.normal.why,
        steps: [],
        link: null,
        offersTest: true,
        note: null,
      }
  }
}

/** The outcome of the wizard's test of IMAP and SMTP with exactly the shown settings. */
export type TestOutcome =
  | { kind: 'success' }
  | { kind: 'branch'; branch: PasswordBranch; failed: TestResult }
  | { kind: 'diagnosis'; failed: TestResult; nextAction: string | null; alternativeUsername: string | null }

/**
 * Both must work for "Paste these into your CRM". The first failure decides what comes next:
 * a password-kind verdict switches the branch; anything else shows its diagnosis and the one
 * next action; after an auth failure the other username form is offered (with consent).
 */
export function testOutcome(results: TestResult[], usernameTried: string): TestOutcome {
  const failed = results.find((r) => !r.ok)
  if (!failed) return { kind: 'success' }
  const branch = branchForVerdict(failed.verdict)
  if (branch) return { kind: 'branch', branch, failed }
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
