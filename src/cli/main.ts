import { BadArgumentError, EXIT_CANCELLED, EXIT_FAILED, EXIT_USAGE, UsageError, processIo, type CliIo } from './io.js'
import { CancelledError } from './terminal-prompt.js'
import { chooseCliLanguage } from './language.js'

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

export const USAGE = `Mail Settings Inspector: finds the mail settings on this computer and explains them.

Usage:
  mail-settings-inspector [--lang LANGUAGE] COMMAND ...
  mail-settings-inspector scan    [--home DIR] [--registry FILE] [--json] [--redact]
  mail-settings-inspector demo    [--json]
  mail-settings-inspector lookup  EMAIL [--offline] [--dns HOST:PORT] [--timeout MS] [--json]
  mail-settings-inspector test    --host H --port P --security tls|starttls|none
                                  --protocol imap|pop3|smtp --user U [--email E]
                                  [--password-stdin] [--ca FILE] [--timeout MS]
                                  [--allow-plaintext] [--json]
  mail-settings-inspector explain TEXT [--email E] [--host H] [--json]
  mail-settings-inspector connect EMAIL [--offline] [--dns HOST:PORT] [--timeout MS] [--json]
  mail-settings-inspector connect --account ID [--home DIR] [--registry FILE] [--json]
                                  (both: [--crm NAME] [--error TEXT])
  mail-settings-inspector ui      [--port N] [--home DIR] [--no-open]
`

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
  await (await import('../i18n/i18n.js')).setLanguage(chosen.language)
  const [name, ...rest] = chosen.args
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE)
    return name ? 0 : EXIT_USAGE
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!load) {
    io.stderr(`Unknown command "${name}".\n\n${USAGE}`)
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
      io.stderr(`${oneLine(error.message)}\n\n${USAGE}`)
      return EXIT_USAGE
    }
    if (error instanceof CancelledError) {
      io.stderr(`${error.message}\n`)
      return EXIT_CANCELLED
    }
    // Anything else is a fault of ours: one line to the user, never a stack trace.
    io.stderr(`Something went wrong: ${oneLine(error instanceof Error ? error.message : String(error))}\n`)
    return EXIT_FAILED
  }
}
