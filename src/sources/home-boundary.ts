// A copied home comes from someone else's computer: a link inside it may point anywhere
// (~/.thunderbird -> /etc, Accounts4.sqlite -> another user's files). Inside a home given
// with --home, a link is followed only while its real path stays inside that home's real
// path. The user's own home (a plain `scan`) is theirs: its links (dotfiles on another
// drive) are followed as the mail client itself follows them.
import os from 'node:os'
import path from 'node:path'
import { fileCalls } from './file-calls.js'

/** Thrown for a path whose real location is outside the home being scanned. */
export class OutsideHomeError extends Error {
  readonly code = 'EOUTSIDEHOME'
  constructor(file: string) {
    super(`${file} is a link that leads outside the home folder being scanned, so it was not followed`)
  }
}

export interface HomeBoundary {
  /** The real path of `file` when it stays inside the home; throws OutsideHomeError otherwise. */
  resolve(file: string): Promise<string>
}

export function isInsideFolder(folder: string, target: string): boolean {
  const rel = path.relative(folder, target)
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel))
}

/** Whether `home` is this user's own home folder (links are theirs to follow). */
export function isOwnHome(home: string): boolean {
  return path.resolve(home) === path.resolve(os.homedir())
}

/** No boundary: every path is followed as the OS follows it. */
export const NO_BOUNDARY: HomeBoundary = { resolve: async (file) => file }

/** Links are followed only while their real path stays inside `home`'s real path. */
export function homeBoundary(home: string): HomeBoundary {
  let realHome: Promise<string> | null = null
  return {
    resolve: async (file) => {
      realHome ??= fileCalls().realpath(home)
      const [root, real] = await Promise.all([realHome, fileCalls().realpath(file)])
      if (!isInsideFolder(root, real)) throw new OutsideHomeError(file)
      return real
    },
  }
}

/** The boundary a scan of `home` uses: none for the user's own home, the home otherwise. */
export function boundaryFor(home: string): HomeBoundary {
  return isOwnHome(home) ? NO_BOUNDARY : homeBoundary(home)
}
