// How any failure of a core call is shown: "not in this version yet" gracefully, anything
// else with its message and an optional retry.
import { isNotYetAvailable } from '../api-client.js'
import { useT } from '../i18n/use-t.js'

/** `what`: the action that failed, in the reader's language (every caller names it, so no English error text is ever shown for it). */
export function ErrorNotice({ error, onRetry, what }: { error: Error; onRetry?: () => void; what: string }) {
  const t = useT()
  if (isNotYetAvailable(error)) {
    return (
      <div className="notice notice-info" role="status">
        <p className="notice-title">{t('ui-common:app.notYetTitle')}</p>
        <p>{t('ui-common:app.notYet', { what })}</p>
      </div>
    )
  }
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('ui-common:app.somethingWrong')}</p>
      <p>{error.message}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('ui-common:app.tryAgain')}
        </button>
      ) : null}
    </div>
  )
}
