// Checks of the values given on the command line, each ending in one plain line and exit 2
// (a BadArgumentError), never a stack trace: a folder that is a link loop, a path too long
// for the system, a CA "file" that is /dev/zero, a port written 1e3 or 0x8f.
import { constants, fstatSync, openSync, closeSync, readSync, statSync } from 'node:fs'
import { InvalidArgumentError, validatePortText, validateTimeoutText } from '../api-validation.js'
import { megabytes } from '../api.js'
import { BadArgumentError } from './io.js'
import { t } from '../i18n/i18n.js'

/** A PEM bundle of a private CA is a few KB; a whole system trust store is ~250 KB. */
export const MAX_CA_BYTES = 1024 * 1024

/** A path as shown in a message: a path too long for the system is shortened in the middle. */
function shown(value: string): string {
  return value.length > 120 ? `${value.slice(0, 70)}…${value.slice(-40)}` : value
}

function reason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return t('cli:args.nothingThere')
    case 'ENOTDIR':
      return t('cli:args.notDirectory')
    case 'ELOOP':
      return t('cli:args.loop')
    case 'ENAMETOOLONG':
      return t('cli:args.tooLong')
    case 'EACCES':
    case 'EPERM':
      return t('cli:args.denied')
    default:
      return t('cli:args.cannotOpen', { code: (error as NodeJS.ErrnoException)?.code ?? t('cli:args.unknownError') })
  }
}

/** A folder that exists and can be looked at (--home). */
export function checkFolder(flag: string, value: string): string {
  if (value === '') throw new BadArgumentError(t('cli:args.needsFolder', { flag }))
  let isDirectory: boolean
  try {
    isDirectory = statSync(value).isDirectory()
  } catch (error) {
    throw new BadArgumentError(t('cli:args.problem', { flag, value: shown(value), reason: reason(error) }))
  }
  if (!isDirectory) throw new BadArgumentError(t('cli:args.notFolder', { flag, value: shown(value) }))
  return value
}

/** An ordinary file of at most maxBytes (--registry, --ca): never a device, a pipe or a folder. */
export function checkRegularFile(flag: string, value: string, maxBytes: number): string {
  if (value === '') throw new BadArgumentError(t('cli:args.needsFile', { flag }))
  let stat
  try {
    stat = statSync(value)
  } catch (error) {
    throw new BadArgumentError(t('cli:args.problem', { flag, value: shown(value), reason: reason(error) }))
  }
  if (!stat.isFile()) throw new BadArgumentError(t('cli:args.notFile', { flag, value: shown(value) }))
  if (stat.size > maxBytes) throw new BadArgumentError(t('cli:args.fileTooLarge', { flag, value: shown(value), size: megabytes(stat.size), max: megabytes(maxBytes) }))
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
    throw new BadArgumentError(t('cli:args.problem', { flag, value: shown(value), reason: reason(error) }))
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile() || stat.size > maxBytes) throw new BadArgumentError(t('cli:args.notSmallFile', { flag, value: shown(value), max: megabytes(maxBytes) }))
    const buffer = Buffer.alloc(maxBytes + 1)
    let total = 0
    for (let n = -1; n !== 0 && total <= maxBytes; total += n) n = readSync(fd, buffer, total, buffer.length - total, null)
    if (total > maxBytes) throw new BadArgumentError(t('cli:args.fileTooLargeMax', { flag, value: shown(value), max: megabytes(maxBytes) }))
    return buffer.toString('utf8', 0, total)
  } catch (error) {
    if (error instanceof BadArgumentError) throw error
    throw new BadArgumentError(t('cli:args.problem', { flag, value: shown(value), reason: reason(error) }))
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
    if (error instanceof InvalidArgumentError) throw new BadArgumentError(t('cli:args.badValue', { flag, problem: error.message, value: value.slice(0, 40) }))
    throw error
  }
}
