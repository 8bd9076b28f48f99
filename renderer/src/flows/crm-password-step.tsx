// The CRM wizard's password step: the guidance core's answer says which password the CRM's
// IMAP form needs (or that none works); a real test of IMAP and SMTP may change that answer
// (the core is asked again with the test's verdict), or shows the diagnosis with its one next
// action and the other username form (with consent).
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import type { Guidance, GuidanceQuery } from '../../../src/model.js'
import { passwordHeading, passwordFormatWords } from '../../../src/words/words.js'
import { useApi } from '../api-client.js'
import { ErrorNotice } from '../components/error-notice.js'
import { HelpLink } from '../components/help-link.js'
import { Sensitive, SensitiveText } from '../privacy.js'
import type { CrmSettings } from './crm-fields.js'
import { DiagnosisView } from './diagnosis-view.js'
import { GuidanceView } from './guidance-view.js'
import { PasswordForm } from './password-form.js'
import { testOutcome } from './password-step.js'
import { sendsPlaintext, useSettingsTest } from './use-settings-test.js'
import { useT } from '../i18n/use-t.js'
import { SLOT, withElement } from '../i18n/with-element.js'

export interface CrmPasswordStepProps {
  settings: CrmSettings
  guidance: Guidance
  /** The query that gave `guidance`: asked again with a test's verdict. */
  query: GuidanceQuery
  /** Both tests worked: the settings as tested (the username may have changed). */
  onSuccess: (settings: CrmSettings) => void
}

function withUsername(settings: CrmSettings, username: string): CrmSettings {
  const before = settings.incoming.username
  const outgoing = settings.outgoing && settings.outgoing.username === before ? { ...settings.outgoing, username } : settings.outgoing
  return { ...settings, incoming: { ...settings.incoming, username }, outgoing }
}

/** Did the server's answer change what the CRM needs? */
function changed(before: Guidance, after: Guidance): boolean {
  return before.password !== after.password || before.signIn !== after.signIn || before.blockers.length !== after.blockers.length
}

export function CrmPasswordStep({ settings: initial, guidance: first, query, onSuccess }: CrmPasswordStepProps) {
  const t = useT()
  const api = useApi()
  const [guidance, setGuidance] = useState(first)
  const [switchedBy, setSwitchedBy] = useState<{ said: string; link: { label: string; url: string } | null } | null>(null)
  const [settings, setSettings] = useState(initial)
  const [testAnyway, setTestAnyway] = useState(false)
  // Failed logins lock accounts: the other username form is offered once, never again.
  const [otherUsernameUsed, setOtherUsernameUsed] = useState(false)
  const { state, run, reset, runner } = useSettingsTest()

  const username = settings.incoming.username ?? settings.email
  const outcome = state.status === 'done' ? testOutcome(state.results, state.username) : null

  // Reads this render's guidance, query and callbacks without making them reasons to re-run:
  // only a new test result moves the wizard on, not a re-render with the same result.
  const onTestResult = useEffectEvent(() => {
    if (outcome?.kind === 'success') onSuccess(settings)
    if (outcome?.kind !== 'diagnosis') return
    let current = true
    const failed = outcome.failed
    api.guidance({ ...query, verdict: failed.verdict }).then(
      (next) => {
        if (!current || !changed(guidance, next)) return
        setGuidance(next)
        // The failed test's own help page (e.g. Google's, known from the server's greeting).
        setSwitchedBy({ said: failed.serverResponse ?? failed.advice.what, link: failed.advice.links[0] ?? null })
      },
      () => undefined,
    )
    return () => {
      current = false
    }
  })
  useEffect(() => onTestResult(), [state])

  // After a test, focus lands on what it found (the diagnosis, or the switched branch), never on
  // the top of the page: the pressed button was disabled while the test ran.
  const outcomeRef = useRef<HTMLHeadingElement>(null)
  const branchRef = useRef<HTMLHeadingElement>(null)
  const diagnosed = outcome?.kind === 'diagnosis'
  useEffect(() => {
    if (diagnosed) outcomeRef.current?.focus()
  }, [state, diagnosed])
  useEffect(() => {
    if (switchedBy) branchRef.current?.focus()
  }, [switchedBy])

  const canTest = guidance.fieldsUse === 'copy'
  const showForm = canTest || testAnyway
  const lastFailure = outcome?.kind === 'diagnosis' ? outcome.failed : null
  const switched = switchedBy !== null

  const test = (password: string, allowPlaintext: boolean) => {
    const outUser = settings.outgoing?.username ?? username
    void run(settings, username, outUser, password, settings.email || null, allowPlaintext)
  }

  return (
    <section className="password-step" data-branch={guidance.password ?? 'unknown'} aria-labelledby="password-branch-title">
      <h2 id="password-branch-title" ref={branchRef} tabIndex={-1}>
        {passwordHeading(guidance)}
      </h2>
      {switched ? (
        <p className="server-said">
          <span className="technical">{t('ui-crm:password.serverSwitched')} </span>
          <code>
            <SensitiveText text={switchedBy.said} />
          </code>
          {switchedBy.link && guidance.links.length === 0 ? (
            <>
              {' '}
              <HelpLink url={switchedBy.link.url} label={switchedBy.link.label} />
            </>
          ) : null}
        </p>
      ) : null}
      <GuidanceView guidance={guidance} />
      {guidance.terms.format && canTest ? <p className="field-warning">{passwordFormatWords(guidance.terms.format)}</p> : null}

      {showForm ? (
        <>
          <p className="test-username">
            {withElement(t('ui-crm:password.usernameUsed', { username: SLOT }), <Sensitive value={username} kind="username" />)}
          </p>
          <PasswordForm
            onSubmit={test}
            busy={state.status === 'running'}
            plaintext={sendsPlaintext(settings)}
            runner={runner}
            stopped={state.status === 'stopped'}
            warnSpaces={guidance.terms.format === 'four-groups-of-four' || guidance.terms.format === 'sixteen-letters'}
          />
        </>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setTestAnyway(true)}>
          {t('ui-crm:password.testAnyway')}
        </button>
      )}

      {state.status === 'error' ? <ErrorNotice error={state.error} what={t('ui-crm:password.test')} /> : null}

      {/* The live region exists before any result, so the result is announced when it arrives. */}
      <div aria-live="polite" className="test-outcome-region">
      {outcome?.kind === 'diagnosis' && lastFailure && !switched ? (
        <section className="test-outcome" aria-labelledby="outcome-title">
          <h2 id="outcome-title" className="outcome-title" ref={outcomeRef} tabIndex={-1}>
            {t('ui-crm:result.failTitle')}
          </h2>
          <DiagnosisView failed={lastFailure} nextAction={outcome.nextAction} />
          {outcome.alternativeUsername && !otherUsernameUsed ? (
            <div className="card alt-username">
              <h3>{t('ui-crm:result.altUsernameTitle')}</h3>
              <p>
                {withElement(t('ui-crm:result.altUsername', { username: SLOT }), <Sensitive value={outcome.alternativeUsername} kind="username" />)}
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
                {t('ui-crm:result.altUsernameConsent')}
              </button>
              <p className="field-help">{t('ui-crm:result.altUsernameNote')}</p>
            </div>
          ) : null}
        </section>
      ) : null}
      </div>
    </section>
  )
}
