// Prompts on a real terminal: a password typed without echo, and a yes/no question. Both
// return null when stdin is not a terminal, so a script never hangs on a prompt.
import readline from 'node:readline'

/** Reads a line with echo off (raw mode); Ctrl-C cancels. The text is never written anywhere. */
export function promptHiddenOnTty(question: string): Promise<string | null> {
  const stdin = process.stdin
  if (!stdin.isTTY) return Promise.resolve(null)
  process.stderr.write(question)
  return new Promise((resolve) => {
    let typed = ''
    const done = (value: string | null) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.removeListener('data', onData)
      process.stderr.write('\n')
      resolve(value)
    }
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done(typed)
        if (ch === '\u0003') return done(null)
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1)
        else typed += ch
      }
    }
    stdin.setRawMode(true)
    stdin.resume()
    stdin.on('data', onData)
  })
}

export function confirmOnTty(question: string): Promise<boolean | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null)
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr })
  return new Promise((resolve) => {
    rl.question(`${question} [y/N] `, (answer) => {
      rl.close()
      resolve(/^y(es)?$/i.test(answer.trim()))
    })
  })
}
