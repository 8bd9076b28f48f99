// The test's steps in plain words, each ok or failed, with its time and detail.
import type { TestStep } from '../../../src/model.js'
import { stageWords } from '../../../src/words/words.js'
import { testText } from '../text/test-panel.js'
// Step details may name the user: masked in privacy mode.
import { SensitiveText } from '../privacy.js'

/** Each step in words; a failed step shows its detail, the rest sit behind "technical details". */
export function StepTrace({ steps }: { steps: TestStep[] }) {
  return (
    <>
      <ol className="step-trace" aria-label={testText.steps}>
        {steps.map((step, i) => (
          <li key={`${step.stage}-${i}`} className={step.ok ? 'step ok' : 'step failed'}>
            <span className="step-mark" aria-hidden="true">
              {step.ok ? '✓' : '✗'}
            </span>
            <span className="step-name">{stageWords(step.stage) ?? step.stage}</span>
            <span className="visually-hidden">: {step.ok ? testText.stepOk : testText.stepFailed}</span>
            <span className="step-ms">{testText.tookMs(step.ms)}</span>
            {!step.ok && step.detail ? (
              <span className="step-detail">
                <SensitiveText text={step.detail} />
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <details className="technical-details">
        <summary>{testText.technicalDetails}</summary>
        <TechnicalSteps steps={steps} />
      </details>
    </>
  )
}

/** The raw trace for an admin: stage name as the core says it, and the server's words. */
function TechnicalSteps({ steps }: { steps: TestStep[] }) {
  return (
    <ul className="technical-steps">
      {steps.map((step, i) => (
        <li key={`${step.stage}-${i}`}>
          <code>
            {step.stage} {step.ok ? 'ok' : 'failed'} {step.ms} ms
          </code>
          {step.detail ? (
            <span className="step-detail">
              {' '}
              <SensitiveText text={step.detail} />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
