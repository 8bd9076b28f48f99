// The commands' argument parser: node:util's parseArgs, strict, with its complaints as usage
// errors (exit 2) in the user's language. Kept out of io.ts so the entry (main.ts) loads no
// catalogue before a command runs.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.js'
import { t } from '../i18n/i18n.js'

/**
 * node:util's parseArgs, strict, with its complaints turned into usage errors (exit 2). A stray
 * word is named as such, never repeated: after `--user` it may well be a password.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ strict: true, ...config })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(t('cli:args.positional'))
    }
    throw new UsageError((error as Error).message)
  }
}
