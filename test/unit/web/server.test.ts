import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { NotYetAvailableError, type InspectorApi } from '../../../src/api.js'
import { createInspector } from '../../../src/inspector.js'
import type { TestRequest } from '../../../src/model.js'
import { setLanguage } from '../../../src/i18n/i18n.js'
import { startBrowserMode, type BrowserModeServer } from '../../../src/web/server.js'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(server: BrowserModeServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const seen: { method: string; args: unknown[] }[] = []
let server: BrowserModeServer
let dir: string

function api(): InspectorApi {
  const core = createInspector({ home: path.join(os.tmpdir(), 'msi-no-such-home') })
  return {
    ...core,
    scan: async () => {
      seen.push({ method: 'scan', args: [] })
      return { accounts: [], sources: [] }
    },
    testAccount: async (req: TestRequest) => {
      seen.push({ method: 'testAccount', args: [req] })
      throw new NotYetAvailableError('Testing a login')
    },
  }
}

function call(method: string, args: unknown[], headers: Record<string, string> = {}) {
  return send(server, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Inspector-Token': server.token, ...headers },
    body: JSON.stringify({ args }),
  })
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'msi-renderer-'))
  mkdirSync(path.join(dir, 'assets'))
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(path.join(path.dirname(dir), 'secret.txt'), 'secret')
  server = await startBrowserMode({ api: api(), rendererDir: dir })
})

afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL with a long random token in the fragment', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[A-Za-z0-9_-]{43}$`))
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`)
  })

  it('answers an API call that carries the token', async () => {
    seen.length = 0
    const reply = await call('scan', [])
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { accounts: [], sources: [] } })
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(seen).toHaveLength(1)
  })

  it('refuses an API call without the token, or with a wrong one', async () => {
    seen.length = 0
    const none = await send(server, {
      method: 'POST',
      path: '/api/scan',
      headers: { 'Content-Type': 'application/json' },
      body: '{"args":[]}',
    })
    expect(none.status).toBe(401)
    expect((await call('scan', [], { 'X-Inspector-Token': `${server.token.slice(0, -1)}x` })).status).toBe(401)
    expect((await call('scan', [], { 'X-Inspector-Token': '' })).status).toBe(401)
    expect(seen).toEqual([])
  })

  it('refuses a foreign Host (DNS rebinding), even with the token', async () => {
    seen.length = 0
    expect((await call('scan', [], { Host: `evil.example:${server.port}` })).status).toBe(421)
    expect((await call('scan', [], { Host: 'evil.example' })).status).toBe(421)
    expect((await send(server, { path: '/', headers: { Host: 'attacker.test' } })).status).toBe(421)
    expect(seen).toEqual([])
  })

  it('refuses cross-origin requests and never sends CORS headers', async () => {
    seen.length = 0
    const cross = await call('scan', [], { Origin: 'https://evil.example' })
    expect(cross.status).toBe(403)
    expect(cross.headers['access-control-allow-origin']).toBeUndefined()
    const site = await call('scan', [], { 'Sec-Fetch-Site': 'cross-site' })
    expect(site.status).toBe(403)
    const preflight = await send(server, {
      method: 'OPTIONS',
      path: '/api/scan',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBeGreaterThanOrEqual(400)
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    expect(seen).toEqual([])
    // Its own origin is fine.
    expect((await call('scan', [], { Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
  })

  it('accepts JSON only, POST only, known methods only', async () => {
    expect((await call('scan', [], { 'Content-Type': 'text/plain' })).status).toBe(415)
    expect((await call('scan', [], { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415)
    expect((await send(server, { path: '/api/scan', headers: { 'X-Inspector-Token': server.token } })).status).toBe(405)
    expect((await call('deleteEverything', [])).status).toBe(404)
    const notJson = await send(server, {
      method: 'POST',
      path: '/api/scan',
      headers: { 'Content-Type': 'application/json', 'X-Inspector-Token': server.token },
      body: '{args:',
    })
    expect(notJson.status).toBe(400)
  })

  it('refuses a request body over 1 MB with 413, declared or streamed, without calling the core', async () => {
    seen.length = 0
    const headers = { 'Content-Type': 'application/json', 'X-Inspector-Token': server.token }
    // Declared too large: refused before the body is read.
    const declared = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/scan', headers: { ...headers, Host: `127.0.0.1:${server.port}`, 'Content-Length': String(2 * 1024 * 1024) } },
        (res) => {
          res.resume()
          resolve(res.statusCode!)
          req.destroy()
        },
      )
      req.on('error', reject)
      req.flushHeaders()
    })
    expect(declared).toBe(413)
    // Streamed (chunked, no length): refused once it passes the limit; the reply still arrives.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/scan', headers: { ...headers, Host: `127.0.0.1:${server.port}`, 'Transfer-Encoding': 'chunked' } },
        (res) => {
          res.resume()
          resolve(res.statusCode!)
        },
      )
      req.on('error', reject)
      const chunk = 'x'.repeat(64 * 1024)
      for (let i = 0; i < 20; i++) req.write(chunk)
      req.end()
    })
    expect(streamed).toBe(413)
    expect(seen).toEqual([])
  })

  it('validates arguments and passes core errors by name, never echoing a password', async () => {
    seen.length = 0
    const bad = await call('testAccount', [{ protocol: 'imap', host: 'x y', port: 993, security: 'tls', username: 'u', password: 'hunter2-secret' }])
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { name: 'InvalidArgumentError' } })
    expect(bad.body).not.toContain('hunter2-secret')
    expect(seen).toEqual([])
    const good = await call('testAccount', [
      { protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'u', password: 'hunter2-secret' },
    ])
    expect(JSON.parse(good.body)).toEqual({
      ok: false,
      error: { name: 'NotYetAvailableError', message: 'Testing a login is not yet available in this version' },
    })
    expect(good.body).not.toContain('hunter2-secret')
  })

  describe('in the user’s language, where a person meets a refusal', () => {
    afterAll(() => setLanguage('en'))

    it('says a page at another address, a path that is no page, and a paste over the limit in words', async () => {
      await setLanguage('de')
      // The page opened at another name for this computer than the printed 127.0.0.1.
      const wrongHost = await send(server, { path: '/', headers: { Host: `macbook.local:${server.port}` } })
      expect(wrongHost.status).toBe(421)
      expect(wrongHost.headers['content-type']).toBe('text/plain; charset=utf-8')
      expect(wrongHost.body).toBe('Unter dieser Adresse lässt sich die App nicht öffnen. Öffnen Sie den Link aus dem Terminal, genau so, wie er dort steht.')
      const noPage = await send(server, { path: '/settings' })
      expect(noPage.status).toBe(404)
      expect(noPage.body).toBe('Unter dieser Adresse gibt es keine Seite. Öffnen Sie den Link aus dem Terminal, genau so, wie er dort steht.')
      // "I got an error" with a whole log pasted: the renderer shows the reply's message.
      const pasted = await call('explain', ['x'.repeat(1024 * 1024 + 1)])
      expect(pasted.status).toBe(413)
      expect(JSON.parse(pasted.body)).toEqual({
        ok: false,
        error: {
          name: 'RefusedError',
          code: 'errors:browserMode.tooLarge',
          message: 'Was Sie gesendet haben, ist für die App zu lang. Kürzen Sie es und versuchen Sie es noch einmal.',
        },
      })
      // A refusal only a faulty or foreign caller meets stays a developer's English.
      expect(JSON.parse((await call('scan', [], { 'Content-Type': 'text/plain' })).body).error.message).toBe('Refused: JSON only')
    })
  })

  it('serves the built page with a CSP and security headers, and nothing outside it', async () => {
    const page = await send(server, { path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>app</title>')
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['x-frame-options']).toBe('DENY')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect((await send(server, { path: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/)
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/nope.html']) {
      const r = await send(server, { path: p })
      expect(r.status, p).toBe(404)
      expect(r.body).not.toContain('secret')
    }
  })
})
