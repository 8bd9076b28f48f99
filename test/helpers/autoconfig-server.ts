// An HTTPS server on loopback with a certificate from the test CA (test/helpers/certs.ts,
// made with the openssl CLI), serving autoconfig files by Host header and path, the way
// autoconfig.<domain>, <domain>/.well-known/ and the ISPDB answer. Every request is recorded
// so tests can prove no email address was sent.
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import type { ServedCert } from './certs.js'

export interface AutoconfigRequest {
  host: string
  path: string
  method: string
  /** The request body (Autodiscover POSTs one). */
  body: string
  /** Every request header, lower-cased names (tests prove no Authorization is sent). */
  headers: Record<string, string | string[] | undefined>
}

export interface AutoconfigServer {
  port: number
  requests: AutoconfigRequest[]
  close(): Promise<void>
}

/** A route's answer: a body (200), a status (empty body), or either after a delay. */
export type AutoconfigRoute = string | number | { body?: string; status?: number; delayMs?: number; headers?: Record<string, string> }

/** Routes: "host/path" -> answer; anything else is 404. */
export type AutoconfigRoutes = Record<string, AutoconfigRoute>

export async function startAutoconfigServer(cert: ServedCert, routes: AutoconfigRoutes): Promise<AutoconfigServer> {
  const requests: AutoconfigRequest[] = []
  const server = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
    const path = req.url ?? '/'
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => requests.push({ host, path, method: req.method ?? 'GET', body: Buffer.concat(chunks).toString('utf8'), headers: { ...req.headers } }))
    const route = routes[`${host}${path}`]
    const answer = typeof route === 'string' ? { body: route } : typeof route === 'number' ? { status: route } : (route ?? { status: 404 })
    const reply = () => {
      if (res.destroyed) return
      const headers = 'headers' in answer ? (answer.headers ?? {}) : {}
      if (answer.body !== undefined) {
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/xml', ...headers })
        res.end(answer.body)
      } else {
        res.writeHead(answer.status ?? 404, headers)
        res.end()
      }
    }
    if (answer.delayMs) setTimeout(reply, answer.delayMs).unref()
    else reply()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A minimal clientConfig document with one IMAP and one SMTP server. */
export function clientConfigXml(o: { id: string; domain: string; imapHost: string; smtpHost: string; name?: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="${o.id}">
    <domain>${o.domain}</domain>
    <displayName>${o.name ?? o.id}</displayName>
    <incomingServer type="imap">
      <hostname>${o.imapHost}</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>${o.smtpHost}</hostname><port>587</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>`
}
