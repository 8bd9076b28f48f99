// Our labels for what a mail client leaves unnamed (an account without a name, Outlook's default
// profile, the accounts Apple Mail told us about): our words as a Note, which every surface says
// in its own language (accountNameWords / profileWords, words.ts), and the same words in the
// scan's language in the model's string field, so `--json` and the report read right as well.
import type { MailAccount, Note } from '../model.js'
import { note, noteText } from '../words/words.js'

/** An account name we give. */
export function labelledName(said: Note): Pick<MailAccount, 'name' | 'nameNote'> {
  return { name: noteText(said), nameNote: said }
}

/** A profile label we give. */
export function labelledProfile(said: Note): Pick<MailAccount, 'profile' | 'profileNote'> {
  return { profile: noteText(said), profileNote: said }
}

/** "Mail account": an account whose client stores no name, address or type for it. */
export function unnamedAccount(): Pick<MailAccount, 'name' | 'nameNote'> {
  return labelledName(note('notes:account.unnamed'))
}
