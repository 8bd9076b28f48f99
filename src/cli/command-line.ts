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
    const { code, message } = error as NodeJS.ErrnoException
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(t('cli:args.positional'))
    // parseArgs speaks English only; its messages name the option first, in quotes
    // ("Unknown option '--jsno'", "Option '--timeout <value>' argument missing", "Option
    // '--json' does not take an argument": lib/internal/util/parse_args/parse_args.js).
    const option = /'(-{1,2}[^'\s=<]+)/.exec(message)?.[1]
    if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(t('cli:args.unknownOption', { option }))
    if (option && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(t(/does not take/.test(message) ? 'cli:args.takesNoValue' : 'cli:args.needsValue', { option }))
    }
    throw new UsageError(message)
  }
}
