// The yes/no question on a real terminal, in the language: it shows the language's own letters
// ("[j/N]" in German) and takes the language's yes as well as English's. Ctrl-C rejects with
// CancelledError (the command ends with 130).
import readline from 'node:readline'
import { formattingLocale } from '../i18n/languages.js'
import { currentLanguage, t } from '../i18n/i18n.js'
import { CancelledError } from './terminal-prompt.js'

/** English's y and yes, so a habit carried over from other commands still works. */
const ALWAYS_YES = ['y', 'yes']

/** The answer is yes: the language's own word or letter (ja/j, oui/o, sí/s ...) or English's. */
export function isYes(answer: string): boolean {
  const locale = formattingLocale(currentLanguage())
  const normal = (word: string) => word.trim().normalize('NFC').toLocaleLowerCase(locale)
  const yes = new Set([...ALWAYS_YES, ...t('cli:prompt.yes').split(/[\s,]+/).map(normal)].filter(Boolean))
  return yes.has(normal(answer))
}

/** Asks on the terminal; null when stdin is not a terminal (a script is never asked). */
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
