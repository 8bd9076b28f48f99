import { describe, expect, it } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { INSPECTOR_METHODS, NotYetAvailableError, type InspectorApi } from '../../../src/api.js'
import { createInspector } from '../../../src/inspector.js'
import type { TestRequest, TestResult } from '../../../src/model.js'
import { registerInspectorIpc, REFUSED_REPLY } from '../../../main/ipc.js'
import { channelFor } from '../../../main/ipc-map.js'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

function setup(trusted = true) {
  const handlers = new Map<string, Listener>()
  const calls: { method: string; args: unknown[] }[] = []
  const core = createInspector({ home: '/nonexistent-home' })
  const api = new Proxy(core, {
    get(target, prop: string) {
      if (prop === 'testAccount') {
        return async (request: TestRequest) => {
          calls.push({ method: prop, args: [request] })
          return { ok: false, verdict: 'auth-failed', server: { ...request, password: undefined } } as unknown as TestResult
        }
      }
      const fn = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[prop]
      return async (...args: unknown[]) => {
        calls.push({ method: prop, args })
        return fn!.apply(target, args)
      }
    },
  }) as InspectorApi
  registerInspectorIpc({ handle: (channel, listener) => void handlers.set(channel, listener) }, api, () => trusted)
  const invoke = (method: string, ...args: unknown[]) => handlers.get(`inspector:${method}`)!({} as IpcMainInvokeEvent, ...args)
  return { handlers, calls, invoke }
}

const goodRequest: TestRequest = {
  protocol: 'imap',
  host: 'imap.example.com',
  port: 993,
  security: 'tls',
  username: 'jane@example.com',
  password: 'correct horse',
}

describe('IPC handlers', () => {
  it('registers exactly one handler per InspectorApi method', () => {
    const { handlers } = setup()
    expect([...handlers.keys()].sort()).toEqual(INSPECTOR_METHODS.map((m) => channelFor(m)).sort())
  })

  it('refuses a call from an untrusted sender before the core sees it', async () => {
    const { invoke, calls } = setup(false)
    expect(await invoke('testAccount', goodRequest)).toEqual(REFUSED_REPLY)
    expect(await invoke('scan')).toEqual(REFUSED_REPLY)
    expect(calls).toEqual([])
  })

  it('refuses bad arguments with a plain message, without calling the core', async () => {
    const { invoke, calls } = setup()
    const cases: [string, unknown[]][] = [
      ['testAccount', [{ ...goodRequest, port: 70000 }]],
      ['testAccount', [{ ...goodRequest, security: 'ssl' }]],
      ['testAccount', [{ ...goodRequest, host: 'imap.example.com; rm -rf /' }]],
      ['testAccount', [{ ...goodRequest, extra: 1 }]],
      ['testAccount', [{ ...goodRequest, password: 42 }]],
      ['testAccount', []],
      ['lookup', [42]],
      ['lookup', ['not-an-address']],
      ['openHelp', [{ url: 'https://x' }]],
      ['scan', ['--home', '/etc']],
      ['explain', ['x'.repeat(30_000)]],
    ]
    for (const [method, args] of cases) {
      const reply = (await invoke(method, ...args)) as { ok: boolean; error: { name: string; message: string } }
      expect(reply.ok, `${method} ${JSON.stringify(args).slice(0, 80)}`).toBe(false)
      expect(reply.error.name).toBe('InvalidArgumentError')
      expect(reply.error.message).not.toContain('correct horse')
    }
    expect(calls).toEqual([])
  })

  it('passes a valid test request to the core as a fresh object and keeps nothing', async () => {
    const { invoke, calls } = setup()
    const sent = { ...goodRequest }
    const reply = (await invoke('testAccount', sent)) as { ok: boolean; value: unknown }
    expect(reply.ok).toBe(true)
    expect(calls).toHaveLength(1)
    const received = calls[0]!.args[0] as TestRequest
    expect(received).toEqual(goodRequest)
    expect(received).not.toBe(sent)
    expect(JSON.stringify(reply)).not.toContain('correct horse')
  })

  it('answers "not yet available" as a named error the UI can show', async () => {
    const handlers = new Map<string, Listener>()
    const core = createInspector({ home: '/nonexistent-home' })
    const api: InspectorApi = {
      ...core,
      lookup: async () => {
        throw new NotYetAvailableError('Looking up settings by email address')
      },
    }
    registerInspectorIpc({ handle: (channel, listener) => void handlers.set(channel, listener) }, api, () => true)
    const reply = await handlers.get('inspector:lookup')!({} as IpcMainInvokeEvent, 'jane@example.com')
    expect(reply).toEqual({
      ok: false,
      error: { name: 'NotYetAvailableError', message: 'Looking up settings by email address is not yet available in this version' },
    })
    expect(await handlers.get('inspector:appInfo')!({} as IpcMainInvokeEvent)).toMatchObject({
      ok: true,
      value: { name: 'Mail Settings Inspector' },
    })
  })
})
