// TLS with the certificate always verified: the system roots (plus an extra CA only when the
// request brings one), the chain AND the server name. The handshake runs with
// rejectUnauthorized:false only so the certificate can be read and shown when it is refused
// (fingerprint, issuer, dates: the user can compare it); a refused socket is destroyed before
// a single byte of the mail protocol is sent. Node docs: tls.connect "authorized",
// "authorizationError", tls.checkServerIdentity.
import net from 'node:net'
import tls from 'node:tls'
import type { TlsDetails } from '../model.js'
import { ProbeError, stepNote } from './probe-error.js'
import { trustedRootsWith } from './trusted-roots.js'

export interface TlsTarget {
  /** Name the certificate must carry: the host as typed. */
  servername: string
  /** Extra trusted CA (PEM), added to the system roots, never replacing them. */
  ca?: string
}

function names(cert: tls.PeerCertificate): string[] {
  const alt = cert.subjectaltname
  if (!alt) return cert.subject?.CN ? [String(cert.subject.CN)] : []
  return alt.split(/,\s*/).map((n) => n.replace(/^(DNS|IP Address):/, ''))
}

function dn(part: tls.Certificate | undefined): string | null {
  if (!part) return null
  const fields = Object.entries(part).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
  return fields.length ? fields.join(', ') : null
}

/** Issuers up the chain the server sent, joined (an antivirus root shows up here). */
function issuerChain(socket: tls.TLSSocket): string {
  const seen: string[] = []
  let cert = socket.getPeerCertificate(true) as tls.DetailedPeerCertificate | null
  for (let i = 0; cert && Object.keys(cert).length && i < 6; i++) {
    const issuer = dn(cert.issuer)
    if (issuer) seen.push(issuer)
    if (!cert.issuerCertificate || cert.issuerCertificate === cert) break
    cert = cert.issuerCertificate
  }
  return seen.join(' | ')
}

export function tlsDetails(socket: tls.TLSSocket, authorized: boolean, authorizationError?: string): TlsDetails {
  const cert = socket.getPeerCertificate()
  const has = cert && Object.keys(cert).length > 0
  const details: TlsDetails = {
    protocol: socket.getProtocol() ?? null,
    cipher: socket.getCipher()?.standardName ?? socket.getCipher()?.name ?? null,
    subject: has ? dn(cert.subject) : null,
    issuer: has ? dn(cert.issuer) : null,
    names: has ? names(cert) : [],
    validFrom: has ? new Date(cert.valid_from).toISOString() : null,
    validTo: has ? new Date(cert.valid_to).toISOString() : null,
    fingerprint256: has ? cert.fingerprint256 : null,
    authorized,
  }
  if (authorizationError) details.authorizationError = authorizationError
  return details
}

/**
 * Starts TLS on `socket` (a connected or connecting TCP socket) and checks the certificate.
 * Returns the TLS socket at once (callers like imapflow's transport need it synchronously);
 * `verified` settles after the handshake: resolved with the details, or rejected with a
 * ProbeError carrying the Node code (CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ...).
 */
export function startTls(socket: net.Socket, target: TlsTarget): { socket: tls.TLSSocket; verified: Promise<TlsDetails> } {
  const isIp = net.isIP(target.servername) !== 0
  const secure = tls.connect({
    socket,
    host: target.servername,
    servername: isIp ? undefined : target.servername,
    ca: trustedRootsWith(target.ca),
    // Verified below, before any protocol byte: see the file comment.
    rejectUnauthorized: false,
    minVersion: 'TLSv1.2',
  })
  const verified = new Promise<TlsDetails>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(new ProbeError(error.code ?? 'TLS_FAILED', error.message))
    }
    secure.on('error', () => undefined)
    secure.once('error', onError)
    secure.once('secureConnect', () => {
      secure.removeListener('error', onError)
      let code = secure.authorized ? undefined : String(secure.authorizationError ?? 'UNTRUSTED')
      if (!code) {
        const identity = tls.checkServerIdentity(target.servername, secure.getPeerCertificate())
        if (identity) code = (identity as NodeJS.ErrnoException).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID'
      }
      const details = tlsDetails(secure, !code, code)
      if (code) {
        const refused = new ProbeError(code, stepNote('steps:failed.certificateRefused', { code }), null, details, issuerChain(secure))
        // destroy(error) so whoever owns the socket (imapflow) sees our error and its code.
        secure.destroy(refused)
        reject(refused)
        return
      }
      resolve(details)
    })
  })
  verified.catch(() => undefined)
  return { socket: secure, verified }
}

/**
 * Does this port speak TLS from the first byte? Sends only a ClientHello, never credentials.
 * `closeWith` (the test's Deadline) closes this extra connection too when the test is cancelled.
 */
export function speaksTls(
  host: string,
  port: number,
  timeoutMs: number,
  closeWith?: { onTimeout(cleanup: () => void): void },
): Promise<boolean> {
  return new Promise((resolve) => {
    const raw = net.connect({ host, port })
    // Only asks whether a handshake completes; nothing is trusted or sent after it.
    const probe = tls.connect({ socket: raw, rejectUnauthorized: false, servername: undefined })
    const done = (answer: boolean) => {
      clearTimeout(timer)
      probe.destroy()
      raw.destroy()
      resolve(answer)
    }
    const timer = setTimeout(() => done(false), Math.max(1, timeoutMs))
    closeWith?.onTimeout(() => done(false))
    probe.once('secureConnect', () => done(true))
    probe.once('error', (error: NodeJS.ErrnoException) => done(/alert|handshake/i.test(error.message) && !/wrong version/i.test(error.message)))
  })
}
