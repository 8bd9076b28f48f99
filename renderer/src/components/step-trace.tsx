// The test's steps in plain words, each ok or failed, with its time and detail.
import type { TestStep } from '../../../src/model.js'
import { stageWords, stepDetailWords } from '../../../src/words/words.js'
// Step details may name the user: masked in privacy mode.
import { SensitiveText } from '../privacy.js'
import { useT } from '../i18n/use-t.js'

// Check marks beside each step, hidden from screen readers (the words say the same): symbols, not words.
const MARK_OK = '✓'
const MARK_FAILED = '✗'

/** Each step in words; a failed step shows its detail, the rest sit behind "technical details". */
export function StepTrace({ steps }: { steps: TestStep[] }) {
  const t = useT()
  return (
    <>
      <ol className="step-trace" aria-label={t('ui-test:test.steps')}>
        {steps.map((step, i) => (
          <li key={`${step.stage}-${i}`} className={step.ok ? 'step ok' : 'step failed'}>
            <span className="step-mark" aria-hidden="true">
              {step.ok ? MARK_OK : MARK_FAILED}
            </span>
            <span className="step-name">{stageWords(step.stage) ?? step.stage}</span>
            <span className="visually-hidden">: {step.ok ? t('ui-test:test.stepOk') : t('ui-test:test.stepFailed')}</span>
            <span className="step-ms">{t('ui-test:test.tookMs', { ms: step.ms })}</span>
            {!step.ok && (step.detail || step.note) ? (
              <span className="step-detail">
                <SensitiveText text={stepDetailWords(step)} />
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <details className="technical-details">
        <summary>{t('ui-test:test.technicalDetails')}</summary>
        <TechnicalSteps steps={steps} />
      </details>
    </>
  )
}

/** The raw trace for an admin: stage name as the core says it, and the server's words (ours where it said none). */
function TechnicalSteps({ steps }: { steps: TestStep[] }) {
  const t = useT()
  return (
    <ul className="technical-steps">
      {steps.map((step, i) => (
        <li key={`${step.stage}-${i}`}>
          <code>
            {t('ui-test:test.traceLine', { stage: step.stage, ok: step.ok ? 'yes' : 'no', ms: step.ms })}
          </code>
          {step.detail || step.note ? (
            <span className="step-detail">
              {' '}
              <SensitiveText text={step.detail || stepDetailWords(step)} />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
