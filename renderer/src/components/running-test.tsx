// What a running test shows: the step running now, the time limit, and Cancel. The step sits
// in a live region that exists before the test starts (announced as it changes); the
// seconds counter is outside it, so a screen reader is not told every tick.
import { useEffect, useRef } from 'react'
import type { TestProgress } from '../../../src/model.js'
import { stageWords } from '../../../src/words/words.js'
import { useT } from '../i18n/use-t.js'

export function RunningTest({ running, progress, onCancel }: { running: boolean; progress: TestProgress | null; onCancel: () => void }) {
  const t = useT()
  const cancelRef = useRef<HTMLButtonElement>(null)
  // The submit button is disabled while a test runs: focus moves to Cancel, not to the page top.
  useEffect(() => {
    if (running) cancelRef.current?.focus()
  }, [running])
  const stage = progress?.stage ? stageWords(progress.stage) : t('ui-test:running.starting')
  return (
    <div className="running-test" data-running={running ? '' : undefined}>
      <p className="status" aria-live="polite">
        {running ? (
          <>
            <span className="spinner" aria-hidden="true" />
            <span className="running-step">{t('ui-test:running.now', { step: stage })}</span>
          </>
        ) : null}
      </p>
      {running ? (
        <div className="running-tools">
          {progress ? (
            <span className="hint running-limit">{t('ui-test:running.limit', { limitSeconds: Math.round(progress.timeoutMs / 1000), elapsedSeconds: Math.floor(progress.elapsedMs / 1000) })}</span>
          ) : null}
          <button ref={cancelRef} type="button" className="button-secondary" onClick={onCancel}>
            {t('ui-test:running.cancel')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
