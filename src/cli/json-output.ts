// `--json`: one document on stdout. Codes stay as the core gave them, in every language; each
// of the core's sentences (a Note: `{ code, params }`, model.ts) gets its words in the chosen
// language beside them as `text`, so a script reads the code and can show the sentence.
import type { Note } from '../model.js'
import { noteText } from '../words/words.js'

function isNote(value: unknown): value is Note {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return (
    typeof (value as { code?: unknown }).code === 'string' &&
    /^[a-z][\w-]*:[\w.-]+$/.test((value as Note).code) &&
    keys.every((k) => k === 'code' || k === 'params')
  )
}

/** The value as indented JSON, each Note with its `text` in the current language. */
export function jsonOutput(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (isNote(v) ? { ...v, text: noteText(v) } : v), 2)}\n`
}
