// `explain TEXT [--email E] [--host H] [--json]`: what an error message the user pasted means
// and what to do. TEXT "-" (or none) reads it from stdin. Exit 0 once explained, 2 bad usage.
import { EXIT_OK, UsageError, type CliIo } from './io.js'
import { parseCommandLine } from './command-line.js'
import { formatAdvice } from './format-test.js'
import { cliInspector, orUsageError } from './core.js'
import { t } from '../i18n/i18n.js'

const OPTIONS = { email: { type: 'string' }, host: { type: 'string' }, json: { type: 'boolean', default: false } } as const

/**
 * Server replies often begin with a dash (`-ERR [AUTH] ...` from POP3): a word that is not one
 * of our options is part of the text, wherever it stands. Option values are kept with their
 * option; everything after `--` is text.
 */
export function splitExplainArgs(args: string[]): { options: string[]; words: string[] } {
  const options: string[] = []
  const words: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') {
      words.push(...args.slice(i + 1))
      break
    }
    const name = /^--([^=]+)/.exec(arg)?.[1]
    const option = name !== undefined && Object.hasOwn(OPTIONS, name) ? OPTIONS[name as keyof typeof OPTIONS] : undefined
    if (!option) {
      words.push(arg)
      continue
    }
    options.push(arg)
    if (option.type === 'string' && !arg.includes('=') && i + 1 < args.length) options.push(args[++i]!)
  }
  return { options, words }
}

export async function runExplain(args: string[], io: CliIo): Promise<number> {
  const { options, words } = splitExplainArgs(args)
  const { values } = parseCommandLine({ args: options, allowPositionals: false, options: OPTIONS })
  let text = words.join(' ')
  if (!text || text === '-') {
    // At a terminal the command would otherwise wait without a word: say how to paste and end.
    if (io.stdinIsTerminal?.()) io.stderr(`${t('cli:explain.pasteHere')}\n`)
    text = await io.readStdin()
  }
  if (!text.trim()) throw new UsageError(t('cli:explain.needText'))
  const context = { ...(values.email ? { email: values.email } : {}), ...(values.host ? { host: values.host } : {}) }
  const explanation = await orUsageError(cliInspector().explain(text, context))
  if (values.json) io.stdout(`${JSON.stringify(explanation, null, 2)}\n`)
  else io.stdout(`${formatAdvice(explanation.advice)}\n${t('cli:explain.verdict', { verdict: explanation.verdict })}\n`)
  return EXIT_OK
}
