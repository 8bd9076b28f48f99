// Helpers for the source of a provider fact (see FactSource in policy-types.ts): the day the
// facts were read with the project's search tool, and the mark for a fact no page confirmed.
import type { FactSource } from './policy-types.js'

/** The day the hand-kept facts were last read against their sources. */
export const CHECKED_ON = '2026-11-30'

/** A fact confirmed by `url` on CHECKED_ON. */
export function checked(url: string, disagreement?: FactSource['disagreement']): FactSource {
  return disagreement ? { source: url, verified: CHECKED_ON, disagreement } : { source: url, verified: CHECKED_ON }
}

/** A fact no page found today confirms: kept because it is the safer advice, marked unverified. */
export const UNVERIFIED: FactSource = Object.freeze({ source: null, verified: null })
