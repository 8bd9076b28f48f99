// Where a scan looks, per mail program, in words for the empty state ("we checked these, and
// found nothing"), and the programs it cannot read. Pure data, so the renderer shows the same
// list the readers use: Thunderbird's folders come from locations.ts itself; Apple Mail's
// from apple-mail/reader.ts; classic Outlook's keys from outlook/outlook-accounts.ts.
import { PROFILE_ROOTS } from './thunderbird/locations.js'

export interface CheckedProgram {
  program: string
  where: string[]
}

export const CHECKED_PROGRAMS: readonly CheckedProgram[] = [
  {
    program: 'Thunderbird, Betterbird, SeaMonkey and Postbox',
    where: [...new Set(PROFILE_ROOTS.map((root) => `~/${root.path}`))],
  },
  { program: 'Apple Mail', where: ['~/Library/Mail', '~/Library/Accounts/Accounts4.sqlite'] },
  {
    program: 'Outlook (classic, on Windows)',
    where: ['HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0 and 15.0\\Outlook\\Profiles', 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles'],
  },
]

/** Programs whose settings cannot be read from the computer (unreadable-clients.ts names the ones it can see). */
export const UNREADABLE_PROGRAMS: readonly { program: string; why: string }[] = [
  { program: 'New Outlook for Windows', why: 'keeps its accounts in Microsoft’s cloud' },
  { program: 'Outlook for Mac', why: 'keeps its accounts in its own database' },
  { program: 'Windows Mail (Mail and Calendar)', why: 'keeps its accounts in an encrypted database' },
  { program: 'Webmail in a browser (Gmail, Outlook.com …)', why: 'stores no settings on this computer' },
]
