// A verdict's advice: what happened, why, and the next thing to do, in that order, with at
// most two help links (docs/style.md "Every error screen says ...").
import type { Advice } from '../../../src/model.js'
import { HelpLink } from './help-link.js'
// Server words may name the user: masked in privacy mode.
import { SensitiveText } from '../privacy.js'
import { useT } from '../i18n/use-t.js'

/** "What happened" and "Why", the first two parts of every error explanation. */
export function WhatHappenedAndWhy({ advice }: { advice: Pick<Advice, 'what' | 'why'> }) {
  const t = useT()
  return (
    <>
      <p>
        <strong>{t('ui-common:labelColon', { label: t('ui-test:test.whatHappened') })} </strong>
        <SensitiveText text={advice.what} />
      </p>
      {advice.why ? (
        <p>
          <strong>{t('ui-common:labelColon', { label: t('ui-test:test.why') })} </strong>
          <SensitiveText text={advice.why} />
        </p>
      ) : null}
    </>
  )
}

export function AdviceView({ advice, serverResponse }: { advice: Advice; serverResponse?: string | null }) {
  const t = useT()
  return (
    <section className="advice" aria-labelledby="advice-title" data-verdict={advice.verdict}>
      <h3 id="advice-title">{advice.title}</h3>
      <WhatHappenedAndWhy advice={advice} />
      {advice.next.length > 0 ? (
        <>
          <p className="advice-next-title">
            <strong>{t('ui-common:labelColon', { label: t('ui-test:test.next') })}</strong>
          </p>
          <ol className="advice-next">
            {advice.next.map((step, i) => (
              <li key={i}>
                <SensitiveText text={step} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {advice.links.length > 0 ? (
        <p className="advice-links">
          {advice.links.slice(0, 2).map((link) => (
            <HelpLink key={link.url} url={link.url} label={link.label} />
          ))}
        </p>
      ) : null}
      {serverResponse ? (
        <p className="server-said">
          <span className="technical">{t('ui-common:labelColon', { label: t('ui-test:test.serverSaid') })} </span>
          <code>
            <SensitiveText text={serverResponse} />
          </code>
        </p>
      ) : null}
    </section>
  )
}
