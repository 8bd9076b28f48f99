// Guessing against a real Dovecot (IMAP, IMAPS, POP3, POP3S on loopback): the probe must
// recognise real CAPABILITY and CAPA answers, and prefer IMAP over TLS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lookupSettings } from '../../src/providers/lookup.js'
import { makeTestCertificates, type TestCertificates } from '../helpers/certs.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js'
import { refusedPort } from '../helpers/black-hole.js'
import { said } from '../helpers/said.js'

let certs: TestCertificates
let dns: TestDnsServer
let dovecot: DovecotServer
let refused: number

beforeAll(async () => {
  certs = makeTestCertificates({ names: ['DNS:dove.test', 'DNS:*.dove.test', 'DNS:pop-only.test', 'DNS:*.pop-only.test'] })
  dovecot = await startDovecot({ cert: certs.good })
  dns = await startDnsServer({ 'imap.dove.test': { A: ['127.0.0.1'] }, 'pop.pop-only.test': { A: ['127.0.0.1'] } })
  refused = await refusedPort()
})

afterAll(async () => {
  await Promise.all([dovecot?.stop(), dns?.close()])
  certs?.cleanup()
})

const base = () => ({ dnsServer: dns.address, extraCa: certs.rootCa, ispdbUrl: 'https://ispdb.dove.test/v1.1/', timeoutMs: 20_000, stepTimeoutMs: 15_000, dnsTimeoutMs: 10_000, probeTimeoutMs: 15_000, staggerMs: 10 })

describe('guessing against Dovecot', () => {
  it('finds imap.<domain> on 993 over TLS from real CAPABILITY answers', async () => {
    const portMap = { 443: refused, 993: dovecot.ports.imaps, 143: dovecot.ports.imap, 995: dovecot.ports.pop3s, 110: dovecot.ports.pop3, 465: refused, 587: refused }
    const result = await lookupSettings('alice@dove.test', { ...base(), portMap })
    expect(result.source).toBe('guess')
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'imap.dove.test', port: 993, security: 'tls', username: 'alice@dove.test', auth: 'password' })
    expect(result.outgoing).toEqual([])
  })

  it("takes Dovecot's POP3 with STLS on 110 when no IMAP answers, and says so", async () => {
    const portMap = { 443: refused, 993: refused, 143: refused, 995: refused, 110: dovecot.ports.pop3, 465: refused, 587: refused }
    const result = await lookupSettings('alice@pop-only.test', { ...base(), portMap })
    expect(result.source).toBe('guess')
    expect(result.incoming[0]).toMatchObject({ protocol: 'pop3', host: 'pop.pop-only.test', port: 110, security: 'starttls' })
    expect(said(result.notes)).toMatch(/No IMAP server answered/)
  })
})
