// Apple Mail, every era, in one scan of a home folder:
//   ~/Library/Preferences/com.apple.mail.plist        (10.6 and older)
//   ~/Library/Mail/V*/MailData/Accounts.plist          (10.7-10.10; the newest V* wins)
//   ~/Library/Accounts/Accounts*.sqlite (+ -wal, -shm) (10.11 and later; the highest number)
// Each place found gets its own source report; a failure in one never hides the others.
import path from 'node:path'
import type { MailAccount, Note, NoteParams, SourceReport } from '../../model.js'
import { note } from '../../words/words.js'
import type { ScanOptions, SourceReader, SourceResult } from '../source.js'
import { readAccountsStore } from './accounts-store.js'
import { capped, cutNote, LIMITS } from '../limits.js'
import { errorCode, fileAccessFor, isNotFound, isPermissionError, listOrEmpty, type FileAccess } from './fs-access.js'
import { legacyPlistToMailAccounts } from './legacy-accounts.js'
import { addAppleMailLocalMail } from './local-mail.js'
import { parsePlistBytes } from './plist-file.js'
import { fullDiskAccessFix, permissionMessage } from './privacy.js'
import { withSqliteSnapshot } from './sqlite-snapshot.js'
import { storeToMailAccounts } from './store-accounts.js'

type Found = { accounts: MailAccount[]; report: SourceReport }

/** What a place is, as a sentence names it (`notes:appleMail.what.*`; `file` names the database file). */
type What = { what: 'prefs' | 'prefsFile' | 'mailFolder' | 'accountList' | 'accountListFile' | 'accountsDb' | 'accountsDbFile'; file?: string }

function whatParams(w: What): NoteParams {
  return { what: `notes:appleMail.what.${w.what}`, ...(w.file ? { file: w.file } : {}) }
}

function report(location: string, status: SourceReport['status'], accounts: number, message: Note[] = []): SourceReport {
  const r: SourceReport = { client: 'apple-mail', location, status, accounts }
  if (message.length > 0) r.message = message.map((m) => cutNote(m))
  if (status === 'permission-denied') r.fix = fullDiskAccessFix()
  return r
}

function failure(location: string, what: What, error: unknown): Found {
  if (isPermissionError(error)) return { accounts: [], report: report(location, 'permission-denied', 0, [permissionMessage()]) }
  const code = errorCode(error)
  const text = error instanceof Error ? error.message : String(error)
  if (code === 'EBUSY' || /locked|busy/i.test(text)) {
    return {
      accounts: [],
      report: report(location, 'unreadable', 0, [note('notes:appleMail.busy', whatParams(what))]),
    }
  }
  if (/not a database|malformed|disk image/i.test(text)) {
    return { accounts: [], report: report(location, 'unreadable', 0, [note('notes:appleMail.damaged', { ...whatParams(what), error: text })]) }
  }
  return { accounts: [], report: report(location, 'unreadable', 0, [note('notes:appleMail.unreadable', { ...whatParams(what), error: text })]) }
}

/** At most LIMITS.accountsPerSource accounts, with a problem saying how many were left out. */
function cappedAccounts(all: MailAccount[], problems: Note[]): MailAccount[] {
  const { kept, over } = capped(all, LIMITS.accountsPerSource)
  if (over) problems.push(note('notes:appleMail.tooManyAccounts', { count: all.length, max: LIMITS.accountsPerSource }))
  return kept
}

async function readPlistSource(access: FileAccess, file: string, profile: string, what: What): Promise<Found> {
  try {
    const parsed = parsePlistBytes(await access.readFile(file, LIMITS.plistBytes))
    const legacy = legacyPlistToMailAccounts(parsed, profile)
    const problems = legacy.problems
    const accounts = cappedAccounts(legacy.accounts, problems)
    const status = problems.length === 0 ? 'ok' : accounts.length > 0 ? 'partial' : 'unreadable'
    return { accounts, report: report(file, status, accounts.length, problems.length ? [note('notes:appleMail.problemsIn', whatParams(what)), ...problems] : []) }
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
    return { present: true, found: failure(mailDir, { what: 'mailFolder' }, error) }
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
  if (names.length === 0 && platform === 'darwin') return failure(mailDir, { what: 'mailFolder' }, Object.assign(new Error('empty'), { code: 'EPERM' }))
  for (const version of versionFolders(names)) {
    const file = path.join(mailDir, version, 'MailData', 'Accounts.plist')
    try {
      await access.isDirectory(file)
    } catch (error) {
      if (isNotFound(error)) continue
      return failure(file, { what: 'accountList' }, error)
    }
    return readPlistSource(access, file, `Mail ${version}`, { what: 'accountListFile' })
  }
  return null
}

async function readAccountsFolder(access: FileAccess, home: string, platform: NodeJS.Platform | undefined, mailSeen: boolean): Promise<Found | null> {
  const dir = path.join(home, 'Library', 'Accounts')
  let names: string[]
  try {
    names = await listOrEmpty(access, dir)
  } catch (error) {
    return failure(dir, { what: 'accountsDb' }, error)
  }
  const stores = names
    .map((n) => /^Accounts(\d+)\.sqlite$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
  const newest = stores[0]
  if (!newest) {
    if (names.length === 0 && mailSeen && platform === 'darwin') {
      return failure(dir, { what: 'accountsDb' }, Object.assign(new Error('empty'), { code: 'EPERM' }))
    }
    return null
  }
  const file = path.join(dir, newest[0])
  const what: What = { what: 'accountsDbFile', file: newest[0] }
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
    const problems: Note[] = []
    const kept = cappedAccounts(accounts, problems)
    return { accounts: kept, report: report(file, problems.length ? 'partial' : 'ok', kept.length, problems.length ? [note('notes:appleMail.problemsIn', whatParams(what)), ...problems] : []) }
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
    found.push(await readPlistSource(access, prefs, 'com.apple.mail.plist', { what: 'prefsFile' }))
  } catch (error) {
    if (!isNotFound(error)) found.push(failure(prefs, { what: 'prefs' }, error))
  }
  const mail = await readMailFolder(access, home, options.platform)
  if (mail.found) found.push(mail.found)
  const store = await readAccountsFolder(access, home, options.platform, mail.present)
  if (store) found.push(store)
  if (found.length === 0) {
    // No Apple Mail at all: say nothing, like the other readers. A Mail folder with no
    // account list in it is worth one line.
    const sources = mail.present
      ? [report(path.join(home, 'Library', 'Mail'), 'not-found', 0, [note('notes:appleMail.noAccountList')])]
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
