// A test the user stopped (Cancel in the app, Ctrl-C in the terminal). Not a failure of the
// account: it has no verdict, so every UI shows "Test stopped" instead of advice. Its message is
// in the core's language, its code stable (`errors:testStopped`) for a UI that words it itself.
import type { Stage } from '../model.js'
import { t } from '../i18n/i18n.js'

export class TestCancelledError extends Error {
  readonly code = 'errors:testStopped'

  constructor(readonly stage: Stage | null = null) {
    super(t('errors:testStopped'))
    this.name = 'TestCancelledError'
  }
}
