// The errors the core's methods throw for a user to read: each has a stable code (its key in
// the `errors` catalogue, passed over IPC and HTTP as ApiErrorInfo.code) and its message in the
// core's language (InspectorApi.setLanguage). Kept out of api.ts, which the preload bundles:
// the catalogues load only where the core runs.
import { t } from './i18n/i18n.js'

/** A test of an unencrypted server the user has not agreed to (TestRequest.allowPlaintext). */
export class PlaintextNotConfirmedError extends Error {
  readonly code = 'errors:plaintextNotConfirmed'

  constructor() {
    super(t('errors:plaintextNotConfirmed'))
    this.name = 'PlaintextNotConfirmedError'
  }
}

/** An account id a UI holds that the latest scan no longer finds (the user has to scan and pick again). */
export class AccountNotFoundError extends Error {
  readonly code = 'errors:accountGone'

  constructor() {
    super(t('errors:accountGone'))
    this.name = 'AccountNotFoundError'
  }
}
