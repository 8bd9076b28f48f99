// Apple Mail stores the same setting as a string ("993", "YES") in one era and a native
// number or boolean in another; these helpers read either, and turn Mail's words into
// the model's (security, auth, default ports).
import type { Auth, Protocol, Security } from '../../model.js'

export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

/** 993, "993", " 993 " -> 993; anything else (including 0 and "abc") -> null. */
export function asPort(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : null
}

/** true, 1, "YES", "true", "1" -> true; false, 0, "NO", "false", "0" -> false; else null. */
export function asBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase()
    if (['yes', 'true', '1'].includes(v)) return true
    if (['no', 'false', '0', ''].includes(v)) return false
  }
  return null
}

const IMPLICIT_TLS_PORTS = new Set([993, 995, 465])

/**
 * Mail has one "Use SSL" switch: on a port that speaks TLS from the first byte
 * (993/995/465) it means implicit TLS, on any other port it means STARTTLS.
 */
export function securityFrom(sslEnabled: boolean | null, port: number | null): Security | null {
  if (sslEnabled === null) return port !== null && IMPLICIT_TLS_PORTS.has(port) ? 'tls' : null
  if (!sslEnabled) return 'none'
  if (port === null || IMPLICIT_TLS_PORTS.has(port)) return 'tls'
  return 'starttls'
}

/** Mail's defaults when PortNumber is missing: the protocol's standard port for the SSL choice. */
export function defaultPort(protocol: Protocol, sslEnabled: boolean | null): number | null {
  const ssl = sslEnabled === true
  switch (protocol) {
    case 'imap':
      return ssl ? 993 : 143
    case 'pop3':
      return ssl ? 995 : 110
    case 'smtp':
      return ssl ? 465 : 25
    default:
      return null
  }
}

/** AuthenticationScheme as Mail writes it (PASSWORD, CRAM-MD5, NTLM, GSSAPI, APOP, ...). */
export function authFrom(scheme: unknown): Auth {
  if (scheme === undefined || scheme === null) return 'password'
  if (typeof scheme !== 'string') return 'unknown'
  switch (scheme.trim().toUpperCase()) {
    case '':
    case 'PASSWORD':
    case 'PLAIN':
    case 'LOGIN':
      return 'password'
    case 'CRAM-MD5':
    case 'DIGEST-MD5':
    case 'APOP':
      return 'password-encrypted'
    case 'NTLM':
      return 'ntlm'
    case 'GSSAPI':
    case 'KERBEROS':
    case 'KERBEROS 5':
      return 'gssapi'
    case 'XOAUTH2':
    case 'OAUTH2':
      return 'oauth2'
    case 'NONE':
      return 'none'
    default:
      return 'unknown'
  }
}

/**
 * The first address in a value that may be a string, a list of strings, or a list of dicts.
 * Bounded: an archive may share one list many times over (a DAG), so the walk stops after
 * a fixed number of values instead of following every path.
 */
export function firstAddress(value: unknown, budget = { left: 1000 }): string | null {
  if (--budget.left < 0) return null
  if (typeof value === 'string') return value.includes('@') ? value.trim() : null
  if (Array.isArray(value)) {
    for (const item of value) {
      const found =
        typeof item === 'object' && item !== null && !Array.isArray(item)
          ? firstAddress((item as Record<string, unknown>).EmailAddress ?? (item as Record<string, unknown>).address, budget)
          : firstAddress(item, budget)
      if (found) return found
      if (budget.left < 0) return null
    }
  }
  return null
}
