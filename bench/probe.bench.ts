// Speed of the connection test: a black hole ends at its timeout + 10 %, and
// a good IMAPS login against local Dovecot takes under 300 ms.
import { runTest } from '../src/diagnose/test-account.js'
import { startDovecot } from '../test/helpers/dovecot.js'
import { startBlackHole } from '../test/helpers/black-hole.js'

const BLACK_HOLE_TIMEOUT_MS = 2000

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

export async function run(): Promise<void> {
  const hole = await startBlackHole()
  try {
    const result = await runTest({ protocol: 'imap', host: hole.host, port: hole.port, security: 'tls', username: 'bench', password: 'bench-pw', timeoutMs: BLACK_HOLE_TIMEOUT_MS })
    const limit = BLACK_HOLE_TIMEOUT_MS * 1.1
    console.log(`black hole (timeout ${BLACK_HOLE_TIMEOUT_MS} ms): ended after ${result.durationMs} ms as ${result.verdict}; budget ${limit} ms: ${result.durationMs <= limit ? 'PASS' : 'FAIL'}`)
  } finally {
    await hole.close()
  }

  const dovecot = await startDovecot()
  try {
    const request = { protocol: 'imap' as const, host: dovecot.host, port: dovecot.ports.imaps, security: 'tls' as const, username: dovecot.user.name, password: dovecot.user.password, ca: dovecot.ca }
    await runTest(request) // warm-up: first TLS handshake, Dovecot's first imap process
    const times: number[] = []
    for (let i = 0; i < 10; i++) {
      const r = await runTest(request)
      if (!r.ok) throw new Error(`bench login failed: ${r.verdict}`)
      times.push(r.durationMs)
    }
    const m = median(times)
    console.log(`good IMAPS login vs local Dovecot: median ${m} ms, max ${Math.max(...times)} ms over ${times.length}; budget 300 ms: ${m < 300 ? 'PASS' : 'FAIL'}`)
  } finally {
    await dovecot.stop()
  }
}
