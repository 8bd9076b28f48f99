// The one failure type of everything that talks to a server (login probes, guessing probes,
// the shared deadline, line client and TLS check): a code and the server's own words.
import type { TlsDetails } from '../model.js'

/** The codes the shared network pieces set for what Node has no code for. */
export const NET_CODES = {
  timeout: 'PROBE_TIMEOUT',
  closed: 'PROBE_CLOSED',
  /** The user cancelled (Deadline.cancel): never classified, the test throws TestCancelledError. */
  cancelled: 'PROBE_CANCELLED',
  tooLong: 'PROBE_LINE_TOO_LONG',
} as const

/** A probe failure with its cause: a Node/OpenSSL/probe code and the server's own words. */
export class ProbeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly serverText: string | null = null,
    readonly tls?: TlsDetails,
    /** Issuer chain of the refused certificate (for antivirus/proxy detection). */
    readonly issuer?: string,
  ) {
    super(message)
    this.name = 'ProbeError'
  }
}
