// "Offline is not a typo": a name-not-found for a known provider's server, when a well-known
// name does not resolve either, is `offline`; a typed unknown name stays `dns-not-found`.
// Real DNS servers on loopback stand in for an offline machine and a working network.
import { describe, expect, it } from 'vitest'
import { hostResolver, internetAnswers } from '../../src/guidance/connectivity.js'
import { createInspector } from '../../src/inspector.js'
import { runTest } from '../../src/diagnose/test-account.js'
import type { TestRequest } from '../../src/model.js'
import { useOfflineAndOnlineDns, type TestDnsServer } from '../helpers/dns-server.js'

const SECRET = 'offline-check-secret-1'
const gmail: TestRequest = { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls', username: 'jane@gmail.com', password: SECRET, timeoutMs: 5000 }

describe('a test on an offline machine', () => {
  const dns = useOfflineAndOnlineDns()

  const options = (server: TestDnsServer) => {
    const resolve = hostResolver(server.address)
    return { resolve, internetAnswers: () => internetAnswers(resolve) }
  }

  it('imap.gmail.com not found and nothing else found either: offline, with the internet advice', async () => {
    const result = await runTest(gmail, options(dns.offline))
    expect(result.verdict).toBe('offline')
    expect(result.advice.next.join(' ')).toMatch(/other websites open/)
    expect(result.advice.next.join(' ')).not.toMatch(/spelling/)
    expect(JSON.stringify(result)).not.toContain(SECRET)
  })

  it('a known server not found while the internet answers: still dns-not-found', async () => {
    expect((await runTest(gmail, options(dns.online))).verdict).toBe('dns-not-found')
  })

  it('a typed unknown name offline stays dns-not-found (it may well be a typo)', async () => {
    expect((await runTest({ ...gmail, host: 'imap.gmial-typo.example' }, options(dns.offline))).verdict).toBe('dns-not-found')
  })

  it('the inspector does the same with its DNS server option', async () => {
    const inspector = createInspector({ dnsServer: dns.offline.address, home: '/nonexistent-home' })
    expect((await inspector.testAccount(gmail)).verdict).toBe('offline')
  })
})
