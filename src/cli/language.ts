// The command's language: `--lang LANGUAGE` anywhere on the command line (before a lone "--"),
// else the POSIX locale variables (LC_ALL, LC_MESSAGES, LANG), else English. An explicit
// --lang may name a language whose translation is still in progress (translators check their
// work with it); the environment chooses only complete ones (docs/i18n.md).
import { LANGUAGES, PSEUDO_LANGUAGE, type UiLanguage } from '../i18n/languages.js'
import { matchLanguage, negotiateLanguage, tagFromEnvironment } from '../i18n/negotiate.js'
import { BadArgumentError } from './io.js'

export interface CliLanguage {
  language: UiLanguage
  /** The command line without the --lang option. */
  args: string[]
}

export function chooseCliLanguage(argv: readonly string[], env: Record<string, string | undefined>): CliLanguage {
  const args: string[] = []
  let asked: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      args.push(...argv.slice(i))
      break
    }
    if (arg === '--lang') {
      asked = argv[++i]
      // English: no language is chosen yet, and the entry loads no catalogue (main.ts).
      // eslint-disable-next-line i18next/no-literal-string
      if (asked === undefined) throw new BadArgumentError(`--lang needs a language: ${choices()}`)
    } else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length)
    else args.push(arg)
  }
  if (asked !== undefined) {
    const language = matchLanguage(asked)
    // eslint-disable-next-line i18next/no-literal-string -- as above: before any language
    if (!language) throw new BadArgumentError(`--lang ${asked.slice(0, 40)}: not a language of this tool (${choices()})`)
    return { language, args }
  }
  const fromEnv = tagFromEnvironment(env)
  return { language: negotiateLanguage(fromEnv ? [fromEnv] : []), args }
}

function choices(): string {
  return [...LANGUAGES, PSEUDO_LANGUAGE].join(', ')
}
