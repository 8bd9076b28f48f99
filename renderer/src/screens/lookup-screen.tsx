// Look up the settings of an address (catalog, autoconfig, DNS ...): used when nothing was
// found on this computer, or from the menu. Each option can be copied and tested.
import { useEffect, useId, useState, type FormEvent } from 'react'
import type { Guidance, LookupResult, ServerSettings } from '../../../src/model.js'
import { GuidanceView } from '../flows/guidance-view.js'
import { ManualSettingsForm } from '../flows/manual-settings-form.js'
import { useApi } from '../api-client.js'
import { CopyField, PlainField } from '../components/copy-field.js'
import { ErrorNotice } from '../components/error-notice.js'
import { useNavigation } from '../navigation.js'
import { maskFor, Sensitive, usePrivacy } from '../privacy.js'
import { protocolBadge, securityInWords } from '../text/common.js'
import { lookupText as t } from '../text/lookup.js'
import { ScreenTitle } from './screen-title.js'

function ServerOption({ server, label }: { server: ServerSettings; label: string }) {
  return (
    <div className="fields">
      {server.host ? <CopyField label={label} value={server.host} technical={protocolBadge(server.protocol)} /> : null}
      {server.port !== null ? <CopyField label={t.port} value={String(server.port)} /> : null}
      <PlainField label={t.security}>{securityInWords(server.security)}</PlainField>
      {server.username ? <CopyField label={t.username} value={server.username} sensitive="username" /> : null}
    </div>
  )
}

/**
 * Nothing found: the guidance core says whether nothing answered at all (offline) or the
 * domain publishes nothing, and what to do; the user can type the settings and test them.
 */
function NothingFound({ email }: { email: string }) {
  const api = useApi()
  const [guidance, setGuidance] = useState<Guidance | null>(null)
  useEffect(() => {
    let current = true
    api.guidance({ email }).then(
      (g) => current && setGuidance(g),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [api, email])
  if (!guidance) return <p role="status">{t.nothing}</p>
  return (
    <div className="lookup-result" role="status">
      <GuidanceView guidance={guidance} actions={{ 'type-settings-yourself': <ManualSettingsForm email={email} /> }} />
    </div>
  )
}

function LookupResultView({ result }: { result: LookupResult }) {
  const { navigate } = useNavigation()
  const { on: privacyOn } = usePrivacy()
  const incoming = result.incoming[0]
  if (!incoming) return <NothingFound email={result.email} />
  return (
    <div className="lookup-result" role="status">
      <article className="card" aria-label={privacyOn ? maskFor('email', result.email) : result.email}>
        <header className="card-header">
          <h3 className="card-title">
            <Sensitive value={result.email} kind="email" />
          </h3>
          <span className="badge">{protocolBadge(incoming.protocol)}</span>
        </header>
        {result.provider ? <p className="card-subtitle">{result.provider.name}</p> : null}
        <ServerOption server={incoming} label={t.incoming} />
        {result.outgoing[0] ? <ServerOption server={result.outgoing[0]} label={t.outgoing} /> : null}
        {result.notes.length > 0 ? (
          <ul className="card-note">
            {result.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        ) : null}
        <div className="card-actions">
          <button
            type="button"
            className="button-primary"
            onClick={() =>
              navigate('test', {
                target: { title: result.email, email: result.email, incoming, outgoing: result.outgoing[0] ?? null },
              })
            }
          >
            {t.testThese}
          </button>
        </div>
      </article>
    </div>
  )
}

export function LookupForm({ initialEmail = '' }: { initialEmail?: string }) {
  const api = useApi()
  const inputId = useId()
  const errorId = useId()
  const [email, setEmail] = useState(initialEmail)
  const [state, setState] = useState<
    { s: 'idle' } | { s: 'busy' } | { s: 'invalid' } | { s: 'done'; result: LookupResult } | { s: 'error'; error: Error }
  >({ s: 'idle' })

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const value = email.trim()
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return setState({ s: 'invalid' })
    setState({ s: 'busy' })
    try {
      setState({ s: 'done', result: await api.lookup(value) })
    } catch (error) {
      setState({ s: 'error', error: error instanceof Error ? error : new Error(String(error)) })
    }
  }

  return (
    <>
      <form className="lookup-form" onSubmit={onSubmit} noValidate>
        <label htmlFor={inputId}>{t.email}</label>
        <div className="inline-form">
          <input
            id={inputId}
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={state.s === 'invalid'}
            aria-describedby={state.s === 'invalid' ? errorId : undefined}
          />
          <button type="submit" className="button-primary" disabled={state.s === 'busy'}>
            {state.s === 'busy' ? t.finding : t.find}
          </button>
        </div>
        {state.s === 'invalid' ? (
          <p id={errorId} className="field-error">
            {t.invalid}
          </p>
        ) : null}
      </form>
      {state.s === 'done' ? <LookupResultView result={state.result} /> : null}
      {state.s === 'error' ? <ErrorNotice error={state.error} what={t.title} /> : null}
    </>
  )
}

export function LookupScreen({ email }: { email?: string }) {
  return (
    <>
      <ScreenTitle>{t.title}</ScreenTitle>
      <p className="intro">{t.intro}</p>
      <div className="card">
        <LookupForm initialEmail={email ?? ''} />
      </div>
    </>
  )
}
