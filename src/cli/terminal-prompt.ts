// Prompts on a real terminal: a password typed without echo, and a yes/no question. Both
// return null when stdin is not a terminal, so a script never hangs on a prompt. Ctrl-C at
// either rejects with CancelledError (the command ends with 130) after the terminal is put
// back as it was: echo on, cooked mode. The question shows the language's own letters
// ("[j/N]" in German) and takes the language's yes as well as English's.
import readline from 'node:readline'
import { formattingLocale } from '../i18n/languages.js'
import { currentLanguage, t } from '../i18n/i18n.js'

/** The user pressed Ctrl-C at a prompt: nothing was done, the command ends with 130. */
export class CancelledError extends Error {
  constructor() {
    super(t('cli:prompt.cancelled'))
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
  stderr.write(question)
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
    stdin.setRawMode(true)
    stdin.resume()
    stdin.on('data', onData)
    signals.once('SIGINT', onSignal)
  })
}

/** English's y and yes, so a habit carried over from other commands still works. */
const ALWAYS_YES = ['y', 'yes']

/** The answer is yes: the language's own word or letter (ja/j, oui/o, sí/s ...) or English's. */
export function isYes(answer: string): boolean {
  const locale = formattingLocale(currentLanguage())
  const normal = (word: string) => word.trim().normalize('NFC').toLocaleLowerCase(locale)
  const yes = new Set([...ALWAYS_YES, ...t('cli:prompt.yes').split(/[\s,]+/).map(normal)].filter(Boolean))
  return yes.has(normal(answer))
}

export function confirmOnTty(question: string): Promise<boolean | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null)
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr })
  return new Promise((resolve, reject) => {
    // Without this listener readline only pauses on Ctrl-C and the command would hang.
    rl.once('SIGINT', () => {
      rl.close()
      process.stderr.write('\n')
      reject(new CancelledError())
    })
    rl.question(`${question} ${t('cli:prompt.choices')} `, (answer) => {
      rl.close()
      resolve(isYes(answer))
    })
  })
}
