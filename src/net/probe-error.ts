// The one failure type of everything that talks to a server (login probes, guessing probes,
// the shared deadline, line client and TLS check): a code and the server's own words.
import type { Note, NoteParams, TlsDetails } from '../model.js'
import type { MessageKey } from '../i18n/message-key.js'

/** The codes the shared network pieces set for what Node has no code for. */
export const NET_CODES = {
  timeout: 'PROBE_TIMEOUT',
  closed: 'PROBE_CLOSED',
  /** The user cancelled (Deadline.cancel): never classified, the test throws TestCancelledError. */
  cancelled: 'PROBE_CANCELLED',
  tooLong: 'PROBE_LINE_TOO_LONG',
} as const

/** A message of the `steps` catalogue: what the login test says about a step, in our own words. */
export type StepNoteCode = Extract<MessageKey, `steps:${string}`>

/** Our own words about a step or a failure, as a code and its values (said by each surface). */
export function stepNote(code: StepNoteCode, params?: NoteParams): Note {
  return params ? { code, params } : { code }
}

/**
 * A probe failure with its cause: a Node/OpenSSL/probe code and the server's own words.
 * `said` is either a system's or a library's own error text (kept as it came, a technical
 * detail) or our own words as a Note; then `message` is the Note's code, never shown.
 */
export class ProbeError extends Error {
  /** Our own words for the failure, when it is ours to say (null: `message` is a system's text). */
  readonly note: Note | null

  constructor(
    readonly code: string,
    said: string | Note,
    readonly serverText: string | null = null,
    readonly tls?: TlsDetails,
    /** Issuer chain of the refused certificate (for antivirus/proxy detection). */
    readonly issuer?: string,
  ) {
    super(typeof said === 'string' ? said : said.code)
    this.name = 'ProbeError'
    this.note = typeof said === 'string' ? null : said
  }
}
