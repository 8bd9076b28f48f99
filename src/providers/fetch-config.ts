// Fetches one autoconfig file over HTTPS (never plain HTTP: Thunderbird's
// mailnews.auto_config.fetchFromISP.sslOnly, FetchConfig.sys.mjs). No email address is sent:
// Thunderbird's "?emailaddress=" query is a privacy leak we leave out on purpose.
import https from 'node:https'
import { MAX_CONFIG_BYTES, parseClientConfig, type ProviderConfig } from './clientconfig-xml.js'
import type { Network } from './network.js'

const MAX_REDIRECTS = 3

/** A non-200 answer; `authenticate` is the WWW-Authenticate header of a 401. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly authenticate: string | undefined,
    url: URL,
  ) {
    super(`${url.href} answered HTTP ${status}`)
  }
}

export interface HttpsTextRequest {
  method: 'GET' | 'POST'
  accept: string
  /** A POST body (sent as text/xml). */
  body?: string
}

/** One https request's text (redirects followed, size capped); never plain http. */
export function httpsText(url: URL, req: HttpsTextRequest, network: Network, signal: AbortSignal, redirects = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    if (url.protocol !== 'https:') return reject(new Error(`refusing a non-https address: ${url.href}`))
    const body = req.body ?? null
    const request = https.request(
      {
        host: url.hostname,
        servername: url.hostname,
        port: network.port(Number(url.port || 443)),
        path: `${url.pathname}${url.search}`,
        method: req.method,
        headers: {
          Host: url.host,
          Accept: req.accept,
          'User-Agent': 'mail-settings-inspector',
          ...(body === null ? {} : { 'Content-Type': 'text/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(body) }),
        },
        lookup: network.lookup,
        ca: network.ca,
        signal,
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0
        const location = response.headers.location
        if (status >= 300 && status < 400 && location && redirects < MAX_REDIRECTS) {
          response.resume()
          httpsText(new URL(location, url), req, network, signal, redirects + 1).then(resolve, reject)
          return
        }
        if (status !== 200) {
          response.resume()
          return reject(new HttpStatusError(status, response.headers['www-authenticate']?.toString(), url))
        }
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_CONFIG_BYTES) {
            request.destroy(new Error(`${url.href} sent more than ${MAX_CONFIG_BYTES} bytes`))
            return
          }
          chunks.push(chunk)
        })
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body ?? undefined)
  })
}

/** Fetch and parse one clientConfig file; rejects on any network, HTTP or format problem. */
export async function fetchClientConfig(url: string, network: Network, signal: AbortSignal): Promise<ProviderConfig> {
  const text = await httpsText(new URL(url), { method: 'GET', accept: 'application/xml, text/xml' }, network, signal)
  return parseClientConfig(text)
}

/** The two places a domain publishes its own file, in Thunderbird's order of priority. */
export function autoconfigUrls(domain: string): { autoconfig: string; wellKnown: string } {
  return {
    autoconfig: `https://autoconfig.${domain}/mail/config-v1.1.xml`,
    wellKnown: `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
  }
}

/** Thunderbird's live ISPDB (mailnews.auto_config_url in comm-central mailnews/mailnews.js). */
export const ISPDB_URL = 'https://live.thunderbird.net/autoconfig/v1.1/'
