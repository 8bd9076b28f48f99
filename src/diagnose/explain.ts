// `explain TEXT`: the classifier for words the user pasted (from their CRM, a bounce, a mail
// app), with the same advice a failed test gets.
import type { Explanation } from '../model.js'
import type { WordsSurface } from '../words/words.js'
import { adviceFor } from './advice.js'
import { classifyPasted } from './classify.js'
import { providerContext } from './provider-context.js'

export const MAX_EXPLAIN_CHARS = 4000

export function explainText(text: string, context: { email?: string; host?: string } = {}, surface?: WordsSurface): Explanation {
  const clipped = text.slice(0, MAX_EXPLAIN_CHARS)
  const ctx = providerContext({ email: context.email ?? null, host: context.host ?? null, greeting: clipped })
  const verdict = classifyPasted(clipped, ctx)
  const advice = adviceFor(verdict, { ctx, serverText: clipped.trim(), email: context.email ?? null, pasted: true, surface })
  return { verdict, title: advice.title, advice, links: advice.links }
}
