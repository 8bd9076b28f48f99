import { BadArgumentError, EXIT_CANCELLED, EXIT_FAILED, EXIT_USAGE, UsageError, processIo, type CliIo } from './io.js'
import { CancelledError } from './terminal-prompt.js'
import { chooseCliLanguage } from './language.js'
import { LANGUAGES, PSEUDO_LANGUAGE } from '../i18n/languages.js'

type Command = (args: string[], io: CliIo) => Promise<number>

// One entry per command of docs/cli.md. Each is imported only when it runs, so `--help` and
// `explain` never load imapflow, sql.js or xmldom, and each command pays only for its own code.
const commands: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan.js')).runScan,
  demo: async () => (await import('./scan.js')).runDemo,
  lookup: async () => (await import('./lookup.js')).runLookup,
  test: async () => (await import('./test.js')).runTestCommand,
  explain: async () => (await import('./explain.js')).runExplain,
  connect: async () => (await import('./connect.js')).runConnect,
  ui: async () => (await import('./ui.js')).runUi,
}

/** A message on one line of sane length, whatever an error carried. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 299)}…` : line
}

export async function main(argv: string[], io: CliIo = processIo(), env: Record<string, string | undefined> = process.env): Promise<number> {
  let chosen
  try {
    chosen = chooseCliLanguage(argv, env)
  } catch (error) {
    io.stderr(`${oneLine((error as Error).message)}\n`)
    return EXIT_USAGE
  }
  // The catalogues load with the first command's chunk, not with the entry (bench/cli.bench.ts).
  const { setLanguage, t } = await import('../i18n/i18n.js')
  await setLanguage(chosen.language)
  // Built only when printed: its ICU message is the largest a command parses, and a scan never shows it.
  const usage = () => t('cli:usage', { languages: [...LANGUAGES, PSEUDO_LANGUAGE].join(', ') })
  const [name, ...rest] = chosen.args
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage())
    return name ? 0 : EXIT_USAGE
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!load) {
    io.stderr(`${t('cli:unknownCommand', { name })}\n\n${usage()}`)
    return EXIT_USAGE
  }
  try {
    return await (await load())(rest, io)
  } catch (error) {
    if (error instanceof BadArgumentError) {
      io.stderr(`${oneLine(error.message)}\n`)
      return EXIT_USAGE
    }
    if (error instanceof UsageError) {
      io.stderr(`${oneLine(error.message)}\n\n${usage()}`)
      return EXIT_USAGE
    }
    if (error instanceof CancelledError) {
      io.stderr(`${t('cli:prompt.cancelled')}\n`)
      return EXIT_CANCELLED
    }
    // Anything else is a fault of ours: one line to the user, never a stack trace.
    io.stderr(`${t('cli:somethingWrong', { message: oneLine(error instanceof Error ? error.message : String(error)) })}\n`)
    return EXIT_FAILED
  }
}
