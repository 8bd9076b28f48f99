// Browser mode: the built renderer and InspectorApi on 127.0.0.1 only, for machines where
// the Electron app cannot run. One fresh token per run; POST /api/<method> with a JSON body
// {"args": [...]}; no CORS headers at all, so other sites' pages can never read a reply.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { InspectorApi } from '../api.js'
import { callInspector } from '../api-dispatch.js'
import { isInspectorMethod } from '../api-validation.js'
import { checkApiRequest, checkRequestOrigin, newToken } from './request-guard.js'
import { PLAIN_TEXT, send, serveStatic } from './static-files.js'
import { t, type MessageKey } from '../i18n/i18n.js'

const MAX_BODY_BYTES = 1024 * 1024

/** The refusals a person can meet, by their message in the `errors` catalogue. */
type BrowserModeRefusal = Extract<MessageKey, `errors:browserMode.${string}`>

export interface BrowserModeOptions {
  api: InspectorApi
  /** The built renderer (dist/renderer/). */
  rendererDir: string
  /** 0 = any free port. */
  port?: number
  /** For tests; otherwise a fresh random one. */
  token?: string
}

export interface BrowserModeServer {
  /** The URL to open: the token rides in the fragment, so it is never sent in a request line. */
  url: string
  origin: string
  port: number
  token: string
  close(): Promise<void>
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body))
}

/**
 * A refusal only a faulty or foreign caller meets (curl, another site's page, which cannot read
 * it anyway): the page never sends such a request, so it stays English, for a developer.
 */
function refuseCaller(res: ServerResponse, status: number, reason: string): void {
  json(res, status, { ok: false, error: { name: 'RefusedError', message: `Refused: ${reason}` } })
}

/**
 * A refusal a person can meet, in the core's language (the command's, then the page's once it
 * has set its own): a page shows the sentence as it is, an API call gets it with its code,
 * which the renderer shows like any error of the core.
 */
function refuseInWords(res: ServerResponse, status: number, code: BrowserModeRefusal, page: boolean): void {
  if (page) return send(res, status, PLAIN_TEXT, t(code))
  json(res, status, { ok: false, error: { name: 'RefusedError', message: t(code), code } })
}

/**
 * The body, or null when it is over the limit: refused by its Content-Length before a byte
 * is read (what fetch sends), or as soon as a chunked body passes the limit. The rest is
 * drained, not kept, so the 413 reply still reaches the client.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk)
      req.off('data', onData)
      chunks.length = 0
      req.resume()
      resolve(null)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function handleApi(req: IncomingMessage, res: ServerResponse, api: InspectorApi, token: string, method: string) {
  if (req.method !== 'POST') return refuseCaller(res, 405, 'POST only')
  const refusal = checkApiRequest(req.headers, token)
  if (refusal) return refuseCaller(res, refusal.status, refusal.reason)
  if (!isInspectorMethod(method)) return refuseCaller(res, 404, 'unknown method')
  const body = await readBody(req)
  if (body === null) {
    // The rest of the body is never read, so this connection cannot be reused.
    res.setHeader('Connection', 'close')
    // A person meets this one: text pasted into "I got an error" that is over the limit.
    return refuseInWords(res, 413, 'errors:browserMode.tooLarge', false)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return refuseCaller(res, 400, 'not JSON')
  }
  const args = typeof parsed === 'object' && parsed !== null && 'args' in parsed ? (parsed as { args: unknown }).args : undefined
  // The reply says whether the core accepted the arguments; the body (with any password) is
  // dropped when this function returns.
  json(res, 200, await callInspector(api, method, args))
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? newToken()
  let port = 0
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const refusal = checkRequestOrigin(req.headers, port)
    if (refusal?.code) return refuseInWords(res, refusal.status, refusal.code, !path.startsWith('/api/'))
    if (refusal) return refuseCaller(res, refusal.status, refusal.reason)
    const api = /^\/api\/([A-Za-z]+)$/.exec(path)
    const handled = api
      ? handleApi(req, res, options.api, token, api[1]!)
      : req.method === 'GET' || req.method === 'HEAD'
        ? serveStatic(res, options.rendererDir, path)
        : Promise.resolve(refuseCaller(res, 405, 'method not allowed'))
    handled.catch(() => {
      if (!res.headersSent) refuseCaller(res, 500, 'internal error')
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
