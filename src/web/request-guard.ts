// Who may talk to browser mode: only a page from this server (Host and Origin checked, so a
// DNS-rebinding site cannot), holding this run's secret token (compared in constant time).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export const TOKEN_HEADER = 'x-inspector-token'

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Hashing first makes both sides the same length, so timingSafeEqual never throws or leaks length. */
export function tokensMatch(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/** The Host values a browser sends for this server: loopback by number or "localhost". */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase())
}

/** No Origin (same-origin GET, curl) is fine; any Origin must be this server's own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)
}

/**
 * Why a request is refused: `reason` is for a developer (curl, a test), in English; `code`, where
 * a person can meet the refusal, is its message in the `errors` catalogue (docs/i18n.md).
 */
export type Refusal = { status: number; reason: string; code?: 'errors:browserMode.wrongAddress' } | null

/** Checks for every request (pages and API): Host (DNS rebinding) and Origin. */
export function checkRequestOrigin(headers: IncomingHttpHeaders, port: number): Refusal {
  // A person meets this one: the page opened at another name that reaches this computer's
  // 127.0.0.1 (its host name, 0.0.0.0) than the printed link's. [::1] reaches no one: the
  // server listens on IPv4 loopback only (server.ts).
  if (!isAllowedHost(headers.host, port)) return { status: 421, reason: 'unknown host', code: 'errors:browserMode.wrongAddress' }
  const origin = headers.origin
  if (!isAllowedOrigin(Array.isArray(origin) ? origin[0] : origin, port)) {
    return { status: 403, reason: 'cross-origin request' }
  }
  return null
}

/** Extra checks for an API call: the token and a JSON body. */
export function checkApiRequest(headers: IncomingHttpHeaders, token: string): Refusal {
  // Browsers mark cross-site fetches; refuse them even if an Origin header were stripped.
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return { status: 403, reason: 'cross-site request' }
  if (!tokensMatch(headers[TOKEN_HEADER], token)) return { status: 401, reason: 'missing or wrong token' }
  const type = headers['content-type'] ?? ''
  if (!/^application\/json(\s*;\s*charset=utf-8)?$/i.test(type)) return { status: 415, reason: 'JSON only' }
  return null
}
