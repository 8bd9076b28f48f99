// What a command writes to; tests pass their own to read every output.
import { promptHiddenOnTty } from './terminal-prompt.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Standard input as text (for --password-stdin). */
  readStdin: () => Promise<string>
  /** A hidden prompt for a password on a terminal; null when there is no terminal. */
  promptHidden?: (question: string) => Promise<string | null>
  /** A yes/no question on a terminal; null when there is no terminal (never asked in scripts). */
  confirm?: (question: string) => Promise<boolean | null>
  /** Calls `handler` on Ctrl-C (SIGINT) until the returned function is called. */
  onInterrupt?: (handler: () => void) => () => void
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2
/** Ended by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_CANCELLED = 130

export class UsageError extends Error {}

/** A bad value for a known option: one line names it, without the whole usage text. */
export class BadArgumentError extends UsageError {}

/**
 * A reader that went away (`scan --json | head`) is not an error: the output is no longer
 * wanted, so end quietly with 0, as `yes | head` does. Node ignores SIGPIPE and reports EPIPE
 * as an 'error' event instead, which would otherwise crash with a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream, exit: (code: number) => void = process.exit): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(EXIT_OK)
    else throw error
  })
}

export function processIo(): CliIo {
  endQuietlyOnClosedPipe(process.stdout)
  endQuietlyOnClosedPipe(process.stderr)
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    promptHidden: promptHiddenOnTty,
    // With the catalogues it needs, loaded when a command asks (the entry loads no catalogue).
    confirm: async (question) => (await import('./yes-no.js')).confirmOnTty(question),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler)
      return () => process.off('SIGINT', handler)
    },
  }
}
