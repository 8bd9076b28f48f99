import { describe, expect, it } from 'vitest'
import {
  alternativeUsernameOffer,
  branchForVerdict,
  passwordBranch,
  passwordStepContent,
  testOutcome,
} from '../../../../renderer/src/flows/password-step.js'
import type { ProviderPolicy, TestResult, Verdict } from '../../../../src/model.js'

function policy(password: ProviderPolicy['password'], extra: Partial<ProviderPolicy> = {}): ProviderPolicy {
  return { id: 'p', name: 'Provider', password, usernameForm: 'email', offersImap: true, notes: [], ...extra }
}

function result(verdict: Verdict, extra: Partial<TestResult['advice']> = {}): TestResult {
  return {
    ok: verdict === 'ok',
    verdict,
    stage: verdict === 'ok' ? 'logout' : 'auth',
    steps: [],
    server: { protocol: 'imap', host: 'h', port: 993, security: 'tls', username: 'erin@example.com' },
    serverResponse: null,
    advice: { verdict, title: 't', what: 'w', why: 'y', next: ['Do this first', 'Then this'], links: [], ...extra },
    durationMs: 1,
  }
}

describe('the password step', () => {
  it('branches on the provider policy', () => {
    expect(passwordBranch(policy('app-password'))).toBe('app-password')
    expect(passwordBranch(policy('oauth-only'))).toBe('microsoft')
    expect(passwordBranch(policy('normal'))).toBe('normal')
    expect(passwordBranch(policy('mail-password'))).toBe('mail-password')
    expect(passwordBranch(policy('bridge'))).toBe('bridge')
    expect(passwordBranch(null)).toBe('normal')
  })

  it('shows the provider’s app password page and says to paste without spaces', () => {
    const content = passwordStepContent('app-password', policy('app-password', { name: 'Gmail', appPasswordUrl: 'https://myaccount.google.com/apppasswords' }))
    expect(content.heading).toContain('Gmail')
    expect(content.link?.url).toBe('https://myaccount.google.com/apppasswords')
    expect(content.note).toMatch(/without spaces/)
    expect(content.offersTest).toBe(true)
  })

  it('never links an unknown provider to Google; uses the help page the server’s advice names', () => {
    expect(passwordStepContent('app-password', null).link).toBeNull()
    const failed = result('app-password-required', { links: [{ label: 'Google: sign in with app passwords', url: 'https://support.google.com/accounts/answer/185833' }] })
    const content = passwordStepContent('app-password', null, failed)
    expect(content.heading).toBe('This account needs an app password')
    expect(content.link?.url).toBe('https://support.google.com/accounts/answer/185833')
  })

  it('tells Microsoft users that no password works, offers no test first and explains admin approval', () => {
    const content = passwordStepContent('microsoft', policy('oauth-only', { name: 'Microsoft 365' }))
    expect(content.heading).toBe('No password will work with Microsoft 365')
    expect(content.steps.join(' ')).toMatch(/Sign in with Microsoft/)
    expect(content.steps.join(' ')).toMatch(/admin/)
    expect(content.offersTest).toBe(false)
    expect(content.link?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//)
  })

  it('switches branch when the server says which kind of password it wants', () => {
    expect(branchForVerdict('app-password-required')).toBe('app-password')
    expect(branchForVerdict('oauth-required')).toBe('microsoft')
    expect(branchForVerdict('admin-consent-required')).toBe('microsoft')
    expect(branchForVerdict('auth-failed')).toBeNull()
    expect(testOutcome([result('ok'), result('app-password-required')], 'erin@example.com')).toMatchObject({
      kind: 'branch',
      branch: 'app-password',
    })
  })

  it('is a success only when both IMAP and SMTP worked', () => {
    expect(testOutcome([result('ok'), result('ok')], 'u')).toEqual({ kind: 'success' })
    expect(testOutcome([result('ok'), result('smtp-auth-disabled')], 'u').kind).toBe('diagnosis')
  })

  it('gives the one next action and, after an auth failure only, the other username form', () => {
    const outcome = testOutcome([result('auth-failed', { alternativeUsername: 'erin' })], 'erin@example.com')
    expect(outcome).toMatchObject({ kind: 'diagnosis', nextAction: 'Do this first', alternativeUsername: 'erin' })
    expect(alternativeUsernameOffer(result('auth-failed', { alternativeUsername: 'EXAMPLE\\erin' }), 'erin')).toBe('EXAMPLE\\erin')
    expect(alternativeUsernameOffer(result('timeout', { alternativeUsername: 'erin' }), 'erin@example.com')).toBeNull()
  })

  it('offers no other username form when the core offered none (a provider that wants the form just tried)', () => {
    expect(alternativeUsernameOffer(result('auth-failed'), 'erin@gmail.com')).toBeNull()
    expect(testOutcome([result('auth-failed')], 'erin@gmail.com')).toMatchObject({ kind: 'diagnosis', alternativeUsername: null })
  })
})
