// Where a scan looks, per mail program, for the empty state ("we checked these, and found
// nothing"), and the programs it cannot read. Pure data with message keys (the words are in the
// `sources` catalogue), so the renderer shows the same list the readers use: Thunderbird's
// folders come from locations.ts itself; Apple Mail's from apple-mail/reader.ts; classic
// Outlook's keys from outlook/outlook-accounts.ts. The shells reach it through src/api.ts.
import type { MessageKey } from '../i18n/message-key.js'
import { PROFILE_ROOTS } from './thunderbird/locations.js'

export interface CheckedProgram {
  program: MessageKey
  where: string[]
}

export const CHECKED_PROGRAMS: readonly CheckedProgram[] = [
  {
    program: 'sources:checked.thunderbird',
    where: [...new Set(PROFILE_ROOTS.map((root) => `~/${root.path}`))],
  },
  { program: 'sources:checked.appleMail', where: ['~/Library/Mail', '~/Library/Accounts/Accounts4.sqlite'] },
  {
    program: 'sources:checked.outlook',
    where: [
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
    ],
  },
]

/** Programs whose settings cannot be read from the computer (unreadable-clients.ts names the ones it can see). */
export const UNREADABLE_PROGRAMS: readonly { program: MessageKey; why: MessageKey }[] = [
  { program: 'sources:unreadable.newOutlook.name', why: 'sources:notReadable.newOutlook' },
  { program: 'sources:unreadable.outlookForMac.name', why: 'sources:notReadable.outlookForMac' },
  { program: 'sources:unreadable.windowsMail.name', why: 'sources:notReadable.windowsMail' },
  { program: 'sources:notReadable.webmail', why: 'sources:notReadable.webmailWhy' },
]
