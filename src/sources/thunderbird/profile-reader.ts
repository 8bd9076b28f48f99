// One profile folder -> its accounts and one SourceReport. Only prefs.js and user.js are
// opened (see profile-fs.ts); bad input becomes a plain message, never an exception.
import path from 'node:path'
import type { MailAccount, SourceReport, SourceStatus } from '../../model.js'
import { assembleAccounts } from './accounts.js'
import { addThunderbirdLocalMail } from './local-mail.js'
import { PrefStore } from './pref-store.js'
import { parsePrefs, type ParsedPrefs } from './prefs-parser.js'
import { errorCode, type ProfileFs } from './profile-fs.js'
import { cutMessage, LIMITS, megabytes } from '../limits.js'
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

export function describeFsError(error: unknown, what: string): { status: SourceStatus; message: string } {
  const code = errorCode(error)
  switch (code) {
    case 'ENOENT':
      return { status: 'not-found', message: `${what} does not exist.` }
    case 'ENOTDIR':
      return { status: 'unreadable', message: `${what} could not be opened: part of its path is a file, not a folder.` }
    case 'EACCES':
    case 'EPERM':
      return { status: 'permission-denied', message: `${what} could not be opened: permission denied.` }
    case 'ELOOP':
      return { status: 'unreadable', message: `${what} could not be opened: it is a link that leads back to itself (a symlink loop).` }
    case 'EISDIR':
      return { status: 'unreadable', message: `${what} is a folder, where a file was expected.` }
    case 'ENOTREG':
      return { status: 'unreadable', message: `${what} is not an ordinary file (a device or a pipe), so it was not read.` }
    case 'EOVERLIMIT':
      return {
        status: 'unreadable',
        message:
          error instanceof FileTooLargeError
            ? `${what} is too large (${megabytes(error.size)}; this tool reads at most ${megabytes(error.max)}) to be one the mail program wrote, so it was not read.`
            : `${what} is larger than this tool reads, so it was not read.`,
      }
    case 'EOUTSIDEHOME':
      return { status: 'unreadable', message: `${what} is a link that leads outside the home folder being scanned, so it was not followed.` }
    case 'ENAMETOOLONG':
      return { status: 'unreadable', message: `${what} could not be opened: its path is longer than the system allows.` }
    default:
      return { status: 'unreadable', message: `${what} could not be read${code ? ` (${code})` : ''}.` }
  }
}

type FileRead = { ok: true; prefs: ParsedPrefs } | { ok: false; missing: boolean; status: SourceStatus; message: string }

async function readPrefsFile(fs: ProfileFs, file: string, label: string): Promise<FileRead> {
  try {
    const stat = await fs.stat(file)
    if (stat.isDirectory()) return { ok: false, missing: false, status: 'unreadable', message: `${label} is a folder, where a file was expected.` }
    // The size is checked again on the open handle, before a byte is read (regular-file.ts).
    const bytes = await fs.readFile(file, LIMITS.prefsBytes)
    // Only mail.* prefs describe accounts; the rest is syntax-checked but not kept.
    return { ok: true, prefs: parsePrefs(bytes, { onlyPrefix: 'mail.' }) }
  } catch (error) {
    const described = describeFsError(error, label)
    return { ok: false, missing: errorCode(error) === 'ENOENT', ...described }
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Read one profile folder. Never throws. */
export async function readProfile(fs: ProfileFs, target: ProfileTarget): Promise<ProfileResult> {
  const report = (status: SourceStatus, message?: string, accounts = 0): SourceReport => ({
    client: target.client,
    location: target.dir,
    status,
    accounts,
    ...(message ? { message: cutMessage(message) } : {}),
  })
  try {
    const stat = await fs.stat(target.dir)
    if (!stat.isDirectory()) {
      return { accounts: [], report: report('unreadable', 'The profile should be a folder, but a file is in its place.') }
    }
  } catch (error) {
    const { status, message } = describeFsError(error, 'The profile folder')
    const extra = status === 'not-found' ? ' It is listed in profiles.ini, but the folder is gone (moved or deleted).' : ''
    return { accounts: [], report: report(status, message + extra) }
  }

  const prefsJs = await readPrefsFile(fs, path.join(target.dir, 'prefs.js'), 'The settings file prefs.js')
  if (!prefsJs.ok) {
    const message = prefsJs.missing
      ? 'This profile has no settings file (prefs.js) yet: Thunderbird was probably never set up in it.'
      : prefsJs.message
    return { accounts: [], report: report(prefsJs.missing ? 'not-found' : prefsJs.status, message) }
  }
  const userJs = await readPrefsFile(fs, path.join(target.dir, 'user.js'), 'The override file user.js')
  const notes: string[] = []
  const files = [prefsJs.prefs]
  if (userJs.ok) files.push(userJs.prefs)
  else if (!userJs.missing) notes.push(userJs.message)

  const main = prefsJs.prefs
  if (main.count === 0 && main.errorCount === 0) {
    const store = new PrefStore(files)
    if (store.size === 0) {
      return {
        accounts: [],
        report: report('unreadable', 'The settings file prefs.js is empty; Thunderbird may have been stopped while saving it.'),
      }
    }
  }
  if (main.count === 0 && main.errorCount > 0) {
    return {
      accounts: [],
      report: report('unreadable', 'The settings file prefs.js is not in the format Thunderbird writes (it may be damaged or not a text file).'),
    }
  }
  for (const [file, parsed] of [
    ['prefs.js', main],
    ['user.js', userJs.ok ? userJs.prefs : null],
  ] as const) {
    if (!parsed || parsed.errorCount === 0) continue
    const first = parsed.errors[0]
    notes.push(
      `${plural(parsed.errorCount, 'line')} of ${file} could not be read${first ? ` (first at line ${first.line}: ${first.message})` : ''}; the rest was read.`,
    )
  }

  const store = new PrefStore(files)
  const { accounts, skipped, overCap, serverKeys } = assembleAccounts(store, { client: target.client, profile: target.label })
  if (target.home) await addThunderbirdLocalMail(accounts, serverKeys, store, { profileDir: target.dir, home: target.home })
  // Accounts Thunderbird itself ignores are worth a note, but the file was read in full.
  const status: SourceStatus = notes.length > 0 || overCap ? 'partial' : 'ok'
  appendAll(notes, skipped)
  const message =
    notes.length > 0 ? notes.join(' ') : accounts.length === 0 ? 'No mail accounts are set up in this profile.' : undefined
  return { accounts, report: report(status, message, accounts.length) }
}
