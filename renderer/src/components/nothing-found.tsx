// The home screen when no account was found: each program checked and where, what each
// found (a Thunderbird profile never set up, a folder without profiles), the programs that
// cannot be read, and what to do next. The lookup form follows it on the screen.
import type { SourceReport } from '../../../src/model.js'
import { CHECKED_PROGRAMS, UNREADABLE_PROGRAMS } from '../../../src/api.js'
import { usePrivacy } from '../privacy.js'
import { clientName } from '../../../src/words/words.js'
import { SourceStatusWords } from './source-problems.js'
import { useT } from '../i18n/use-t.js'

export function NothingFound({ sources }: { sources: SourceReport[] }) {
  const t = useT()
  const { on: privacyOn } = usePrivacy()
  // What the readers reported (found folders without accounts) comes first: it is the most specific.
  const seen = sources.filter((s) => s.status === 'not-found' || s.status === 'ok')
  return (
    <section className="card nothing-found" aria-labelledby="nothing-found-title">
      <h2 id="nothing-found-title">{t('ui-accounts:checkedTitle')}</h2>
      <p>{t('ui-accounts:checkedIntro')}</p>
      <ul className="checked-programs">
        {CHECKED_PROGRAMS.map((checked) => (
          <li key={checked.program}>{t(checked.program)}</li>
        ))}
      </ul>
      {/* The exact places are for an admin: folded, so the next step stays in view. */}
      <details className="checked-places">
        <summary>{t('ui-accounts:checkedPlaces')}</summary>
        <ul>
          {CHECKED_PROGRAMS.map((checked) => (
            <li key={checked.program}>
              {t('ui-common:labelColon', { label: t(checked.program) })} <span className="technical">{checked.where.join(', ')}</span>
            </li>
          ))}
        </ul>
      </details>
      {seen.length > 0 ? (
        <ul className="checked-found">
          {seen.map((source, i) => (
            <li key={`${source.client}-${i}`}>
              {t('ui-common:labelColon', { label: source.label ?? clientName(source.client) })} <SourceStatusWords source={source} />
              {privacyOn ? null : <span className="technical"> ({source.location})</span>}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('ui-accounts:cannotReadTitle')}</h3>
      <p>{t('ui-accounts:cannotReadIntro')}</p>
      <ul>
        {UNREADABLE_PROGRAMS.map((p) => (
          <li key={p.program}>
            {t('ui-common:labelColon', { label: t(p.program) })} {t(p.why)}
          </li>
        ))}
      </ul>
      <h3>{t('ui-accounts:whatToDoTitle')}</h3>
      <ol>
        <li>{t('ui-accounts:whatToDo.lookUp')}</li>
        <li>{t('ui-accounts:whatToDo.fullDiskAccess')}</li>
      </ol>
    </section>
  )
}
