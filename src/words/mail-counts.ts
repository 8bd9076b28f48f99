// Mail counts in plain words (beside words.ts), shared by the CLI, the admin report and the
// POP3 -> IMAP wizard: "1,204 messages", "36 kB", and the one sentence that compares this
// computer with the server. Plurals and number formats are the language's own (ICU plural
// rules and Intl.NumberFormat through the catalogue, docs/i18n.md).
import type { LocalMailCount } from '../model.js'
import { formatNumber, t } from '../i18n/i18n.js'

export function messagesWords(n: number): string {
  return t('words:count.messages', { count: n })
}

/** Bytes as kB (whole, at least 1), MB or GB (one decimal), with the language's unit words. */
export function sizeWords(bytes: number): string {
  const unit = (value: number, name: string, digits: number) =>
    formatNumber(value, { style: 'unit', unit: name, maximumFractionDigits: digits, minimumFractionDigits: digits })
  if (bytes < 1024 * 1024) return unit(Math.max(1, Math.ceil(bytes / 1024)), 'kilobyte', 0)
  if (bytes < 1024 ** 3) return unit(bytes / 1024 ** 2, 'megabyte', 1)
  return unit(bytes / 1024 ** 3, 'gigabyte', 1)
}

/** "124 messages in 6 folders (36 kB)". */
export function localMailWords(count: LocalMailCount): string {
  return t('words:count.localMail', { messages: count.messages, folders: count.folders, size: sizeWords(count.bytes) })
}

/**
 * The wizard's and the report's comparison: "1,204 messages of this account are on this
 * computer; the server holds 310." `server` is null when no test has counted the server yet.
 */
export function mailCountSentence(local: LocalMailCount, server: number | null): string {
  if (server === null) return t('words:count.onComputer', { messages: local.messages })
  if (server === 0 && local.messages > 0) return t('words:count.onComputerServerNone', { messages: local.messages })
  return t('words:count.onComputerServerHolds', { messages: local.messages, server })
}
