// On a POP3 account's card: the way into the "Move this POP3 account to IMAP" wizard.
import { useNavigation } from '../navigation.js'
import { popText } from '../text/flows.js'

export function MovePopButton({ accountId }: { accountId: string }) {
  const { navigate } = useNavigation()
  return (
    <p className="card-actions">
      <button type="button" className="button-secondary" onClick={() => navigate('popToImap', { accountId })}>
        {popText.title}
      </button>
    </p>
  )
}
