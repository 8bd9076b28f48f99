// On a POP3 account's card: the way into the "Move this POP3 account to IMAP" wizard.
import { useNavigation } from '../navigation.js'
import { useT } from '../i18n/use-t.js'

export function MovePopButton({ accountId }: { accountId: string }) {
  const t = useT()
  const { navigate } = useNavigation()
  return (
    <p className="card-actions">
      <button type="button" className="button-secondary" onClick={() => navigate('popToImap', { accountId })}>
        {t('ui-pop:title')}
      </button>
    </p>
  )
}
