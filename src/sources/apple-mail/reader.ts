// Apple Mail, every era, in one scan of a home folder:
//   ~/Library/Preferences/com.apple.mail.plist        (10.6 and older)
//   ~/Library/Mail/V*/MailData/Accounts.plist          (10.7-10.10; the newest V* wins)
//   ~/Library/Accounts/Accounts*.sqlite (+ -wal, -shm) (10.11 and later; the highest number)
// Each place found gets its own source report; a failure in one never hides the others.
import path from 'node:path'
import type { MailAccount, SourceReport } from '../../model.js'
import type { ScanOptions, SourceReader, SourceResult } from '../source.js'
import { readAccountsStore } from './accounts-store.js'
import { capped, cutMessage, LIMITS } from '../limits.js'
import { errorCode, fileAccessFor, isNotFound, isPermissionError, listOrEmpty, type FileAccess } from './fs-access.js'
import { legacyPlistToMailAccounts } from './legacy-accounts.js'
import { addAppleMailLocalMail } from './local-mail.js'
import { parsePlistBytes } from './plist-file.js'
import { fullDiskAccessFix, permissionMessage } from './privacy.js'
import { withSqliteSnapshot } from './sqlite-snapshot.js'
import { storeToMailAccounts } from './store-accounts.js'

type Found = { accounts: MailAccount[]; report: SourceReport }

function report(location: string, status: SourceReport['status'], accounts: number, message?: string): SourceReport {
  const r: SourceReport = { client: 'apple-mail', location, status, accounts }
  if (message) r.message = cutMessage(message)
  if (status === 'permission-denied') r.fix = fullDiskAccessFix()
  return r
}

function failure(location: string, what: string, error: unknown): Found {
  if (isPermissionError(error)) return { accounts: [], report: report(location, 'permission-denied', 0, permissionMessage()) }
  const code = errorCode(error)
  const text = error instanceof Error ? error.message : String(error)
  if (code === 'EBUSY' || /locked|busy/i.test(text)) {
    return {
      accounts: [],
      report: report(location, 'unreadable', 0, `${what} is busy (locked by another program). Quit Mail and System Settings, then scan again.`),
    }
  }
  if (/not a database|malformed|disk image/i.test(text)) {
    return { accounts: [], report: report(location, 'unreadable', 0, `${what} is damaged or not a database (${text}).`) }
  }
  return { accounts: [], report: report(location, 'unreadable', 0, `${what} could not be read: ${text}`) }
}

/** At most LIMITS.accountsPerSource accounts, with a problem saying how many were left out. */
function cappedAccounts(all: MailAccount[], problems: string[]): MailAccount[] {
  const { kept, over } = capped(all, LIMITS.accountsPerSource)
  if (over) problems.push(`It holds ${all.length} accounts, more than the ${LIMITS.accountsPerSource} this tool reads from one place; only the first ${LIMITS.accountsPerSource} are shown.`)
  return kept
}

async function readPlistSource(access: FileAccess, file: string, profile: string, what: string): Promise<Found> {
  try {
    const parsed = parsePlistBytes(await access.readFile(file, LIMITS.plistBytes))
    const legacy = legacyPlistToMailAccounts(parsed, profile)
    const problems = legacy.problems
    const accounts = cappedAccounts(legacy.accounts, problems)
    const status = problems.length === 0 ? 'ok' : accounts.length > 0 ? 'partial' : 'unreadable'
    return { accounts, report: report(file, status, accounts.length, problems.length ? `${what}: ${problems.join(' ')}` : undefined) }
  } catch (error) {
    return failure(file, what, error)
  }
}

/** Mail/V2, V3, ... V10: numerically newest first. */
function versionFolders(names: string[]): string[] {
  return names
    .filter((n) => /^V\d+$/.test(n))
    .sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)))
}

async function readMailFolder(
  access: FileAccess,
  home: string,
  platform: NodeJS.Platform | undefined,
): Promise<{ present: boolean; found: Found | null }> {
  const mailDir = path.join(home, 'Library', 'Mail')
  let names: string[]
  try {
    names = await access.readdir(mailDir)
  } catch (error) {
    if (isNotFound(error)) return { present: false, found: null }
    return { present: true, found: failure(mailDir, "Apple Mail's folder", error) }
  }
  return { present: true, found: await readNewestAccountsPlist(access, mailDir, names, platform) }
}

async function readNewestAccountsPlist(
  access: FileAccess,
  mailDir: string,
  names: string[],
  platform: NodeJS.Platform | undefined,
): Promise<Found | null> {
  // Without Full Disk Access macOS may list ~/Library/Mail as empty rather than refuse.
  if (names.length === 0 && platform === 'darwin') return failure(mailDir, "Apple Mail's folder", Object.assign(new Error('empty'), { code: 'EPERM' }))
  for (const version of versionFolders(names)) {
    const file = path.join(mailDir, version, 'MailData', 'Accounts.plist')
    try {
      await access.isDirectory(file)
    } catch (error) {
      if (isNotFound(error)) continue
      return failure(file, "Apple Mail's account list", error)
    }
    return readPlistSource(access, file, `Mail ${version}`, "Apple Mail's account list (Accounts.plist)")
  }
  return null
}

async function readAccountsFolder(access: FileAccess, home: string, platform: NodeJS.Platform | undefined, mailSeen: boolean): Promise<Found | null> {
  const dir = path.join(home, 'Library', 'Accounts')
  let names: string[]
  try {
    names = await listOrEmpty(access, dir)
  } catch (error) {
    return failure(dir, "macOS's accounts database", error)
  }
  const stores = names
    .map((n) => /^Accounts(\d+)\.sqlite$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
  const newest = stores[0]
  if (!newest) {
    if (names.length === 0 && mailSeen && platform === 'darwin') {
      return failure(dir, "macOS's accounts database", Object.assign(new Error('empty'), { code: 'EPERM' }))
    }
    return null
  }
  const file = path.join(dir, newest[0])
  const what = `Apple Mail's account database (${newest[0]})`
  const profile = newest[0].replace(/\.sqlite$/, '')
  const read = () => withSqliteSnapshot(access, file, (db) => storeToMailAccounts(readAccountsStore(db), profile))
  try {
    let accounts
    try {
      accounts = await read()
    } catch (error) {
      // Mail may checkpoint between our copies of the file and its -wal: one fresh copy fixes it.
      if (!/malformed/i.test(String((error as Error)?.message))) throw error
      accounts = await read()
    }
    const problems: string[] = []
    const kept = cappedAccounts(accounts, problems)
    return { accounts: kept, report: report(file, problems.length ? 'partial' : 'ok', kept.length, problems.length ? `${what}: ${problems.join(' ')}` : undefined) }
  } catch (error) {
    return failure(file, what, error)
  }
}

export async function readAppleMail(options: ScanOptions, access: FileAccess = fileAccessFor(options.home)): Promise<SourceResult> {
  const home = options.home
  const found: Found[] = []
  const prefs = path.join(home, 'Library', 'Preferences', 'com.apple.mail.plist')
  try {
    await access.isDirectory(prefs)
    found.push(await readPlistSource(access, prefs, 'com.apple.mail.plist', "Apple Mail's preferences (com.apple.mail.plist)"))
  } catch (error) {
    if (!isNotFound(error)) found.push(failure(prefs, "Apple Mail's preferences", error))
  }
  const mail = await readMailFolder(access, home, options.platform)
  if (mail.found) found.push(mail.found)
  const store = await readAccountsFolder(access, home, options.platform, mail.present)
  if (store) found.push(store)
  if (found.length === 0) {
    // No Apple Mail at all: say nothing, like the other readers. A Mail folder with no
    // account list in it is worth one line.
    const sources = mail.present
      ? [report(path.join(home, 'Library', 'Mail'), 'not-found', 0, "Apple Mail's folder is here, but it holds no account list and there is no accounts database.")]
      : []
    return { accounts: [], sources }
  }
  const accounts = found.flatMap((f) => f.accounts)
  await addAppleMailLocalMail(accounts, home, access)
  return { accounts, sources: found.map((f) => f.report) }
}

export function createAppleMailReader(access?: FileAccess): SourceReader {
  return { client: 'apple-mail', read: (options) => readAppleMail(options, access ?? fileAccessFor(options.home)) }
}

export const appleMailReader: SourceReader = createAppleMailReader()
