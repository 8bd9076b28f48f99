// The question before a password travels readable (a server without encryption). The core
// refuses such a test unless the request says the user agreed (TestRequest.allowPlaintext).
import { useEffect, useId, useRef } from 'react'
import { plaintextText as t } from '../text/test-panel.js'

export function PlaintextConfirm({ onYes, onNo }: { onYes: () => void; onNo: () => void }) {
  const titleId = useId()
  const ref = useRef<HTMLButtonElement>(null)
  // Focus lands on the safe answer, where the question is read out with it.
  useEffect(() => ref.current?.focus(), [])
  return (
    <div className="notice notice-warning plaintext-confirm" role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-text`}>
      <p id={titleId} className="notice-title">
        {t.question}
      </p>
      <p id={`${titleId}-text`}>{t.why}</p>
      <div className="wizard-actions">
        <button ref={ref} type="button" className="button-secondary" onClick={onNo}>
          {t.no}
        </button>
        <button type="button" className="button-primary" onClick={onYes}>
          {t.yes}
        </button>
      </div>
    </div>
  )
}
