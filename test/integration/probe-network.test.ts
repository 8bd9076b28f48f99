// Network failures on loopback: a refused port and a black hole that never answers.
import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { runTest } from '../../src/diagnose/test-account.js'
import { validatedInspector } from '../../src/api-dispatch.js'
import { createInspector } from '../../src/inspector.js'
import { startBlackHole } from '../helpers/black-hole.js'
import type { TestRequest } from '../../src/model.js'

const base: Omit<TestRequest, 'port'> = { protocol: 'imap', host: '127.0.0.1', security: 'tls', username: 'sam', password: 'pw-network', timeoutMs: 1500 }

async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

describe('network failures', () => {
  it.each(['imap', 'pop3', 'smtp'] as const)('%s: a closed port is connection-refused at the connect step', async (protocol) => {
    // Refused at once on loopback; the long limit only keeps a loaded machine from turning it into a timeout.
    const r = await runTest({ ...base, protocol, port: await closedPort(), timeoutMs: 15_000 })
    expect(r.verdict).toBe('connection-refused')
    expect(r.stage).toBe('connect')
  })

  it.each([
    ['imap', 'tls'],
    ['imap', 'starttls'],
    ['pop3', 'none'],
    ['smtp', 'tls'],
  ] as const)('%s/%s: a black hole ends as a timeout at the time limit', async (protocol, security) => {
    const hole = await startBlackHole()
    try {
      const r = await runTest({ ...base, protocol, security, port: hole.port })
      expect(r.verdict).toBe('timeout')
      expect(r.ok).toBe(false)
      expect(r.durationMs).toBeGreaterThanOrEqual(1400)
      expect(r.durationMs).toBeLessThan(6000) // ends at its own limit, not a 15 s default (speed: bench/probe.bench.ts)
      expect(r.steps.at(-1)?.ok).toBe(false)
    } finally {
      await hole.close()
    }
  })

  it('rejects a bad request at the InspectorApi boundary, before connecting', async () => {
    const api = validatedInspector(createInspector())
    await expect(api.testAccount({ ...base, port: 0 })).rejects.toMatchObject({ name: 'InvalidArgumentError', code: 'errors:invalid.wholeNumber', message: '“Port” must be a whole number from 1 to 65535.' })
    await expect(api.testAccount({ ...base, port: 993, host: 'bad host name' })).rejects.toMatchObject({ name: 'InvalidArgumentError', code: 'errors:invalid.notServer', message: '“Server” is not a server name.' })
  })
})
