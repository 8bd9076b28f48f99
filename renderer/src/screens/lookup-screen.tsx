// Look up the settings of an address (catalog, autoconfig, DNS ...): used when nothing was
// found on this computer, or from the menu. Each option can be copied and tested.
import { useEffect, useId, useState, type FormEvent } from 'react'
import type { Guidance, LookupResult, ServerSettings } from '../../../src/model.js'
import { GuidanceView } from '../flows/guidance-view.js'
import { ManualSettingsForm } from '../flows/manual-settings-form.js'
import { useApi } from '../api-client.js'
import { CopyField, PlainField } from '../components/copy-field.js'
import { ErrorNotice } from '../components/error-notice.js'
import { usePrivateInput } from '../components/private-input.js'
import { useNavigation } from '../navigation.js'
import { maskFor, Sensitive, usePrivacy } from '../privacy.js'
import { ScreenTitle } from './screen-title.js'
import { useT } from '../i18n/use-t.js'
import { noteText, protocolBadge } from '../../../src/words/words.js'
import { securityInWords } from '../text/common.js'

function ServerOption({ server, label }: { server: ServerSettings; label: string }) {
  const t = useT()
  return (
    <div className="fields">
      {server.host ? <CopyField label={label} value={server.host} technical={protocolBadge(server.protocol)} /> : null}
      {server.port !== null ? <CopyField label={t('ui-lookup:port')} value={String(server.port)} /> : null}
      <PlainField label={t('ui-lookup:security')}>{securityInWords(server.security)}</PlainField>
      {server.username ? <CopyField label={t('ui-lookup:username')} value={server.username} sensitive="username" /> : null}
    </div>
  )
}

/**
 * Nothing found: the guidance core says whether nothing answered at all (offline) or the
 * domain publishes nothing, and what to do; the user can type the settings and test them.
 */
function NothingFound({ email }: { email: string }) {
  const t = useT()
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
  if (!guidance) return <p role="status">{t('ui-lookup:nothing')}</p>
  return (
    <div className="lookup-result" role="status">
      <GuidanceView guidance={guidance} actions={{ 'type-settings-yourself': <ManualSettingsForm email={email} /> }} />
    </div>
  )
}

function LookupResultView({ result }: { result: LookupResult }) {
  const t = useT()
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
        <ServerOption server={incoming} label={t('ui-lookup:incoming')} />
        {result.outgoing[0] ? <ServerOption server={result.outgoing[0]} label={t('ui-lookup:outgoing')} /> : null}
        {result.notes.length > 0 ? (
          <ul className="card-note">
            {result.notes.map((note, i) => (
              <li key={i}>{noteText(note)}</li>
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
            {t('ui-lookup:testThese')}
          </button>
        </div>
      </article>
    </div>
  )
}

export function LookupForm({ initialEmail = '' }: { initialEmail?: string }) {
  const t = useT()
  const api = useApi()
  const inputId = useId()
  // Privacy mode: the typed address shows as dots (a reveal button for the typist).
  const privateInput = usePrivateInput(inputId)
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
        <label htmlFor={inputId}>{t('ui-lookup:email')}</label>
        <div className="inline-form private-field">
          <input
            id={inputId}
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={state.s === 'invalid'}
            aria-describedby={state.s === 'invalid' ? errorId : undefined}
            {...privateInput.inputProps}
          />
          {privateInput.reveal}
          <button type="submit" className="button-primary" disabled={state.s === 'busy'}>
            {state.s === 'busy' ? t('ui-lookup:finding') : t('ui-lookup:find')}
          </button>
        </div>
        {state.s === 'invalid' ? (
          <p id={errorId} className="field-error">
            {t('ui-lookup:invalid')}
          </p>
        ) : null}
      </form>
      {state.s === 'done' ? <LookupResultView result={state.result} /> : null}
      {state.s === 'error' ? <ErrorNotice error={state.error} what={t('ui-lookup:title')} /> : null}
    </>
  )
}

export function LookupScreen({ email }: { email?: string }) {
  const t = useT()
  return (
    <>
      <ScreenTitle>{t('ui-lookup:title')}</ScreenTitle>
      <p className="intro">{t('ui-lookup:intro')}</p>
      <div className="card">
        <LookupForm initialEmail={email ?? ''} />
      </div>
    </>
  )
}
