// How any failure of a core call is shown: "not in this version yet" gracefully, anything
// else with its message and an optional retry.
import { isNotYetAvailable } from '../api-client.js'
import { appText } from '../text/common.js'

export function ErrorNotice({ error, onRetry, what }: { error: Error; onRetry?: () => void; what?: string }) {
  if (isNotYetAvailable(error)) {
    return (
      <div className="notice notice-info" role="status">
        <p className="notice-title">{appText.notYetTitle}</p>
        <p>{what ? appText.notYet(what) : error.message}</p>
      </div>
    )
  }
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{appText.somethingWrong}</p>
      <p>{error.message}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {appText.tryAgain}
        </button>
      ) : null}
    </div>
  )
}
