// Security in the renderer's words: "not known" when a reader could not tell.
import type { Security } from '../../../src/model.js'
import { notKnown, securityWords } from '../../../src/words/words.js'

/** Security in words; the technical name follows in brackets. */
export function securityInWords(security: Security | null): string {
  return security ? securityWords(security) : notKnown()
}
