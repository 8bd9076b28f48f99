import { BadArgumentError, EXIT_FAILED, EXIT_USAGE, UsageError, processIo, type CliIo } from './io.js'
import { runScan, runDemo } from './scan.js'
import { runLookup } from './lookup.js'
import { runUi } from './ui.js'
import { runTestCommand } from './test.js'
import { runExplain } from './explain.js'
import { runConnect } from './connect.js'

type Command = (args: string[], io: CliIo) => Promise<number>

// One entry per command of ../DESIGN.md "The command line".
const commands: Record<string, Command> = {
  scan: runScan,
  demo: runDemo,
  lookup: runLookup,
  test: runTestCommand,
  explain: runExplain,
  connect: (args, io) => runConnect(args, io),
  ui: runUi,
}

export const USAGE = `Mail Settings Inspector: finds the mail settings on this computer and explains them.

Usage:
  mail-settings-inspector scan    [--home DIR] [--registry FILE] [--json] [--redact]
  mail-settings-inspector demo    [--json]
  mail-settings-inspector lookup  EMAIL [--offline] [--dns HOST:PORT] [--timeout MS] [--json]
  mail-settings-inspector test    --host H --port P --security tls|starttls|none
                                  --protocol imap|pop3|smtp --user U [--email E]
                                  [--password-stdin] [--ca FILE] [--timeout MS] [--json]
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

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE)
    return name ? 0 : EXIT_USAGE
  }
  const command = commands[name]
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${USAGE}`)
    return EXIT_USAGE
  }
  try {
    return await command(rest, io)
  } catch (error) {
    if (error instanceof BadArgumentError) {
      io.stderr(`${oneLine(error.message)}\n`)
      return EXIT_USAGE
    }
    if (error instanceof UsageError) {
      io.stderr(`${oneLine(error.message)}\n\n${USAGE}`)
      return EXIT_USAGE
    }
    // Anything else is a fault of ours: one line to the user, never a stack trace.
    io.stderr(`Something went wrong: ${oneLine(error instanceof Error ? error.message : String(error))}\n`)
    return EXIT_FAILED
  }
}
