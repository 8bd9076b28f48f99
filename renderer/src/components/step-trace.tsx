// The test's steps in plain words, each ok or failed, with its time and detail.
import type { TestStep } from '../../../src/model.js'
import { stageNames } from '../text/common.js'
import { testText } from '../text/test-panel.js'

export function StepTrace({ steps }: { steps: TestStep[] }) {
  return (
    <ol className="step-trace" aria-label={testText.steps}>
      {steps.map((step, i) => (
        <li key={`${step.stage}-${i}`} className={step.ok ? 'step ok' : 'step failed'}>
          <span className="step-mark" aria-hidden="true">
            {step.ok ? '✓' : '✗'}
          </span>
          <span className="step-name">{stageNames[step.stage] ?? step.stage}</span>
          <span className="visually-hidden">: {step.ok ? testText.stepOk : testText.stepFailed}</span>
          <span className="step-ms">{testText.tookMs(step.ms)}</span>
          {step.detail ? <span className="step-detail">{step.detail}</span> : null}
        </li>
      ))}
    </ol>
  )
}
