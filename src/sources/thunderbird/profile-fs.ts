// The thin file-system seam of the Thunderbird reader. Tests pass their own to simulate
// errors that root cannot produce (EACCES) and to prove which files are opened.
import path from 'node:path'
import { fileCalls } from '../file-calls.js'
import { boundaryFor, NO_BOUNDARY, type HomeBoundary } from '../home-boundary.js'
import { openCappedFile, readRegularFile, type CappedFile } from '../regular-file.js'

export interface ProfileStat {
  isDirectory(): boolean
  isFile(): boolean
  size: number
}

export interface ProfileFs {
  /** An ordinary file of at most maxBytes (src/sources/limits.ts), else throws. */
  readFile(file: string, maxBytes: number): Promise<Buffer>
  /** The same file, open to be read in pieces (prefs.js); without it, the reader reads it whole. */
  openFile?(file: string, maxBytes: number): Promise<CappedFile>
  stat(file: string): Promise<ProfileStat>
  readdir(dir: string): Promise<string[]>
  realpath(file: string): Promise<string>
}

/**
 * The only files the reader ever opens. Stored passwords (logins.json, key4.db,
 * signons.sqlite) are never read: a request for anything else is refused here.
 */
export const READABLE_FILES: ReadonlySet<string> = new Set(['profiles.ini', 'installs.ini', 'prefs.js', 'user.js'])

export class RefusedFileError extends Error {
  code = 'EREFUSED'
}

/** Wrap a ProfileFs so that it can only read the files in READABLE_FILES. */
export function guardedFs(inner: ProfileFs): ProfileFs {
  const allowed = (file: string) => {
    const name = path.basename(file)
    if (!READABLE_FILES.has(name)) throw new RefusedFileError(`The reader never opens ${name}`)
  }
  const guarded: ProfileFs = {
    readFile: async (file, maxBytes) => {
      allowed(file)
      return inner.readFile(file, maxBytes)
    },
    stat: (file) => inner.stat(file),
    readdir: (dir) => inner.readdir(dir),
    realpath: (file) => inner.realpath(file),
  }
  const open = inner.openFile?.bind(inner)
  if (open) {
    guarded.openFile = async (file, maxBytes) => {
      allowed(file)
      return open(file, maxBytes)
    }
  }
  return guarded
}

/** The real file system; links followed only while `boundary` allows (home-boundary.ts). */
export function profileFsWithin(boundary: HomeBoundary): ProfileFs {
  return {
    readFile: (file, maxBytes) => readRegularFile(file, maxBytes, boundary),
    openFile: (file, maxBytes) => openCappedFile(file, maxBytes, boundary),
    stat: async (file) => fileCalls().stat(await boundary.resolve(file)),
    readdir: async (dir) => fileCalls().readdir(await boundary.resolve(dir)),
    realpath: (file) => boundary.resolve(file).then((real) => fileCalls().realpath(real)),
  }
}

export const nodeProfileFs: ProfileFs = profileFsWithin(NO_BOUNDARY)

/** What a scan of `home` reads through: confined to it unless it is the user's own home. */
export function profileFsFor(home: string): ProfileFs {
  return profileFsWithin(boundaryFor(home))
}

/** Node's error code, if any ('ENOENT', 'EACCES', 'ELOOP', ...). */
export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code
  return undefined
}
