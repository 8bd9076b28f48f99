// Checks of the values given on the command line, each ending in one plain line and exit 2
// (a BadArgumentError), never a stack trace: a folder that is a link loop, a path too long
// for the system, a CA "file" that is /dev/zero, a port written 1e3 or 0x8f.
import { constants, fstatSync, openSync, closeSync, readSync, statSync } from 'node:fs'
import { InvalidArgumentError, validatePortText, validateTimeoutText } from '../api-validation.js'
import { megabytes } from '../sources/limits.js'
import { BadArgumentError } from './io.js'

/** A PEM bundle of a private CA is a few KB; a whole system trust store is ~250 KB. */
export const MAX_CA_BYTES = 1024 * 1024

/** A path as shown in a message: a path too long for the system is shortened in the middle. */
function shown(value: string): string {
  return value.length > 120 ? `${value.slice(0, 70)}…${value.slice(-40)}` : value
}

function reason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return 'there is nothing there'
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder'
    case 'ELOOP':
      return 'it is a link that leads back to itself (a symlink loop)'
    case 'ENAMETOOLONG':
      return 'the path is longer than the system allows'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    default:
      return `it cannot be opened (${(error as NodeJS.ErrnoException)?.code ?? 'unknown error'})`
  }
}

/** A folder that exists and can be looked at (--home). */
export function checkFolder(flag: string, value: string): string {
  if (value === '') throw new BadArgumentError(`${flag} needs a folder`)
  let isDirectory: boolean
  try {
    isDirectory = statSync(value).isDirectory()
  } catch (error) {
    throw new BadArgumentError(`${flag} ${shown(value)}: ${reason(error)}`)
  }
  if (!isDirectory) throw new BadArgumentError(`${flag} ${shown(value)}: this is not a folder`)
  return value
}

/** An ordinary file of at most maxBytes (--registry, --ca): never a device, a pipe or a folder. */
export function checkRegularFile(flag: string, value: string, maxBytes: number): string {
  if (value === '') throw new BadArgumentError(`${flag} needs a file`)
  let stat
  try {
    stat = statSync(value)
  } catch (error) {
    throw new BadArgumentError(`${flag} ${shown(value)}: ${reason(error)}`)
  }
  if (!stat.isFile()) throw new BadArgumentError(`${flag} ${shown(value)}: this is not an ordinary file`)
  if (stat.size > maxBytes) throw new BadArgumentError(`${flag} ${shown(value)}: the file is too large (${megabytes(stat.size)}; at most ${megabytes(maxBytes)})`)
  return value
}

/**
 * The text of an ordinary file of at most maxBytes, checked on the open handle (a link
 * swapped for /dev/zero after the check is still refused) and read no further than the cap.
 */
export function readSmallTextFile(flag: string, value: string, maxBytes: number): string {
  checkRegularFile(flag, value, maxBytes)
  let fd: number
  try {
    fd = openSync(value, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new BadArgumentError(`${flag} ${shown(value)}: ${reason(error)}`)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile() || stat.size > maxBytes) throw new BadArgumentError(`${flag} ${shown(value)}: this is not an ordinary file of at most ${megabytes(maxBytes)}`)
    const buffer = Buffer.alloc(maxBytes + 1)
    let total = 0
    for (let n = -1; n !== 0 && total <= maxBytes; total += n) n = readSync(fd, buffer, total, buffer.length - total, null)
    if (total > maxBytes) throw new BadArgumentError(`${flag} ${shown(value)}: the file is too large (at most ${megabytes(maxBytes)})`)
    return buffer.toString('utf8', 0, total)
  } catch (error) {
    if (error instanceof BadArgumentError) throw error
    throw new BadArgumentError(`${flag} ${shown(value)}: ${reason(error)}`)
  } finally {
    closeSync(fd)
  }
}

/** A TCP port as typed: the validator's rule for text (api-validation.ts), as one line. */
export function checkPort(flag: string, value: string): number {
  return asBadArgument(flag, value, validatePortText)
}

/** Milliseconds as typed: the validator's rule for text (api-validation.ts), as one line. */
export function checkMilliseconds(flag: string, value: string): number {
  return asBadArgument(flag, value, validateTimeoutText)
}

function asBadArgument<T>(flag: string, value: string, check: (value: string) => T): T {
  try {
    return check(value)
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new BadArgumentError(`${flag} ${error.message}, not "${value.slice(0, 40)}"`)
    throw error
  }
}
