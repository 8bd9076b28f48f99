// `--json`: one document on stdout. Codes stay as the core gave them, in every language; each
// of the core's sentences (a Note: `{ code, params }`, model.ts) gets its words in the chosen
// language beside them as `text` (withNoteText, words.ts), so a script reads the code and can
// show the sentence.
import { withNoteText } from '../words/words.js'

/** The value as indented JSON, each Note with its `text` in the current language. */
export function jsonOutput(value: unknown): string {
  return `${JSON.stringify(value, withNoteText, 2)}\n`
}
