// A hand-kept provider's notes as the core's sentences (Note, model.ts): each is the policy's
// own sentence, given as it is written in the policy data (policies-*.ts).
import type { Note, ProviderPolicy } from '../model.js'
import { note } from '../words/words.js'

export function providerNotes(policy: Pick<ProviderPolicy, 'notes'>): Note[] {
  return policy.notes.map((text) => note('notes:lookup.providerNote', { text }))
}
