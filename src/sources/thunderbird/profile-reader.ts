// One profile folder -> its accounts and one SourceReport. Only prefs.js and user.js are
// opened (see profile-fs.ts); bad input becomes a plain message, never an exception.
import path from 'node:path'
import type { MailAccount, Note, NoteParams, SourceReport, SourceStatus } from '../../model.js'
import { note, type NoteCode } from '../../words/words.js'
import { assembleAccounts } from './accounts.js'
import { addThunderbirdLocalMail } from './local-mail.js'
import { PrefStore } from './pref-store.js'
import { parsePrefs, parsePrefsInPieces, type ParsedPrefs } from './prefs-parser.js'
import { errorCode, type ProfileFs } from './profile-fs.js'
import { cutNote, LIMITS } from '../limits.js'
import { FileTooLargeError } from '../regular-file.js'
import { appendAll } from '../append-all.js'

export interface ProfileTarget {
  client: MailAccount['client']
  /** Absolute folder of the profile. */
  dir: string
  /** The profile as shown to the user: its path relative to the home. */
  label: string
  /** The scanned home: with it, POP3 accounts' local mail is counted (local-mail.ts). */
  home?: string
}

export interface ProfileResult {
  accounts: MailAccount[]
  report: SourceReport
}

/** What a file error is about, as the sentence names it (`notes:file.what.*`). */
export type FileWhat = 'profileFolder' | 'prefsJs' | 'userJs' | 'profilesFolder' | 'profilesIni'

/** A file error in the user's words: `what` is the file or folder, `program` the program it belongs to. */
export function describeFsError(error: unknown, what: FileWhat, program?: string): { status: SourceStatus; message: Note } {
  const code = errorCode(error)
  const said = (key: NoteCode, extra: NoteParams = {}) => note(key, { what: `notes:file.what.${what}`, ...(program ? { program } : {}), ...extra })
  switch (code) {
    case 'ENOENT':
      return { status: 'not-found', message: said('notes:file.notFound') }
    case 'ENOTDIR':
      return { status: 'unreadable', message: said('notes:file.partIsFile') }
    case 'EACCES':
    case 'EPERM':
      return { status: 'permission-denied', message: said('notes:file.permissionDenied') }
    case 'ELOOP':
      return { status: 'unreadable', message: said('notes:file.linkLoop') }
    case 'EISDIR':
      return { status: 'unreadable', message: said('notes:file.isFolder') }
    case 'ENOTREG':
      return { status: 'unreadable', message: said('notes:file.notOrdinary') }
    case 'EOVERLIMIT':
      return {
        status: 'unreadable',
        message:
          error instanceof FileTooLargeError
            ? said('notes:file.tooLarge', { sizeBytes: error.size, maxBytes: error.max })
            : said('notes:file.overLimit'),
      }
    case 'EOUTSIDEHOME':
      return { status: 'unreadable', message: said('notes:file.outsideHome') }
    case 'ENAMETOOLONG':
      return { status: 'unreadable', message: said('notes:file.pathTooLong') }
    default:
      return { status: 'unreadable', message: code ? said('notes:file.unreadableCode', { code }) : said('notes:file.unreadable') }
  }
}

type FileRead = { ok: true; prefs: ParsedPrefs } | { ok: false; missing: boolean; status: SourceStatus; message: Note }

async function readPrefsFile(fs: ProfileFs, file: string, what: FileWhat): Promise<FileRead> {
  try {
    const stat = await fs.stat(file)
    if (stat.isDirectory()) return { ok: false, missing: false, status: 'unreadable', message: note('notes:file.isFolder', { what: `notes:file.what.${what}` }) }
    // Only mail.* prefs describe accounts; the rest is syntax-checked but not kept.
    const only = { onlyPrefix: 'mail.' }
    // The size is checked again on the open handle, before a byte is read (regular-file.ts).
    if (!fs.openFile) return { ok: true, prefs: parsePrefs(await fs.readFile(file, LIMITS.prefsBytes), only) }
    // Read in pieces: a big prefs.js is never held whole (prefs-parser.ts).
    const opened = await fs.openFile(file, LIMITS.prefsBytes)
    try {
      return { ok: true, prefs: await parsePrefsInPieces((buffer, offset, length) => opened.read(buffer, offset, length), only) }
    } finally {
      await opened.close()
    }
  } catch (error) {
    const described = describeFsError(error, what)
    return { ok: false, missing: errorCode(error) === 'ENOENT', ...described }
  }
}

/** Read one profile folder. Never throws. */
export async function readProfile(fs: ProfileFs, target: ProfileTarget): Promise<ProfileResult> {
  const report = (status: SourceStatus, message: Note[] = [], accounts = 0): SourceReport => ({
    client: target.client,
    location: target.dir,
    status,
    accounts,
    ...(message.length > 0 ? { message: message.map((m) => cutNote(m)) } : {}),
  })
  try {
    const stat = await fs.stat(target.dir)
    if (!stat.isDirectory()) {
      return { accounts: [], report: report('unreadable', [note('notes:thunderbird.profileIsFile')]) }
    }
  } catch (error) {
    const { status, message } = describeFsError(error, 'profileFolder')
    return { accounts: [], report: report(status, status === 'not-found' ? [message, note('notes:thunderbird.profileGone')] : [message]) }
  }

  const prefsJs = await readPrefsFile(fs, path.join(target.dir, 'prefs.js'), 'prefsJs')
  if (!prefsJs.ok) {
    const message = prefsJs.missing ? note('notes:thunderbird.noPrefs') : prefsJs.message
    return { accounts: [], report: report(prefsJs.missing ? 'not-found' : prefsJs.status, [message]) }
  }
  const userJs = await readPrefsFile(fs, path.join(target.dir, 'user.js'), 'userJs')
  const notes: Note[] = []
  const files = [prefsJs.prefs]
  if (userJs.ok) files.push(userJs.prefs)
  else if (!userJs.missing) notes.push(userJs.message)

  const main = prefsJs.prefs
  if (main.count === 0 && main.errorCount === 0) {
    const store = new PrefStore(files)
    if (store.size === 0) {
      return {
        accounts: [],
        report: report('unreadable', [note('notes:thunderbird.prefsEmpty')]),
      }
    }
  }
  if (main.count === 0 && main.errorCount > 0) {
    return {
      accounts: [],
      report: report('unreadable', [note('notes:thunderbird.prefsNotPrefs')]),
    }
  }
  for (const [file, parsed] of [
    ['prefs.js', main],
    ['user.js', userJs.ok ? userJs.prefs : null],
  ] as const) {
    if (!parsed || parsed.errorCount === 0) continue
    const first = parsed.errors[0]
    notes.push(
      first
        ? note('notes:thunderbird.badLinesFirst', { count: parsed.errorCount, file, line: first.line, problem: first.message })
        : note('notes:thunderbird.badLines', { count: parsed.errorCount, file }),
    )
  }

  const store = new PrefStore(files)
  const { accounts, skipped, overCap, serverKeys } = assembleAccounts(store, { client: target.client, profile: target.label })
  if (target.home) await addThunderbirdLocalMail(accounts, serverKeys, store, { profileDir: target.dir, home: target.home })
  // Accounts Thunderbird itself ignores are worth a note, but the file was read in full.
  const status: SourceStatus = notes.length > 0 || overCap ? 'partial' : 'ok'
  appendAll(notes, skipped)
  const message = notes.length > 0 ? notes : accounts.length === 0 ? [note('notes:thunderbird.noAccounts')] : []
  return { accounts, report: report(status, message, accounts.length) }
}
