// The CRM wizard's password step: the provider's policy picks the branch (app password,
// Microsoft sign-in, normal password ...); a real test of IMAP and SMTP may switch it, show
// the diagnosis with its one next action, or offer the other username form (with consent).
import { useEffect, useRef, useState } from 'react'
import type { ProviderPolicy } from '../../../src/model.js'
import { useApi } from '../api-client.js'
import { ErrorNotice } from '../components/error-notice.js'
import { HelpLink } from '../components/help-link.js'
import { Sensitive, SensitiveText } from '../privacy.js'
import { passwordText, resultText } from '../text/flows.js'
import type { CrmSettings } from './crm-fields.js'
import { DiagnosisView } from './diagnosis-view.js'
import { EnableImapNotice } from './enable-imap-notice.js'
import { PasswordForm } from './password-form.js'
import { passwordBranch, passwordStepContent, testOutcome, type PasswordBranch } from './password-step.js'
import { sendsPlaintext, useSettingsTest } from './use-settings-test.js'

export interface CrmPasswordStepProps {
  settings: CrmSettings
  /** Both tests worked: the settings as tested (the username may have changed). */
  onSuccess: (settings: CrmSettings) => void
}

type PolicyState = { status: 'loading' } | { status: 'done'; policy: ProviderPolicy | null }

function withUsername(settings: CrmSettings, username: string): CrmSettings {
  const before = settings.incoming.username
  const outgoing = settings.outgoing && settings.outgoing.username === before ? { ...settings.outgoing, username } : settings.outgoing
  return { ...settings, incoming: { ...settings.incoming, username }, outgoing }
}

export function CrmPasswordStep({ settings: initial, onSuccess }: CrmPasswordStepProps) {
  const api = useApi()
  const [policy, setPolicy] = useState<PolicyState>({ status: 'loading' })
  const [branchFromServer, setBranchFromServer] = useState<PasswordBranch | null>(null)
  const [settings, setSettings] = useState(initial)
  const [testAnyway, setTestAnyway] = useState(false)
  // Failed logins lock accounts: the other username form is offered once, never again.
  const [otherUsernameUsed, setOtherUsernameUsed] = useState(false)
  const { state, run, reset, runner } = useSettingsTest()

  useEffect(() => {
    let current = true
    const query: { email?: string; host?: string } = {}
    if (initial.email.includes('@')) query.email = initial.email
    if (initial.incoming.host) query.host = initial.incoming.host
    api.providerPolicy(query).then(
      (p) => current && setPolicy({ status: 'done', policy: p }),
      () => current && setPolicy({ status: 'done', policy: null }),
    )
    return () => {
      current = false
    }
  }, [api, initial])

  const username = settings.incoming.username ?? settings.email
  const outcome = state.status === 'done' ? testOutcome(state.results, state.username) : null

  // After a test, focus lands on what it found (the new branch, or the diagnosis), never on
  // the top of the page: the pressed button was disabled while the test ran.
  const outcomeRef = useRef<HTMLHeadingElement>(null)
  const branchRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (outcome?.kind === 'success') onSuccess(settings)
    if (outcome?.kind === 'branch') setBranchFromServer(outcome.branch)
    if (outcome?.kind === 'branch') branchRef.current?.focus()
    if (outcome?.kind === 'diagnosis') outcomeRef.current?.focus()
    // Only a new test result moves the wizard on, not a re-render with the same result.
  }, [state])

  if (policy.status === 'loading') {
    return (
      <p className="status" role="status">
        <span className="spinner" aria-hidden="true" />
        {passwordText.title}…
      </p>
    )
  }

  const branch = branchFromServer ?? passwordBranch(policy.policy)
  const content = passwordStepContent(branch, policy.policy, outcome?.kind === 'branch' ? outcome.failed : null)
  const showForm = content.offersTest || testAnyway
  const lastFailure = outcome && outcome.kind !== 'success' ? outcome.failed : null

  const test = (password: string, allowPlaintext: boolean) => {
    const outUser = settings.outgoing?.username ?? username
    void run(settings, username, outUser, password, settings.email || null, allowPlaintext)
  }

  return (
    <section className="password-step" data-branch={branch} aria-labelledby="password-branch-title">
      <h2 id="password-branch-title" ref={branchRef} tabIndex={-1}>
        {content.heading}
      </h2>
      <p>{content.why}</p>
      {content.steps.length > 0 ? (
        <ol className="branch-steps">
          {content.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      ) : null}
      {branch === 'microsoft' ? (
        <div className="card-note">
          <p className="card-note-title">{passwordText.microsoft.adminTitle}</p>
          <p>{passwordText.microsoft.adminText}</p>
        </div>
      ) : null}
      {content.link ? (
        <p className="branch-link">
          <HelpLink url={content.link.url} label={content.link.label} />
        </p>
      ) : null}
      {content.note ? <p className="field-warning">{content.note}</p> : null}
      {content.offersTest ? <EnableImapNotice policy={policy.policy} /> : null}
      {outcome?.kind === 'branch' ? (
        <p className="server-said">
          <span className="technical">{passwordText.serverSwitched} </span>
          <code>
            <SensitiveText text={outcome.failed.serverResponse ?? outcome.failed.advice.what} />
          </code>
        </p>
      ) : null}

      {showForm ? (
        <>
          <p className="test-username">
            {passwordText.usernameUsed}: <Sensitive value={username} kind="username" />
          </p>
          <PasswordForm
            onSubmit={test}
            busy={state.status === 'running'}
            plaintext={sendsPlaintext(settings)}
            runner={runner}
            stopped={state.status === 'stopped'}
            warnSpaces={branch === 'app-password'}
          />
        </>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setTestAnyway(true)}>
          {passwordText.microsoft.testAnyway}
        </button>
      )}

      {state.status === 'error' ? <ErrorNotice error={state.error} what={passwordText.test} /> : null}

      {/* The live region exists before any result, so the result is announced when it arrives. */}
      <div aria-live="polite" className="test-outcome-region">
      {outcome?.kind === 'diagnosis' && lastFailure ? (
        <section className="test-outcome" aria-labelledby="outcome-title">
          <h2 id="outcome-title" className="outcome-title" ref={outcomeRef} tabIndex={-1}>
            {resultText.failTitle}
          </h2>
          <DiagnosisView failed={lastFailure} nextAction={outcome.nextAction} />
          {outcome.alternativeUsername && !otherUsernameUsed ? (
            <div className="card alt-username">
              <h3>{resultText.altUsernameTitle}</h3>
              <p>
                {resultText.altUsernameBefore}
                <Sensitive value={outcome.alternativeUsername} kind="username" />
                {resultText.altUsernameAfter}
              </p>
              <button
                type="button"
                className="button-primary"
                onClick={() => {
                  setOtherUsernameUsed(true)
                  setSettings(withUsername(settings, outcome.alternativeUsername!))
                  reset()
                }}
              >
                {resultText.altUsernameConsent}
              </button>
              <p className="field-help">{resultText.altUsernameNote}</p>
            </div>
          ) : null}
        </section>
      ) : null}
      </div>
    </section>
  )
}
