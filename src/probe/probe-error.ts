import type { TlsDetails } from '../model.js'

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
