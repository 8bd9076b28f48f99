// Serves the built renderer (dist/renderer/) read-only, with security headers and the CSP.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
import { CONTENT_SECURITY_POLICY } from './csp.js'
import { t } from '../i18n/i18n.js'

export const PLAIN_TEXT = 'text/plain; charset=utf-8'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), payment=()',
  'Cache-Control': 'no-store',
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

/** Resolve a URL path inside `root`; null for anything that would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = path.resolve(root, relative)
  if (full !== root && !full.startsWith(root + path.sep)) return null
  return full
}

export async function serveStatic(res: ServerResponse, root: string, urlPath: string): Promise<void> {
  const file = resolveStaticPath(root, urlPath)
  const type = file ? TYPES[path.extname(file).toLowerCase()] : undefined
  // A person meets this one by typing another path after the address: said in the core's language.
  if (!file || !type) return send(res, 404, PLAIN_TEXT, t('errors:browserMode.notFound'))
  try {
    send(res, 200, type, await readFile(file))
  } catch {
    send(res, 404, PLAIN_TEXT, t('errors:browserMode.notFound'))
  }
}
