// How much mail a Thunderbird POP3 account keeps on this computer: its server directory from
// mail.server.<key>.directory-rel ("[ProfD]Mail/pop.example.com", preferred, as
// nsMsgIncomingServer::GetLocalPath reads it through NS_GetPersistentFile) or .directory (an
// absolute path of the computer that wrote prefs.js, re-rooted under the scanned home), then
// every folder and subfolder of its store (../local-mail/thunderbird-stores.ts).
import path from 'node:path'
import type { LocalMailCount, MailAccount, Note } from '../../model.js'
import { note } from '../../words/words.js'
import { CountBudget, HomeBounds, countFailure } from '../local-mail/bounds.js'
import { fileCalls } from '../file-calls.js'
import { countThunderbirdStore, type StoreKind } from '../local-mail/thunderbird-stores.js'
import type { PrefStore } from './pref-store.js'

export interface LocalMailPlace {
  profileDir: string
  home: string
}

type Located = { dir: string } | { reason: Note }

/** Windows drive paths and UNC paths, as Thunderbird on Windows writes them. */
function isWindowsPath(p: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')
}

// The user's home on each system: C:\Users\<name>, C:\Documents and Settings\<name> (XP),
// /Users/<name> (macOS), /home/<name> and /var/home/<name> (Linux, Fedora Atomic), /root.
const HOME_PREFIXES: RegExp[] = [
  /^[A-Za-z]:\/(?:Users|Documents and Settings)\/[^/]+\//i,
  /^\/Users\/[^/]+\//,
  /^\/(?:var\/)?home\/[^/]+\//,
  /^\/root\//,
]

/** An absolute path of the computer that wrote prefs.js, as a path under the scanned home. */
export function reRootUnderHome(stored: string, home: string): string | null {
  const slashed = isWindowsPath(stored) ? stored.replace(/\\/g, '/') : stored
  if (!isWindowsPath(stored) && path.isAbsolute(stored)) {
    const rel = path.relative(path.resolve(home), path.resolve(stored))
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) return path.resolve(stored)
  }
  for (const prefix of HOME_PREFIXES) {
    const m = prefix.exec(slashed)
    if (!m) continue
    const rest = slashed.slice(m[0].length).split('/').filter((part) => part !== '' && part !== '.')
    if (rest.includes('..')) return null
    return path.join(home, ...rest)
  }
  return null
}

function serverDir(prefs: PrefStore, serverKey: string, place: LocalMailPlace): Located {
  const rel = prefs.text(`mail.server.${serverKey}.directory-rel`)
  if (rel?.startsWith('[ProfD]')) {
    const parts = rel.slice('[ProfD]'.length).split(/[\\/]/).filter((part) => part !== '')
    return { dir: path.resolve(place.profileDir, ...parts) }
  }
  const absolute = prefs.text(`mail.server.${serverKey}.directory`)
  if (absolute) {
    const dir = reRootUnderHome(absolute, place.home)
    return dir ? { dir } : { reason: note('notes:localMail.folderOutsideHome', { folder: absolute }) }
  }
  return { reason: note('notes:localMail.thunderbirdNoFolder') }
}

function storeKind(prefs: PrefStore, serverKey: string): StoreKind {
  // mailnews.js: mail.serverDefaultStoreContractID is berkeleystore unless changed.
  const id = prefs.text(`mail.server.${serverKey}.storeContractID`) ?? prefs.text('mail.serverDefaultStoreContractID') ?? ''
  return id.includes('maildirstore') ? 'maildir' : 'mbox'
}

/** A POP3 account whose mail goes to another account's Inbox (the "global inbox"). */
function deferredServer(prefs: PrefStore, serverKey: string): string | null {
  const target = prefs.text(`mail.server.${serverKey}.deferred_to_account`)
  return target ? (prefs.text(`mail.account.${target}.server`) ?? null) : null
}

async function countAccount(prefs: PrefStore, serverKey: string, place: LocalMailPlace, bounds: HomeBounds): Promise<{ count: LocalMailCount | null; reason?: Note }> {
  const deferredTo = deferredServer(prefs, serverKey)
  const key = deferredTo ?? serverKey
  const located = serverDir(prefs, key, place)
  if ('reason' in located) return { count: null, reason: located.reason }
  try {
    if (!(await fileCalls().present(located.dir))) return { count: null, reason: note('notes:localMail.folderGone', { folder: located.dir }) }
    const real = await bounds.inside(located.dir)
    if (!real) return { count: null, reason: note('notes:localMail.folderLeadsOutside', { folder: located.dir }) }
    const count = await countThunderbirdStore(storeKind(prefs, key), real, { bounds, budget: new CountBudget() })
    if (!deferredTo) return { count }
    const name = prefs.text(`mail.server.${key}.name`)
    return { count, reason: name ? note('notes:localMail.sharedFolder', { name }) : note('notes:localMail.sharedLocalFolders') }
  } catch (error) {
    return { count: null, reason: countFailure(error, located.dir) }
  }
}

/** Sets localMail (and localMailReason) on every POP3 account of one profile. Never throws. */
export async function addThunderbirdLocalMail(
  accounts: MailAccount[],
  serverKeys: Map<string, string>,
  prefs: PrefStore,
  place: LocalMailPlace,
): Promise<void> {
  const pop3 = accounts.filter((a) => a.incoming.protocol === 'pop3' && serverKeys.has(a.id))
  if (pop3.length === 0) return
  let bounds: HomeBounds
  try {
    bounds = await HomeBounds.of(place.home, [place.profileDir])
  } catch (error) {
    for (const account of pop3) {
      account.localMail = null
      account.localMailReason = countFailure(error, place.home)
    }
    return
  }
  for (const account of pop3) {
    const { count, reason } = await countAccount(prefs, serverKeys.get(account.id)!, place, bounds)
    account.localMail = count
    if (reason) account.localMailReason = reason
  }
}
