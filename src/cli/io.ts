// What a command writes to; tests pass their own to read every output.
import { writeSync } from 'node:fs'
import { promptHiddenOnTty } from './terminal-prompt.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Standard input as text (for --password-stdin). */
  readStdin: () => Promise<string>
  /** Whether standard input is a terminal (someone types or pastes there, and needs telling how to end). */
  stdinIsTerminal?: () => boolean
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

/** Writes bytes to a descriptor as fs.writeSync does: how many were written, or throws. */
type WriteBytes = (fd: number, bytes: Uint8Array, offset: number, length: number) => number

/**
 * Standard output for a command on Linux and macOS: blocking writes straight to descriptor 1.
 * Touching process.stdout loads Node's stream and net modules, about 7 ms of every start
 * (bench/cli.bench.ts), and a command prints its answer in one piece anyway. A reader that
 * went away (EPIPE: `scan --json | head`) ends the command quietly with 0, as process.stdout's
 * handler below does. A descriptor left non-blocking by whoever started us may be full
 * (EAGAIN): the rest, and everything after, goes through `fallback` (process.stdout), which
 * waits for the reader. Windows keeps process.stdout: a console needs Node's own conversion.
 */
export function descriptorWriter(
  fd: number,
  fallback: () => (chunk: string | Uint8Array) => void,
  write: WriteBytes = writeSync,
  exit: (code: number) => void = process.exit,
): (text: string) => void {
  let slow: ((chunk: string | Uint8Array) => void) | null = null
  return (text) => {
    if (slow) return slow(text)
    const bytes = Buffer.from(text, 'utf8')
    let done = 0
    try {
      while (done < bytes.length) done += write(fd, bytes, done, bytes.length - done)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EPIPE') return exit(EXIT_OK)
      if (code !== 'EAGAIN') throw error
      slow = fallback()
      // Bytes, not text: a partial write may have stopped inside a character.
      slow(bytes.subarray(done))
    }
  }
}

/** process.stdout or process.stderr, made to end quietly when its reader goes away. */
function streamWriter(stream: () => NodeJS.WriteStream): () => (chunk: string | Uint8Array) => void {
  let writer: ((chunk: string | Uint8Array) => void) | null = null
  return () => {
    if (!writer) {
      const s = stream()
      endQuietlyOnClosedPipe(s)
      writer = (chunk) => void s.write(chunk)
    }
    return writer
  }
}

export function processIo(): CliIo {
  // Both streams are made only when first written to (see descriptorWriter).
  const stdoutStream = streamWriter(() => process.stdout)
  const stderrStream = streamWriter(() => process.stderr)
  return {
    stdout: process.platform === 'win32' ? (text) => stdoutStream()(text) : descriptorWriter(1, stdoutStream),
    stderr: (text) => stderrStream()(text),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    stdinIsTerminal: () => process.stdin.isTTY === true,
    promptHidden: promptHiddenOnTty,
    // With the catalogues it needs, loaded when a command asks (the entry loads no catalogue).
    confirm: async (question) => (await import('./yes-no.js')).confirmOnTty(question),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler)
      return () => process.off('SIGINT', handler)
    },
  }
}
