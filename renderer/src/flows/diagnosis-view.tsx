// A failed wizard test in the order docs/style.md asks for: what happened, why, then the ONE next
// action (large), the one link that helps, and the server's own words. The full advice and
// the step trace stay one click away.
import type { TestResult } from '../../../src/model.js'
import { WhatHappenedAndWhy } from '../components/advice-view.js'
import { HelpLink } from '../components/help-link.js'
import { StepTrace } from '../components/step-trace.js'
import { SensitiveText } from '../privacy.js'
import { useT } from '../i18n/use-t.js'

export function DiagnosisView({ failed, nextAction }: { failed: TestResult; nextAction: string | null }) {
  const t = useT()
  const { advice } = failed
  const link = advice.links[0]
  const more = advice.next.slice(nextAction ? 1 : 0)
  return (
    <div className="diagnosis" data-verdict={failed.verdict}>
      <h3 className="diagnosis-title">
        <SensitiveText text={advice.title} />
      </h3>
      <WhatHappenedAndWhy advice={advice} />
      {nextAction ? (
        <div className="next-action">
          <p className="card-note-title">{t('ui-crm:result.nextAction')}</p>
          <p>
            <SensitiveText text={nextAction} />
          </p>
          {link ? <HelpLink url={link.url} label={link.label} /> : null}
        </div>
      ) : null}
      {failed.serverResponse ? (
        <p className="server-said">
          <span className="technical">{t('ui-crm:result.serverSaid')}: </span>
          <code>
            <SensitiveText text={failed.serverResponse} />
          </code>
        </p>
      ) : null}
      <details className="trace-details">
        <summary>{t('ui-crm:result.stepsTitle')}</summary>
        {more.length > 0 ? (
          <ul>
            {more.map((step) => (
              <li key={step}>
                <SensitiveText text={step} />
              </li>
            ))}
          </ul>
        ) : null}
        <StepTrace steps={failed.steps} />
      </details>
    </div>
  )
}
