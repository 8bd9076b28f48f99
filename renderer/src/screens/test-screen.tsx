// "Test this account": a real login with a password typed here, the step trace and the
// verdict's advice. The password never enters React state: the box is uncontrolled (as the
// wizards' PasswordForm), read once when the test is sent and emptied at that moment.
import { useId, useRef, useState, type FormEvent } from 'react'
import type { TestResult } from '../../../src/model.js'
import { buildTestRequest, untestableReason, type UntestableReason } from '../../../src/test-request.js'
import { useApi } from '../api-client.js'
import { AdviceView } from '../components/advice-view.js'
import { ErrorNotice } from '../components/error-notice.js'
import { StepTrace } from '../components/step-trace.js'
import { useNavigation, type TestTarget } from '../navigation.js'
import { Sensitive, SensitiveText, usePrivacy } from '../privacy.js'
import { protocolBadge, securityInWords } from '../text/common.js'
import { testText as t } from '../text/test-panel.js'
import { ScreenTitle } from './screen-title.js'

type Which = 'incoming' | 'outgoing'

const UNTESTABLE_WORDS: Record<UntestableReason, string> = {
  'not-a-mail-protocol': t.cannotTest,
  'missing-settings': t.missingSettings,
}

export function TestPanel({ target }: { target: TestTarget }) {
  const api = useApi()
  const privacy = usePrivacy()
  const ids = { which: useId(), user: useId(), password: useId(), hint: useId() }
  const [which, setWhich] = useState<Which>('incoming')
  const server = which === 'outgoing' && target.outgoing ? target.outgoing : target.incoming
  const [username, setUsername] = useState(server.username ?? target.email ?? '')
  const [hasPassword, setHasPassword] = useState(false)
  // Failed logins lock accounts: the other username form is offered once, never again.
  const [otherUsernameUsed, setOtherUsernameUsed] = useState(false)
  const [state, setState] = useState<{ s: 'idle' } | { s: 'busy' } | { s: 'done'; result: TestResult } | { s: 'error'; error: Error }>({
    s: 'idle',
  })
  const passwordRef = useRef<HTMLInputElement>(null)
  const untestable = untestableReason(server)

  const choose = (next: Which) => {
    setWhich(next)
    const s = next === 'outgoing' && target.outgoing ? target.outgoing : target.incoming
    setUsername(s.username ?? target.email ?? '')
    setState({ s: 'idle' })
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const passwordBox = passwordRef.current
    const request = passwordBox ? buildTestRequest(server, { username, password: passwordBox.value, email: target.email }) : null
    if (!request || !passwordBox) return
    passwordBox.value = '' // cleared as soon as it is sent
    setHasPassword(false)
    setState({ s: 'busy' })
    try {
      setState({ s: 'done', result: await api.testAccount(request) })
    } catch (error) {
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
          <legend>{t.whichServer}</legend>
          <label>
            <input type="radio" name={ids.which} checked={which === 'incoming'} onChange={() => choose('incoming')} />
            {t.incoming(protocolBadge(target.incoming.protocol))}
          </label>
          <label>
            <input type="radio" name={ids.which} checked={which === 'outgoing'} onChange={() => choose('outgoing')} />
            {t.outgoing}
          </label>
        </fieldset>
      ) : null}
      <dl className="test-server">
        <dt>{t.server}</dt>
        <dd>
          {server.host ?? '—'}
          {server.port !== null ? `:${server.port}` : ''} <span className="technical">({securityInWords(server.security)})</span>
        </dd>
      </dl>
      {untestable ? (
        <p className="notice notice-info">{UNTESTABLE_WORDS[untestable]}</p>
      ) : (
        <form onSubmit={onSubmit} className="test-form">
          <label htmlFor={ids.user}>{t.username}</label>
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
          <label htmlFor={ids.password}>{t.password}</label>
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
            {t.passwordHint}
          </p>
          <button type="submit" className="button-primary" disabled={state.s === 'busy' || !hasPassword || !username}>
            {state.s === 'busy' ? t.running : t.start}
          </button>
        </form>
      )}
      <div aria-live="polite" className="test-result-region">
        {state.s === 'busy' ? (
          <p className="status">
            <span className="spinner" aria-hidden="true" />
            {t.running}
          </p>
        ) : null}
        {state.s === 'done' ? (
          <div className={state.result.ok ? 'test-result ok' : 'test-result failed'} data-verdict={state.result.verdict}>
            <p className="test-result-title">{state.result.ok ? t.resultOk : t.resultFailed}</p>
            {/* The advice first (what happened, why, what to do), then the steps behind it. */}
            {state.result.ok ? null : <AdviceView advice={state.result.advice} serverResponse={state.result.serverResponse} />}
            {!state.result.ok && !otherUsernameUsed && state.result.advice.alternativeUsername ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => switchToOtherUsername(state.result.advice.alternativeUsername!)}
              >
                {t.tryOtherUsername} <Sensitive value={state.result.advice.alternativeUsername} kind="username" />
              </button>
            ) : null}
            <h3 className="subheading">{t.steps}</h3>
            <StepTrace steps={state.result.steps} />
          </div>
        ) : null}
        {state.s === 'error' ? <ErrorNotice error={state.error} what={t.title} /> : null}
      </div>
    </div>
  )
}

export function TestScreen({ target }: { target: TestTarget }) {
  const { navigate } = useNavigation()
  return (
    <>
      <ScreenTitle>
        {t.title}: {target.email ? <Sensitive value={target.email} kind="email" /> : <SensitiveText text={target.title} />}
      </ScreenTitle>
      <p className="intro">{t.intro}</p>
      <TestPanel key={target.title} target={target} />
      <p>
        <button type="button" className="button-secondary" onClick={() => navigate('accounts', {})}>
          {t.backToAccounts}
        </button>
      </p>
    </>
  )
}
