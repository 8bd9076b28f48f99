// Cancel and progress of a running test through InspectorApi (the path the app's Cancel
// button, browser mode and the CLI's Ctrl-C all take), against a real black hole: a server
// that accepts and never answers, the case where a user wants to stop waiting.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createInspector } from '../../src/inspector.js'
import type { TestRequest } from '../../src/model.js'
import { isTestCancelled } from '../../src/api.js'
import { startBlackHole, type BlackHole } from '../helpers/black-hole.js'

let hole: BlackHole | null = null
afterEach(async () => {
  await hole?.close()
  hole = null
})

const request = (port: number, over: Partial<TestRequest> = {}): TestRequest => ({
  protocol: 'imap',
  host: '127.0.0.1',
  port,
  security: 'tls',
  username: 'sam',
  password: 'pw-cancel-1',
  // Far away: a socket closed during this test can only have been closed by the cancel.
  timeoutMs: 60_000,
  ...over,
})

describe('cancelTest', () => {
  it.each([
    ['imap', 'tls'],
    ['imap', 'starttls'],
    ['pop3', 'tls'],
    ['smtp', 'starttls'],
  ] as const)('%s/%s: ends the connection at once and the test rejects as cancelled', async (protocol, security) => {
    hole = await startBlackHole()
    const api = createInspector({ shell: 'cli' })
    const testId = `cancel-${protocol}-${security}`
    const result = api.testAccount(request(hole.port, { protocol, security }), { testId }).then(
      () => 'finished',
      (error: unknown) => error,
    )
    await vi.waitUntil(() => hole!.open() === 1, { timeout: 10_000 })
    // While it waits, the UI learns the step running now and the time limit.
    const progress = await api.testProgress(testId)
    expect(progress).toMatchObject({ timeoutMs: 60_000 })
    expect(['connect', 'tls', 'greeting']).toContain(progress!.stage)

    expect(await api.cancelTest(testId)).toBe(true)
    const outcome = await result
    expect(isTestCancelled(outcome)).toBe(true)
    await vi.waitUntil(() => hole!.open() === 0, { timeout: 5000 })
    // The test is gone: no progress, nothing left to cancel.
    expect(await api.testProgress(testId)).toBeNull()
    expect(await api.cancelTest(testId)).toBe(false)
  })

  it('closes the extra "does this port speak TLS?" connection too', async () => {
    hole = await startBlackHole()
    const api = createInspector({ shell: 'cli' })
    // Plain POP3: after the greeting patience the probe opens a second connection to ask
    // whether the port expects TLS; cancel while both are open.
    const testId = 'cancel-pop3-plain'
    const result = api.testAccount(request(hole.port, { protocol: 'pop3', security: 'none', allowPlaintext: true }), { testId }).catch((e: unknown) => e)
    await vi.waitUntil(() => hole!.open() === 2, { timeout: 15_000 })
    expect(await api.cancelTest(testId)).toBe(true)
    expect(isTestCancelled(await result)).toBe(true)
    await vi.waitUntil(() => hole!.open() === 0, { timeout: 5000 })
  })

  it('refuses an unencrypted test the user did not agree to, before any connection', async () => {
    hole = await startBlackHole()
    const api = createInspector({ shell: 'cli' })
    await expect(api.testAccount(request(hole.port, { protocol: 'pop3', security: 'none' }))).rejects.toMatchObject({
      name: 'PlaintextNotConfirmedError',
    })
    expect(hole.accepted).toBe(0)
  })
})
