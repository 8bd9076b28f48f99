// Browser mode: the built renderer and InspectorApi on 127.0.0.1 only, for machines where
// the Electron app cannot run. One fresh token per run; POST /api/<method> with a JSON body
// {"args": [...]}; no CORS headers at all, so other sites' pages can never read a reply.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { InspectorApi } from '../api.js'
import { callInspector } from '../api-dispatch.js'
import { isInspectorMethod } from '../api-validation.js'
import { checkApiRequest, checkRequestOrigin, newToken } from './request-guard.js'
import { send, serveStatic } from './static-files.js'

const MAX_BODY_BYTES = 1024 * 1024

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

function refuse(res: ServerResponse, status: number, reason: string): void {
  json(res, status, { ok: false, error: { name: 'RefusedError', message: `Refused: ${reason}` } })
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
  if (req.method !== 'POST') return refuse(res, 405, 'POST only')
  const refusal = checkApiRequest(req.headers, token)
  if (refusal) return refuse(res, refusal.status, refusal.reason)
  if (!isInspectorMethod(method)) return refuse(res, 404, 'unknown method')
  const body = await readBody(req)
  if (body === null) {
    // The rest of the body is never read, so this connection cannot be reused.
    res.setHeader('Connection', 'close')
    return refuse(res, 413, 'request too large')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return refuse(res, 400, 'not JSON')
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
    const refusal = checkRequestOrigin(req.headers, port)
    if (refusal) return refuse(res, refusal.status, refusal.reason)
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const api = /^\/api\/([A-Za-z]+)$/.exec(path)
    const handled = api
      ? handleApi(req, res, options.api, token, api[1]!)
      : req.method === 'GET' || req.method === 'HEAD'
        ? serveStatic(res, options.rendererDir, path)
        : Promise.resolve(refuse(res, 405, 'method not allowed'))
    handled.catch(() => {
      if (!res.headersSent) refuse(res, 500, 'internal error')
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
