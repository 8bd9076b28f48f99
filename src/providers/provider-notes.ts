// A hand-kept provider's notes as the core's sentences (Note, model.ts): each note of the
// policy is a key of the `providers` catalogue (policy-types.ts), so the Note's code is that key.
import type { Note } from '../model.js'
import type { ProviderKnowledge } from './policy-types.js'

export function providerNotes(k: Pick<ProviderKnowledge, 'notes'>): Note[] {
  return k.notes.map((key) => ({ code: key }))
}
