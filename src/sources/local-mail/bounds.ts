// Every count walks folders of a home we do not control: it stays inside the home (a symlink
// that leads out of it is skipped, never followed), visits a bounded number of entries and
// folders at a bounded depth, and reads a bounded number of bytes, so a hostile or huge home
// ends the count with a plain reason instead of a hang.
import type { Dirent } from 'node:fs'
import path from 'node:path'
import { LIMITS, OverLimitError } from '../limits.js'
import { fileCalls } from '../file-calls.js'
import type { Note } from '../../model.js'
import { note } from '../../words/words.js'

export interface CountLimits {
  /** Directory entries looked at, over one account. */
  entries: number
  folders: number
  /** Folder nesting below the account's own folder. */
  depth: number
  /** Bytes of mbox files read for separators, over one account. */
  bytes: number
}

export const COUNT_LIMITS: CountLimits = {
  entries: LIMITS.localMailEntries,
  folders: LIMITS.localMailFolders,
  depth: LIMITS.localMailDepth,
  bytes: LIMITS.localMailBytes,
}

/** The count stopped at a limit: the reason says which, in plain words. */
/** A count over one of the caps; `said` is why, in the user's words. */
export class CountLimitError extends OverLimitError {
  constructor(readonly said: Note) {
    super(said.code)
  }
}

export class CountBudget {
  entries = 0
  folders = 0
  bytes = 0
  constructor(readonly limits: CountLimits = COUNT_LIMITS) {}

  entry(n = 1): void {
    this.entries += n
    if (this.entries > this.limits.entries) {
      throw new CountLimitError(note('notes:localMail.overEntries', { max: this.limits.entries }))
    }
  }

  folder(depth: number): void {
    this.folders++
    if (this.folders > this.limits.folders) {
      throw new CountLimitError(note('notes:localMail.overFolders', { max: this.limits.folders }))
    }
    this.descend(depth)
  }

  /** Call before walking into a directory `depth` levels below the account's folder. */
  descend(depth: number): void {
    if (depth > this.limits.depth) {
      throw new CountLimitError(note('notes:localMail.overDepth', { max: this.limits.depth }))
    }
  }

  /** Call before reading a file of `size` bytes. */
  read(size: number): void {
    this.bytes += size
    if (this.bytes > this.limits.bytes) {
      throw new CountLimitError(note('notes:localMail.overBytes', { maxBytes: this.limits.bytes }))
    }
  }
}

export type EntryKind = 'file' | 'directory'

export interface FolderEntry {
  name: string
  /** The entry's path inside the home (a symlink inside the home is resolved). */
  path: string
  kind: EntryKind
  size: number
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** The real home folder: every path a count opens must resolve inside it. */
export class HomeBounds {
  private constructor(readonly roots: string[]) {}

  /**
   * `also`: folders the reader itself was allowed to read outside the home (a Thunderbird
   * profile kept on another drive of this computer, listed in its profiles.ini).
   */
  static async of(home: string, also: string[] = []): Promise<HomeBounds> {
    const roots = [await fileCalls().realpath(path.resolve(home))]
    for (const extra of also) {
      const real = await fileCalls().realpath(extra).catch(() => null)
      if (real) roots.push(real)
    }
    return new HomeBounds(roots)
  }

  /** The real path of `p` when it is inside the home, else null (missing paths throw ENOENT). */
  async inside(p: string): Promise<string | null> {
    const real = await fileCalls().realpath(p)
    return this.roots.some((root) => isInside(root, real)) ? real : null
  }

  private async entry(dir: string, d: Dirent): Promise<FolderEntry | null> {
    let target = path.join(dir, d.name)
    if (d.isSymbolicLink()) {
      const real = await this.inside(target).catch(() => null)
      if (!real) return null
      target = real
    } else if (!d.isFile() && !d.isDirectory()) {
      return null
    }
    const stat = await fileCalls().stat(target).catch(() => null)
    if (stat?.isFile()) return { name: d.name, path: target, kind: 'file', size: stat.size }
    if (stat?.isDirectory()) return { name: d.name, path: target, kind: 'directory', size: 0 }
    return null
  }

  /**
   * The entries of a folder: ordinary files and folders only (devices, pipes and sockets are
   * left out), symlinks resolved only when they stay inside the home.
   */
  async list(dir: string, budget: CountBudget): Promise<FolderEntry[]> {
    const dirents: Dirent[] = await fileCalls().readdirEntries(dir)
    budget.entry(dirents.length)
    // Stat in small batches: a maildir folder may hold tens of thousands of files.
    const out: FolderEntry[] = []
    for (let start = 0; start < dirents.length; start += 64) {
      const batch = await Promise.all(dirents.slice(start, start + 64).map((d) => this.entry(dir, d)))
      for (const e of batch) if (e) out.push(e)
    }
    return out
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
}

/** Why a count failed, naming the folder it was about. */
export function countFailure(error: unknown, folder: string): Note {
  if (error instanceof CountLimitError) return error.said
  const code = errorCode(error)
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return note('notes:localMail.folderGone', { folder })
    case 'EACCES':
    case 'EPERM':
      return note('notes:localMail.folderDenied', { folder })
    case 'ELOOP':
      return note('notes:localMail.folderLoop', { folder })
    case 'ENOTREG':
      return note('notes:localMail.notMail', { folder })
    default:
      return code ? note('notes:localMail.folderUnreadableCode', { folder, code }) : note('notes:localMail.folderUnreadable', { folder })
  }
}
