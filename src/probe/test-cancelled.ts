// A test the user stopped (Cancel in the app, Ctrl-C in the terminal). Not a failure of the
// account: it has no verdict, so every UI shows "Test stopped" instead of advice.
import type { Stage } from '../model.js'

export class TestCancelledError extends Error {
  constructor(readonly stage: Stage | null = null) {
    super('The test was stopped before the server answered.')
    this.name = 'TestCancelledError'
  }
}
