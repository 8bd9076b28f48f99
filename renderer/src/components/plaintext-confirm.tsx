// The question before a password travels readable (a server without encryption). The core
// refuses such a test unless the request says the user agreed (TestRequest.allowPlaintext).
import { useEffect, useId, useRef } from 'react'
import { useT } from '../i18n/use-t.js'

export function PlaintextConfirm({ onYes, onNo }: { onYes: () => void; onNo: () => void }) {
  const t = useT()
  const titleId = useId()
  const ref = useRef<HTMLButtonElement>(null)
  // Focus lands on the safe answer, where the question is read out with it.
  useEffect(() => ref.current?.focus(), [])
  return (
    <div className="notice notice-warning plaintext-confirm" role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-text`}>
      <p id={titleId} className="notice-title">
        {t('ui-test:plaintext.question')}
      </p>
      <p id={`${titleId}-text`}>{t('ui-test:plaintext.why')}</p>
      <div className="wizard-actions">
        <button ref={ref} type="button" className="button-secondary" onClick={onNo}>
          {t('ui-test:plaintext.no')}
        </button>
        <button type="button" className="button-primary" onClick={onYes}>
          {t('ui-test:plaintext.yes')}
        </button>
      </div>
    </div>
  )
}
