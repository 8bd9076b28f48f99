// "Step 2 of 4". When the step changes, focus moves here, so keyboard and screen-reader users
// start at the top of the new step instead of on a button that just disappeared.
import { useEffect, useRef } from 'react'
import { useT } from '../i18n/use-t.js'

export function StepProgress({ step, total }: { step: number; total: number }) {
  const t = useT()
  const ref = useRef<HTMLParagraphElement>(null)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    ref.current?.focus()
  }, [step])
  return (
    <p ref={ref} tabIndex={-1} className="wizard-progress">
      {t('ui-crm:crm.step', { n: step, total })}
    </p>
  )
}
