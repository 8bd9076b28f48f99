// Mail programs that could not be read, each with its fix: plain steps, and a button for
// each deep link (on macOS the Full Disk Access pane). Also "where we looked".
import type { SourceReport } from '../../../src/model.js'
import { accountsText as t } from '../text/accounts.js'
import { clientNames } from '../text/common.js'
import { SensitiveText, usePrivacy } from '../privacy.js'
import { HelpLink } from './help-link.js'

const PROBLEM_STATUSES: SourceReport['status'][] = ['permission-denied', 'unreadable', 'partial']

export function isProblem(source: SourceReport): boolean {
  return PROBLEM_STATUSES.includes(source.status)
}

function linkLabel(url: string): string {
  return url.startsWith('x-apple.systempreferences:') ? t.openSettings : t.openHelp
}

export function SourceProblems({ sources, onRescan }: { sources: SourceReport[]; onRescan: () => void }) {
  const problems = sources.filter(isProblem)
  if (problems.length === 0) return null
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t.problemsTitle}</h2>
      {problems.map((source, i) => (
        <div className="card problem-card" key={`${source.client}-${i}`}>
          <h3 className="card-title">
            {clientNames[source.client]}
            <span className="technical"> ({t.sourceStatus[source.status]})</span>
          </h3>
          {source.message ? (
            <p>
              <SensitiveText text={source.message} />
            </p>
          ) : null}
          {source.fix ? (
            <>
              <p className="card-note-title">{t.problemHowToFix}</p>
              <ol className="fix-steps">
                {source.fix.steps.map((step, j) => (
                  <li key={j}>{step}</li>
                ))}
              </ol>
              {source.fix.links?.length ? (
                <p className="fix-links">
                  {source.fix.links.map((url) => (
                    <HelpLink key={url} url={url} label={linkLabel(url)} />
                  ))}
                </p>
              ) : null}
              <button type="button" className="button-secondary" onClick={onRescan}>
                {t.scanAgain}
              </button>
            </>
          ) : null}
        </div>
      ))}
    </section>
  )
}

export function WhereWeLooked({ sources }: { sources: SourceReport[] }) {
  // A location holds the computer's user name (/Users/jane/...): hidden in privacy mode.
  const { on: privacyOn } = usePrivacy()
  if (sources.length === 0) return null
  return (
    <details className="where-we-looked">
      <summary>{t.whereWeLooked}</summary>
      <ul>
        {sources.map((source, i) => (
          <li key={`${source.client}-${i}`}>
            {clientNames[source.client]}: {t.sourceStatus[source.status]}
            {privacyOn ? null : <span className="technical"> ({source.location})</span>}
          </li>
        ))}
      </ul>
    </details>
  )
}
