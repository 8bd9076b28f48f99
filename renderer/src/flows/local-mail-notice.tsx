// How much of a POP3 account's mail is on this computer, beside what the server holds once a
// test has counted it: the number that tells the user what moving to IMAP must keep. Paths in
// the core's reason are not shown (they name the computer's user while someone watches).
import type { MailAccount } from '../../../src/model.js'
import { mailCountSentence } from '../../../src/words/words.js'
import { useT } from '../i18n/use-t.js'

export function LocalMailNotice({ account, serverMessages }: { account: MailAccount; serverMessages: number | null }) {
  const t = useT()
  if (account.localMail === undefined) return null
  if (account.localMail === null) {
    return (
      <p className="field-warning" data-local-mail="not-counted">
        {t('ui-pop:localNotCounted')}
      </p>
    )
  }
  return (
    <p className="notice notice-info" data-local-mail={account.localMail.messages}>
      {mailCountSentence(account.localMail, serverMessages)} {t('ui-pop:keepLocalMail')}
    </p>
  )
}
