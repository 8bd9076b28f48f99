import { describe, expect, it } from 'vitest'
import { alternativeUsernameOffer, testOutcome } from '../../../../renderer/src/flows/password-step.js'
import type { TestResult, Verdict } from '../../../../src/model.js'

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

describe('the password step after a test', () => {
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
