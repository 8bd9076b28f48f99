// Classic Outlook keeps a POP3 account's mail in an Outlook data file (.pst): since Outlook
// 2010 "Documents\Outlook Files\<account>.pst", before that "Outlook.pst" in
// AppData\Local\Microsoft\Outlook (Local Settings\Application Data on XP)
// (support.microsoft.com/office/find-and-transfer-outlook-data-files-from-one-computer-to-another-0996ece3-57c6-49bc-977b-0d1892e2aacc,
// checked 2026-11-30). Counting inside a .pst needs a PST reader: pst-extractor (npm) is the
// one maintained, but with no real .pst to test it against here, this tool does not open
// Outlook data files and says so, naming the file when it is found.
import path from 'node:path'
import type { MailAccount } from '../../model.js'
import { CountBudget, HomeBounds, type FolderEntry } from '../local-mail/bounds.js'
import { note } from '../../words/words.js'

const PST_FOLDERS = [
  ['Documents', 'Outlook Files'],
  ['My Documents', 'Outlook Files'],
  ['AppData', 'Local', 'Microsoft', 'Outlook'],
  ['Local Settings', 'Application Data', 'Microsoft', 'Outlook'],
]

async function pstFiles(bounds: HomeBounds, home: string): Promise<FolderEntry[]> {
  const budget = new CountBudget()
  const found: FolderEntry[] = []
  for (const parts of PST_FOLDERS) {
    try {
      const real = await bounds.inside(path.join(home, ...parts))
      if (!real) continue
      for (const entry of await bounds.list(real, budget)) {
        if (entry.kind === 'file' && entry.name.toLowerCase().endsWith('.pst')) found.push(entry)
      }
    } catch {
      // A folder that is missing or refused holds no data file we can name.
    }
  }
  return found
}

/** The data file Outlook names after the account, or the one shared Outlook.pst. */
function pstFor(account: MailAccount, files: FolderEntry[]): FolderEntry | null {
  const names = [account.email, account.name, account.incoming.username].filter((n): n is string => !!n).map((n) => `${n.toLowerCase()}.pst`)
  return files.find((f) => names.includes(f.name.toLowerCase())) ?? files.find((f) => f.name.toLowerCase() === 'outlook.pst') ?? null
}

/** Sets localMail = null and the reason on every POP3 account. Never throws. */
export async function addOutlookLocalMail(accounts: MailAccount[], home: string): Promise<void> {
  const pop = accounts.filter((a) => a.incoming.protocol === 'pop3')
  if (pop.length === 0) return
  const files = await HomeBounds.of(home)
    .then((bounds) => pstFiles(bounds, home))
    .catch(() => [])
  for (const account of pop) {
    const pst = pstFor(account, files)
    account.localMail = null
    account.localMailReason = pst
      ? note('notes:localMail.outlookPst', { file: pst.path, sizeBytes: pst.size })
      : note('notes:localMail.outlookPstNotFound')
  }
}
