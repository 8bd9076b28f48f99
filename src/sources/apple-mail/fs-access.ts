// The few file operations the Apple Mail and Outlook readers make, behind one small
// interface, so tests can make a read fail the way macOS privacy protection does (EPERM)
// even when they run as root, where chmod stops nothing. Everything else stays real.
import { boundaryFor, NO_BOUNDARY, type HomeBoundary } from '../home-boundary.js'
import { readRegularFile } from '../regular-file.js'
import { fileCalls } from '../file-calls.js'

export interface FileAccess {
  /** An ordinary file of at most maxBytes (src/sources/limits.ts), else throws. */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>
  readdir(path: string): Promise<string[]>
  /** true for a directory, false for anything else, or throws (ENOENT, EPERM, ...). */
  isDirectory(path: string): Promise<boolean>
}

/** The real file system; links followed only while `boundary` allows (home-boundary.ts). */
export function fileAccessWithin(boundary: HomeBoundary): FileAccess {
  return {
    // Only ordinary files: a pipe or device in a hostile home would block or never end.
    readFile: (p, maxBytes) => readRegularFile(p, maxBytes, boundary),
    readdir: async (p) => fileCalls().readdir(await boundary.resolve(p)),
    isDirectory: async (p) => (await fileCalls().stat(await boundary.resolve(p))).isDirectory(),
  }
}

export const realFileAccess: FileAccess = fileAccessWithin(NO_BOUNDARY)

/** What a scan of `home` reads through: confined to it unless it is the user's own home. */
export function fileAccessFor(home: string): FileAccess {
  return fileAccessWithin(boundaryFor(home))
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
}

/** macOS answers EPERM (TCC, Full Disk Access) or EACCES (file modes) for a refused read. */
export function isPermissionError(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'EPERM' || code === 'EACCES'
}

export function isNotFound(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/** The names in a folder, or [] when it does not exist; other errors are thrown. */
export async function listOrEmpty(access: FileAccess, dir: string): Promise<string[]> {
  try {
    return await access.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}

export async function exists(access: FileAccess, p: string): Promise<boolean> {
  try {
    await access.isDirectory(p)
    return true
  } catch (error) {
    if (isNotFound(error)) return false
    throw error
  }
}
