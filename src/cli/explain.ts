// `explain TEXT [--email E] [--host H] [--json]`: what an error message the user pasted means
// and what to do. TEXT "-" (or none) reads it from stdin. Exit 0 once explained, 2 bad usage.
import { EXIT_OK, UsageError, parseCommandLine, type CliIo } from './io.js'
import { formatAdvice } from './format-test.js'
import { cliInspector, orUsageError } from './core.js'

export async function runExplain(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args,
    allowPositionals: true,
    options: { email: { type: 'string' }, host: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  let text = positionals.join(' ')
  if (!text || text === '-') text = await io.readStdin()
  if (!text.trim()) throw new UsageError('Give the error text to explain, e.g. explain "NO LOGIN failed."')
  const context = { ...(values.email ? { email: values.email } : {}), ...(values.host ? { host: values.host } : {}) }
  const explanation = await orUsageError(cliInspector().explain(text, context))
  if (values.json) io.stdout(`${JSON.stringify(explanation, null, 2)}\n`)
  else io.stdout(`${formatAdvice(explanation.advice)}\nVerdict: ${explanation.verdict}\n`)
  return EXIT_OK
}
