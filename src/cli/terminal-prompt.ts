// Prompts on a real terminal: a password typed without echo, and a yes/no question. Both
// return null when stdin is not a terminal, so a script never hangs on a prompt. Ctrl-C at
// either rejects with CancelledError (the command ends with 130) after the terminal is put
// back as it was: echo on, cooked mode (the yes/no question itself: yes-no.ts).
// The command's entry loads this file, so it imports no catalogue: main.ts says "Cancelled."
// in the language (`cli:prompt.cancelled`).

/** The user pressed Ctrl-C at a prompt: nothing was done, the command ends with 130. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled')
    this.name = 'CancelledError'
  }
}

/** The part of a terminal stdin the prompt uses; tests pass a stand-in. */
export interface PromptInput {
  isTTY?: boolean
  setRawMode(mode: boolean): unknown
  resume(): unknown
  pause(): unknown
  on(event: 'data', listener: (chunk: Buffer) => void): unknown
  removeListener(event: 'data', listener: (chunk: Buffer) => void): unknown
}

/** Reads a line with echo off (raw mode); Ctrl-C cancels. The text is never written anywhere. */
export function promptHiddenOnTty(
  question: string,
  stdin: PromptInput = process.stdin,
  stderr: { write(text: string): unknown } = process.stderr,
  signals: Pick<NodeJS.Process, 'once' | 'removeListener'> = process,
): Promise<string | null> {
  if (!stdin.isTTY) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    let typed = ''
    const restore = () => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.removeListener('data', onData)
      signals.removeListener('SIGINT', onSignal)
      stderr.write('\n')
    }
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          restore()
          return resolve(typed)
        }
        if (ch === '\u0003') return onSignal()
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1)
        else typed += ch
      }
    }
    // Raw mode turns Ctrl-C into the byte 0x03 above; a SIGINT from elsewhere (kill -INT)
    // must still leave the terminal usable.
    const onSignal = () => {
      typed = ''
      restore()
      reject(new CancelledError())
    }
    // Raw mode and the handlers first, the question last: a Ctrl-C typed the moment the
    // question shows must reach onData, not the terminal's own SIGINT.
    stdin.setRawMode(true)
    stdin.resume()
    stdin.on('data', onData)
    signals.once('SIGINT', onSignal)
    stderr.write(question)
  })
}
