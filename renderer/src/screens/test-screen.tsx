// "Test this account": a real login with a password typed here, the step trace and the
// verdict's advice. The password never enters React state: the box is uncontrolled (as the
// wizards' PasswordForm), read once when the test is sent and emptied at that moment.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { ServerSettings, TestRequest, TestResult } from '../../../src/model.js'
import { buildTestRequest, untestableReason } from '../../../src/test-request.js'
import { AdviceView } from '../components/advice-view.js'
import { ErrorNotice } from '../components/error-notice.js'
import { PlaintextConfirm } from '../components/plaintext-confirm.js'
import { RunningTest } from '../components/running-test.js'
import { isTestCancelled } from '../../../src/api.js'
import { useTestRunner } from '../flows/test-runner.js'
import { StepTrace } from '../components/step-trace.js'
import { useNavigation, type TestTarget } from '../navigation.js'
import { Sensitive, SensitiveText, usePrivacy } from '../privacy.js'
import { ScreenTitle } from './screen-title.js'
import { useT } from '../i18n/use-t.js'
import { t } from '../../../src/i18n/i18n.js'
import { protocolBadge } from '../../../src/words/words.js'
import { securityInWords } from '../text/common.js'
import { SLOT, withElement } from '../i18n/with-element.js'

type Which = 'incoming' | 'outgoing'

/** The request for one server of the target, or why it cannot be tested. */
export function testableServer(server: ServerSettings): { protocol: TestRequest['protocol'] } | { problem: string } {
  const reason = untestableReason(server)
  if (reason === 'not-a-mail-protocol') return { problem: t('ui-test:test.cannotTest') }
  if (reason === 'missing-settings') return { problem: t('ui-test:test.missingSettings') }
  return { protocol: server.protocol as TestRequest['protocol'] }
}

export function TestPanel({ target }: { target: TestTarget }) {
  const t = useT()
  const runner = useTestRunner()
  const privacy = usePrivacy()
  const ids = { which: useId(), user: useId(), password: useId(), hint: useId() }
  const [which, setWhich] = useState<Which>('incoming')
  const server = which === 'outgoing' && target.outgoing ? target.outgoing : target.incoming
  const [username, setUsername] = useState(server.username ?? target.email ?? '')
  const [hasPassword, setHasPassword] = useState(false)
  // Failed logins lock accounts: the other username form is offered once, never again.
  const [otherUsernameUsed, setOtherUsernameUsed] = useState(false)
  const [state, setState] = useState<
    { s: 'idle' } | { s: 'confirm' } | { s: 'busy' } | { s: 'done'; result: TestResult } | { s: 'stopped' } | { s: 'error'; error: Error }
  >({
    s: 'idle',
  })
  const passwordRef = useRef<HTMLInputElement>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const testable = testableServer(server)
  // After a test, focus lands on its outcome, not on the top of the page.
  useEffect(() => {
    if (state.s === 'done' || state.s === 'stopped') resultRef.current?.focus()
  }, [state])

  const choose = (next: Which) => {
    setWhich(next)
    const s = next === 'outgoing' && target.outgoing ? target.outgoing : target.incoming
    setUsername(s.username ?? target.email ?? '')
    setState({ s: 'idle' })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    // Unencrypted: ask first; the password stays in its box until the answer.
    if (server.security === 'none') return setState({ s: 'confirm' })
    void send(false)
  }

  const send = async (allowPlaintext: boolean) => {
    const passwordBox = passwordRef.current
    if (!passwordBox) return
    const request = buildTestRequest(server, { username, password: passwordBox.value, email: target.email, allowPlaintext })
    if (!request) return
    passwordBox.value = '' // cleared as soon as it is sent
    setHasPassword(false)
    setState({ s: 'busy' })
    try {
      setState({ s: 'done', result: await runner.test(request) })
    } catch (error) {
      if (isTestCancelled(error)) return setState({ s: 'stopped' })
      setState({ s: 'error', error: error instanceof Error ? error : new Error(String(error)) })
    }
  }

  const switchToOtherUsername = (name: string) => {
    setOtherUsernameUsed(true)
    setUsername(name)
    setState({ s: 'idle' })
    passwordRef.current?.focus()
  }

  return (
    <div className="card test-panel">
      {target.outgoing ? (
        <fieldset className="choice">
          <legend>{t('ui-test:test.whichServer')}</legend>
          <label>
            <input type="radio" name={ids.which} checked={which === 'incoming'} onChange={() => choose('incoming')} />
            {t('ui-test:test.incoming', { badge: protocolBadge(target.incoming.protocol) })}
          </label>
          <label>
            <input type="radio" name={ids.which} checked={which === 'outgoing'} onChange={() => choose('outgoing')} />
            {t('ui-test:test.outgoing')}
          </label>
        </fieldset>
      ) : null}
      <dl className="test-server">
        <dt>{t('ui-test:test.server')}</dt>
        <dd>
          {server.host ?? '—'}
          {server.port !== null ? `:${server.port}` : ''} <span className="technical">({securityInWords(server.security)})</span>
        </dd>
      </dl>
      {'problem' in testable ? (
        <p className="notice notice-info">{testable.problem}</p>
      ) : (
        <form onSubmit={onSubmit} className="test-form">
          <label htmlFor={ids.user}>{t('ui-test:test.username')}</label>
          {privacy.on ? (
            // Screen sharing: the username is shown masked and not editable while privacy is on.
            <output id={ids.user} className="masked-input">
              <Sensitive value={username} kind="username" />
            </output>
          ) : (
            <input
              id={ids.user}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
            />
          )}
          <label htmlFor={ids.password}>{t('ui-test:test.password')}</label>
          <input
            id={ids.password}
            ref={passwordRef}
            type="password"
            autoComplete="off"
            onChange={(e) => setHasPassword(e.target.value.length > 0)}
            aria-describedby={ids.hint}
            required
          />
          <p id={ids.hint} className="hint">
            {t('ui-test:test.passwordHint')}
          </p>
          <button type="submit" className="button-primary" disabled={state.s === 'busy' || state.s === 'confirm' || !hasPassword || !username}>
            {state.s === 'busy' ? t('ui-test:test.running') : t('ui-test:test.start')}
          </button>
        </form>
      )}
      {state.s === 'confirm' ? (
        <PlaintextConfirm
          onYes={() => void send(true)}
          onNo={() => {
            setState({ s: 'idle' })
            passwordRef.current?.focus()
          }}
        />
      ) : null}
      <RunningTest running={runner.running} progress={runner.progress} onCancel={runner.cancel} />
      <div aria-live="polite" className="test-result-region">
        {state.s === 'stopped' ? (
          <h2 ref={resultRef} tabIndex={-1} className="test-result-title">
            {t('ui-test:test.stopped')}
          </h2>
        ) : null}
        {state.s === 'done' ? (
          <div className={state.result.ok ? 'test-result ok' : 'test-result failed'} data-verdict={state.result.verdict}>
            <h2 ref={resultRef} tabIndex={-1} className="test-result-title">
              {state.result.ok ? t('ui-test:test.resultOk') : t('ui-test:test.resultFailed')}
            </h2>
            {/* The advice first (what happened, why, what to do), then the steps behind it. */}
            {state.result.ok ? null : <AdviceView advice={state.result.advice} serverResponse={state.result.serverResponse} />}
            {!state.result.ok && !otherUsernameUsed && state.result.advice.alternativeUsername ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => switchToOtherUsername(state.result.advice.alternativeUsername!)}
              >
                {t('ui-test:test.tryOtherUsername')} <Sensitive value={state.result.advice.alternativeUsername} kind="username" />
              </button>
            ) : null}
            <h3 className="subheading">{t('ui-test:test.steps')}</h3>
            <StepTrace steps={state.result.steps} />
          </div>
        ) : null}
        {state.s === 'error' ? <ErrorNotice error={state.error} what={t('ui-test:test.title')} /> : null}
      </div>
    </div>
  )
}

export function TestScreen({ target }: { target: TestTarget }) {
  const t = useT()
  const { navigate } = useNavigation()
  return (
    <>
      <ScreenTitle>
        {withElement(t('ui-test:test.titleFor', { account: SLOT }), target.email ? <Sensitive value={target.email} kind="email" /> : <SensitiveText text={target.title} />)}
      </ScreenTitle>
      <p className="intro">{t('ui-test:test.intro')}</p>
      <TestPanel key={target.title} target={target} />
      <p>
        <button type="button" className="button-secondary" onClick={() => navigate('accounts', {})}>
          {t('ui-test:test.backToAccounts')}
        </button>
      </p>
    </>
  )
}
