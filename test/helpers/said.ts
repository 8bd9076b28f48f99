// The core's sentences (Notes: a code and its values) as a reader sees them, in the language
// set for the test (English unless a test sets another): what assertions compare.
import type { Note } from '../../src/model.js'
import { noteText } from '../../src/words/words.js'

/** One note, several (one after another), or none (''). */
export function said(notes: Note | readonly Note[] | null | undefined): string {
  if (!notes) return ''
  return Array.isArray(notes) ? notes.map(noteText).join(' ') : noteText(notes as Note)
}

/** Each note's sentence, in order. */
export function saidEach(notes: readonly Note[]): string[] {
  return notes.map(noteText)
}
