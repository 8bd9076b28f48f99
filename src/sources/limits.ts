// The most any reader accepts from a home we do not control. Every file's size is checked on
// its open handle before a byte is read; counts and depths are checked while parsing. Over a
// cap, that one source says so in plain words and every other source still shows.
// The table in docs/limits.md lists the same numbers: change both together.
// Each cap sits far above what the real program writes (sizes measured on real profiles and
// stores: prefs.js of a few hundred KB up to ~10 MB with add-on blobs; Accounts4.sqlite of
// 100 KB-5 MB; profiles.ini of a few hundred bytes; classic Outlook exports of a few MB).

import type { Note, NoteParams } from '../model.js'

const MB = 1024 * 1024

export const LIMITS = {
  /** prefs.js and user.js of one Thunderbird-family profile. */
  prefsBytes: 64 * MB,
  /** profiles.ini and installs.ini. */
  iniBytes: 1 * MB,
  /** Profiles one profiles.ini (or one profiles folder without it) may name. */
  profilesPerRoot: 200,
  /** com.apple.mail.plist and Accounts.plist, XML or binary. */
  plistBytes: 16 * MB,
  /** Nesting of arrays and dictionaries in any property list. */
  plistDepth: 64,
  /** Accounts4.sqlite, read into memory whole. */
  sqliteBytes: 64 * MB,
  /** Its write-ahead log (-wal). */
  walBytes: 64 * MB,
  /** A .reg export or `reg query /s` text given with --registry. */
  registryBytes: 64 * MB,
  /** Lines one wrapped .reg value may span (a 64 KB binary value takes ~3,300). */
  regContinuationLines: 20_000,
  /** Outlook profiles in one registry source. */
  outlookProfiles: 200,
  /** Mail accounts one source (a profile, a store, a plist, a registry file) may hold. */
  accountsPerSource: 1000,
  /** Longest message a source report carries (file content never needs more). */
  messageChars: 2000,
  /** Counting one account's local mail (src/sources/local-mail/): directory entries looked at, */
  localMailEntries: 500_000,
  /** mail folders counted, */
  localMailFolders: 10_000,
  /** folder nesting below the account's folder, */
  localMailDepth: 32,
  /** and bytes of mbox files read for separators (about two minutes at page-cache speed). */
  localMailBytes: 64 * 1024 * MB,
} as const

/** Thrown when a file or a count is over its cap; the message is the user's words. */
export class OverLimitError extends Error {
  readonly code = 'EOVERLIMIT'
}

export function megabytes(bytes: number): string {
  const mb = bytes / MB
  return `${Number.isInteger(mb) ? mb : mb < 10 ? mb.toFixed(2) : mb.toFixed(1)} MB`
}

/** A message cut to LIMITS.messageChars (a damaged file can echo megabytes of itself). */
export function cutMessage(text: string, max: number = LIMITS.messageChars): string {
  if (text.length <= max) return text
  return `${text.slice(0, max - 1)}…`
}

/** A note with each value cut to LIMITS.messageChars (a value can quote a damaged file). */
export function cutNote(said: Note, max: number = LIMITS.messageChars): Note {
  if (!said.params) return said
  const params: NoteParams = {}
  for (const [name, value] of Object.entries(said.params)) params[name] = typeof value === 'string' ? cutMessage(value, max) : value
  return { code: said.code, params }
}

/** The first `max` items, and whether some were left out. */
export function capped<T>(items: T[], max: number): { kept: T[]; over: boolean } {
  return items.length > max ? { kept: items.slice(0, max), over: true } : { kept: items, over: false }
}
