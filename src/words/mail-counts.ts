// Mail counts in plain words (beside the words table, words.ts), shared by the CLI, the admin
// report and the POP3 -> IMAP wizard: "1,204 messages", "36 KB", and the one sentence that
// compares this computer with the server.
import type { LocalMailCount } from '../model.js'

export function messagesWords(n: number): string {
  return `${n.toLocaleString('en-US')} message${n === 1 ? '' : 's'}`
}

export function sizeWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('en-US')} KB`
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`
}

/** "124 messages in 6 folders (36 KB)". */
export function localMailWords(count: LocalMailCount): string {
  const folders = `${count.folders.toLocaleString('en-US')} folder${count.folders === 1 ? '' : 's'}`
  return `${messagesWords(count.messages)} in ${folders} (${sizeWords(count.bytes)})`
}

/**
 * The wizard's and the report's comparison: "1,204 messages of this account are on this
 * computer; the server holds 310." `server` is null when no test has counted the server yet.
 */
export function mailCountSentence(local: LocalMailCount, server: number | null): string {
  const here = `${messagesWords(local.messages)} of this account ${local.messages === 1 ? 'is' : 'are'} on this computer`
  if (server === null) return `${here}.`
  if (server === 0 && local.messages > 0) return `${here}; the server keeps none: everything older is only here.`
  return `${here}; the server holds ${server.toLocaleString('en-US')}.`
}
