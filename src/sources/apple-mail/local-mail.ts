// How much mail an Apple Mail POP account keeps on this Mac. Mail keeps each account's
// mailboxes in ~/Library/Mail/V<n>/<account folder>: "POP-<username>@<host>" up to Mail V2
// (the AccountPath of Accounts.plist), the account's identifier (a UUID, the Accounts
// database's ZIDENTIFIER) from Mail V3 on. The newest V<n> holding the folder wins.
import path from 'node:path'
import type { MailAccount, Note } from '../../model.js'
import { note } from '../../words/words.js'
import { CountBudget, HomeBounds, countFailure } from '../local-mail/bounds.js'
import { countEmlxStore } from '../local-mail/emlx-store.js'
import { isNotFound, isPermissionError, realFileAccess, type FileAccess } from './fs-access.js'

function versionFolders(names: string[]): string[] {
  return names.filter((n) => /^V\d+$/.test(n)).sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)))
}

/** The folder names Mail gives this account, in every era. */
export function accountFolderNames(account: MailAccount): string[] {
  const names: string[] = []
  const { username, host } = account.incoming
  if (username && host) names.push(`POP-${username}@${host}`)
  const identifier = account.id.split(':').at(-1)
  if (identifier && /^[A-Za-z0-9-]+$/.test(identifier)) names.push(identifier)
  return names
}

async function findAccountFolder(bounds: HomeBounds, mailDir: string, versions: string[], account: MailAccount): Promise<string | null> {
  for (const version of versions) {
    for (const name of accountFolderNames(account)) {
      if (name.includes('/') || name.includes('\\') || name === '..') continue
      const candidate = path.join(mailDir, version, name)
      try {
        const real = await bounds.inside(candidate)
        if (real) return real
      } catch (error) {
        if (!isNotFound(error)) throw error
      }
    }
  }
  return null
}

/** Sets localMail (and localMailReason) on every POP account. Never throws. */
export async function addAppleMailLocalMail(accounts: MailAccount[], home: string, access: FileAccess = realFileAccess): Promise<void> {
  const pop = accounts.filter((a) => a.incoming.protocol === 'pop3')
  if (pop.length === 0) return
  const mailDir = path.join(home, 'Library', 'Mail')
  const fail = (account: MailAccount, reason: Note) => {
    account.localMail = null
    account.localMailReason = reason
  }
  let bounds: HomeBounds
  let versions: string[]
  try {
    bounds = await HomeBounds.of(home)
    // Through the reader's seam: macOS privacy protection (TCC) refuses this listing first.
    versions = versionFolders(await access.readdir(mailDir))
  } catch (error) {
    for (const account of pop) fail(account, reasonFor(error, mailDir))
    return
  }
  for (const account of pop) {
    try {
      const folder = await findAccountFolder(bounds, mailDir, versions, account)
      if (!folder) {
        fail(account, note('notes:localMail.appleMailNotFound', { folder: mailDir }))
        continue
      }
      account.localMail = await countEmlxStore(folder, { bounds, budget: new CountBudget() })
    } catch (error) {
      fail(account, reasonFor(error, mailDir))
    }
  }
}

function reasonFor(error: unknown, mailDir: string): Note {
  if (isPermissionError(error)) return note('notes:localMail.appleMailDenied', { folder: mailDir })
  return countFailure(error, mailDir)
}
