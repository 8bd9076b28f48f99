// Mail programs that could not be read, each with its fix: plain steps, and a button for
// each deep link (on macOS the Full Disk Access pane). Also "where we looked".
import { useState } from 'react'
import type { SourceReport } from '../../../src/model.js'
import { useApi } from '../api-client.js'
import { useScan } from '../scan-state.js'
import { clientName, notesText, sourceFixLinkWords, sourceStatusWords } from '../../../src/words/words.js'
import { SensitiveText, usePrivacy } from '../privacy.js'
import { ErrorNotice } from './error-notice.js'
import { HelpLink } from './help-link.js'
import { useT } from '../i18n/use-t.js'

const PROBLEM_STATUSES: SourceReport['status'][] = ['permission-denied', 'unreadable', 'partial']

export function isProblem(source: SourceReport): boolean {
  return PROBLEM_STATUSES.includes(source.status)
}


/** "Ask Apple Mail": only on the user's click, since it starts Mail. */
function AskAppleMail() {
  const t = useT()
  const api = useApi()
  const { addFound } = useScan()
  const [state, setState] = useState<{ s: 'idle' } | { s: 'busy' } | { s: 'error'; error: Error }>({ s: 'idle' })
  const ask = async () => {
    setState({ s: 'busy' })
    try {
      addFound(await api.askAppleMail())
      setState({ s: 'idle' })
    } catch (error) {
      setState({ s: 'error', error: error instanceof Error ? error : new Error(String(error)) })
    }
  }
  return (
    <div className="ask-apple-mail">
      <p>{t('ui-accounts:askAppleMailWhy')}</p>
      <button type="button" className="button-secondary" onClick={() => void ask()} disabled={state.s === 'busy'}>
        {state.s === 'busy' ? t('ui-accounts:askingAppleMail') : t('ui-accounts:askAppleMail')}
      </button>
      {state.s === 'error' ? <ErrorNotice error={state.error} what={t('ui-accounts:askAppleMail')} /> : null}
    </div>
  )
}

export function SourceProblems({ sources, onRescan }: { sources: SourceReport[]; onRescan: () => void }) {
  const t = useT()
  const problems = sources.filter(isProblem)
  if (problems.length === 0) return null
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('ui-accounts:problemsTitle')}</h2>
      {problems.map((source, i) => (
        <div className="card problem-card" key={`${source.client}-${i}`}>
          <h3 className="card-title">
            {source.label ?? clientName(source.client)}
            <span className="technical"> ({sourceStatusWords(source.status)})</span>
          </h3>
          {source.message ? (
            <p>
              <SensitiveText text={notesText(source.message)} />
            </p>
          ) : null}
          {source.fix ? (
            <>
              <p className="card-note-title">{t('ui-accounts:problemHowToFix')}</p>
              <ol className="fix-steps">
                {source.fix.steps.map((step, j) => (
                  <li key={j}>{step}</li>
                ))}
              </ol>
              {source.fix.links?.length ? (
                <p className="fix-links">
                  {source.fix.links.map((url) => (
                    <HelpLink key={url} url={url} label={sourceFixLinkWords(source.fix?.linksOpen)} />
                  ))}
                </p>
              ) : null}
              <button type="button" className="button-secondary" onClick={onRescan}>
                {t('ui-accounts:scanAgain')}
              </button>
            </>
          ) : null}
          {source.fix?.askAppleMail ? <AskAppleMail /> : null}
        </div>
      ))}
    </section>
  )
}

/**
 * A source's status in words. "Not found" with the reader's own sentence (a Thunderbird
 * profile without prefs.js: "never set up in it"; a profile folder that is gone) shows that
 * sentence, as the command line does: the program is there, so "not on this computer" is wrong.
 */
export function SourceStatusWords({ source }: { source: SourceReport }) {
  if (source.status === 'not-found' && source.message) return <SensitiveText text={notesText(source.message)} />
  return <>{sourceStatusWords(source.status)}</>
}

export function WhereWeLooked({ sources }: { sources: SourceReport[] }) {
  const t = useT()
  // A location holds the computer's user name (/Users/jane/...): hidden in privacy mode.
  const { on: privacyOn } = usePrivacy()
  if (sources.length === 0) return null
  return (
    <details className="where-we-looked">
      <summary>{t('ui-accounts:whereWeLooked')}</summary>
      <ul>
        {sources.map((source, i) => (
          <li key={`${source.client}-${i}`}>
            {t('ui-common:labelColon', { label: source.label ?? clientName(source.client) })} <SourceStatusWords source={source} />
            {privacyOn ? null : <span className="technical"> ({source.location})</span>}
          </li>
        ))}
      </ul>
    </details>
  )
}
