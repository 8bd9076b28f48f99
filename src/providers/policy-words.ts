// A hand-kept policy in the reader's language: its notes and words are catalogue keys
// (policy-types.ts), rendered here with `t` in the language the UI set (docs/i18n.md).
import type { ProviderPolicy } from '../model.js'
import { t } from '../i18n/i18n.js'
import type { ProviderKnowledge } from './policy-types.js'

/** The provider's notes, in order, in the current language. */
export function policyNotes(k: ProviderKnowledge): string[] {
  return k.notes.map((key) => t(key))
}

/** The policy as the API shows it: the data's facts with the notes in the current language. */
export function policyWithNotes(k: ProviderKnowledge): ProviderPolicy {
  return { ...k.policy, notes: policyNotes(k) }
}
