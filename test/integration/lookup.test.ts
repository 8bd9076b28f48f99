// lookup against real parts on loopback: a dns2 DNS server, an HTTPS autoconfig/ISPDB server
// with a certificate from a test CA made by openssl, scripted IMAP/POP3/SMTP servers for
// guessing, a black hole and a refused port for the deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lookupSettings, type LookupOptions } from '../../src/providers/lookup.js'
import { makeTestCertificates, type TestCertificates } from '../helpers/certs.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { clientConfigXml, startAutoconfigServer, type AutoconfigServer } from '../helpers/autoconfig-server.js'
import { startBannerServer, type BannerServer } from '../helpers/probe-banners.js'
import { refusedPort, startBlackHole, type BlackHole } from '../helpers/black-hole.js'
import { said, saidEach } from '../helpers/said.js'

const LOOP = { A: ['127.0.0.1'] }
const ISPDB = 'https://ispdb.test/autoconfig/v1.1/'
const MAIL_PORTS = [993, 143, 995, 110, 465, 587] as const

let certs: TestCertificates
let dns: TestDnsServer
let web: AutoconfigServer
const banners: BannerServer[] = []
let refused: number

beforeAll(async () => {
  certs = makeTestCertificates({
    names: ['acme.test', 'html.test', 'wk.test', 'prio.test', 'ispdb.test', 'hoster.test', 'guess.test', 'nostls.test', 'bh.test', 'rf.test']
      .flatMap((d) => [`DNS:${d}`, `DNS:*.${d}`]),
  })
  dns = await startDnsServer({
    'autoconfig.acme.test': LOOP,
    'autoconfig.wk.test': LOOP,
    'wk.test': LOOP,
    'autoconfig.prio.test': LOOP,
    'ispdb.test': LOOP,
    'autoconfig.html.test': LOOP,
    'm365.test': { MX: [{ exchange: 'm365-test.mail.protection.outlook.com', priority: 0 }] },
    'hosted.test': { MX: [{ exchange: 'mx2.hoster.test', priority: 20 }, { exchange: 'mx1.hoster.test', priority: 10 }] },
    '_imaps._tcp.srv.test': { SRV: [{ priority: 0, weight: 1, port: 993, target: 'imap.srv.test' }] },
    '_imap._tcp.srv.test': { SRV: [{ priority: 0, weight: 0, port: 0, target: '.' }] },
    '_submission._tcp.srv.test': { SRV: [{ priority: 0, weight: 1, port: 587, target: 'smtp.srv.test' }] },
    'imap.guess.test': LOOP,
    'smtp.guess.test': LOOP,
    'imap.nostls.test': LOOP,
    'pop.nostls.test': LOOP,
    'bh.test': LOOP,
    '*.bh.test': LOOP,
    'rf.test': LOOP,
    '*.rf.test': LOOP,
  })
  web = await startAutoconfigServer(certs.good, {
    'autoconfig.acme.test/mail/config-v1.1.xml': clientConfigXml({ id: 'acme.test', domain: 'acme.test', imapHost: 'mail.acme.test', smtpHost: 'smtp.acme.test' }),
    'wk.test/.well-known/autoconfig/mail/config-v1.1.xml': clientConfigXml({ id: 'wk.test', domain: 'wk.test', imapHost: 'imap.wk.test', smtpHost: 'smtp.wk.test' }),
    'autoconfig.prio.test/mail/config-v1.1.xml': { delayMs: 400, body: clientConfigXml({ id: 'prio', domain: 'prio.test', imapHost: 'from-autoconfig.prio.test', smtpHost: 'smtp.prio.test' }) },
    'ispdb.test/autoconfig/v1.1/prio.test': clientConfigXml({ id: 'prio', domain: 'prio.test', imapHost: 'from-ispdb.prio.test', smtpHost: 'smtp.prio.test' }),
    'autoconfig.html.test/mail/config-v1.1.xml': '<!doctype html><html><body>Welcome to our new website!</body></html>',
    'ispdb.test/autoconfig/v1.1/html.test': clientConfigXml({ id: 'html', domain: 'html.test', imapHost: 'imap.html.test', smtpHost: 'smtp.html.test' }),
    'ispdb.test/autoconfig/v1.1/ispdbonly.test': clientConfigXml({ id: 'ispdbonly', domain: 'ispdbonly.test', imapHost: 'imap.ispdbonly.test', smtpHost: 'smtp.ispdbonly.test' }),
    'ispdb.test/autoconfig/v1.1/hoster.test': clientConfigXml({ id: 'hoster.test', domain: 'hoster.test', imapHost: 'imap.hoster.test', smtpHost: 'smtp.hoster.test', name: 'Hoster' }),
  })
  refused = await refusedPort()
})

afterAll(async () => {
  await Promise.all([dns?.close(), web?.close(), ...banners.map((b) => b.close())])
  certs?.cleanup()
})

function options(extra: Partial<LookupOptions> = {}): LookupOptions {
  const portMap: Record<number, number> = { 443: web.port }
  for (const p of MAIL_PORTS) portMap[p] = refused
  return { dnsServer: dns.address, extraCa: certs.rootCa, ispdbUrl: ISPDB, timeoutMs: 20_000, stepTimeoutMs: 15_000, dnsTimeoutMs: 10_000, probeTimeoutMs: 15_000, staggerMs: 10, ...extra, portMap: { ...portMap, ...extra.portMap } }
}

describe('lookup over the network (loopback)', () => {
  it("uses the domain's autoconfig file and never sends the address", async () => {
    const result = await lookupSettings('Jane.Doe@acme.test', options())
    expect(result.source).toBe('autoconfig')
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'mail.acme.test', port: 993, security: 'tls', username: 'Jane.Doe@acme.test' })
    expect(result.outgoing[0]).toMatchObject({ host: 'smtp.acme.test', security: 'starttls', username: 'Jane.Doe' })
    const sent = web.requests.map((r) => r.path).join(' ')
    expect(sent).not.toMatch(/jane|%40|@|emailaddress/i)
  })

  it('never trusts an autoconfig server whose certificate the system does not trust', async () => {
    const { extraCa: _trusted, ...untrusted } = options()
    const result = await lookupSettings('jane@acme.test', untrusted)
    expect(result.source).toBe('none')
    expect(result.incoming).toEqual([])
  })

  it('ignores an HTML page served where the settings file should be', async () => {
    const result = await lookupSettings('a@html.test', options())
    expect(result.source).toBe('ispdb')
    expect(result.incoming[0]?.host).toBe('imap.html.test')
  })

  it('falls back to /.well-known/ when autoconfig.<domain> has no file', async () => {
    const result = await lookupSettings('a@wk.test', options())
    expect(result.source).toBe('well-known')
    expect(result.incoming[0]?.host).toBe('imap.wk.test')
  })

  it("waits for a slower higher-priority answer instead of taking the ISPDB's quicker one", async () => {
    const result = await lookupSettings('a@prio.test', options())
    expect(result.source).toBe('autoconfig')
    expect(result.incoming[0]?.host).toBe('from-autoconfig.prio.test')
  })

  it('asks the online ISPDB when the domain publishes nothing', async () => {
    const result = await lookupSettings('a@ispdbonly.test', options())
    expect(result.source).toBe('ispdb')
    expect(result.incoming[0]?.host).toBe('imap.ispdbonly.test')
  })

  it('recognises Microsoft 365 from the MX record and says no password works', async () => {
    const result = await lookupSettings('boss@m365.test', options())
    expect(result.source).toBe('mx')
    expect(result.provider?.id).toBe('microsoft-365')
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'outlook.office365.com', auth: 'oauth2', username: 'boss@m365.test' })
    expect(said(result.notes)).toMatch(/1 October 2022/)
  })

  it("uses the MX host's provider from the ISPDB for a hosted domain (lowest MX priority wins)", async () => {
    const result = await lookupSettings('a@hosted.test', options())
    expect(result.source).toBe('mx')
    expect(result.incoming[0]?.host).toBe('imap.hoster.test')
    expect(said(result.notes)).toMatch(/mx1\.hoster\.test/)
  })

  it('reads RFC 6186/8314 SRV records and skips a service marked "."', async () => {
    const result = await lookupSettings('a@srv.test', options())
    expect(result.source).toBe('srv')
    expect(result.incoming).toEqual([{ protocol: 'imap', host: 'imap.srv.test', port: 993, security: 'tls', username: 'a@srv.test', auth: 'password' }])
    expect(result.outgoing).toEqual([{ protocol: 'smtp', host: 'smtp.srv.test', port: 587, security: 'starttls', username: 'a@srv.test', auth: 'password' }])
  })

  it('guesses imap./smtp. hosts, confirmed by CAPABILITY and EHLO, preferring TLS', async () => {
    const imaps = await startBannerServer({ protocol: 'imap', cert: certs.good })
    const imap = await startBannerServer({ protocol: 'imap' })
    const smtp = await startBannerServer({ protocol: 'smtp' })
    banners.push(imaps, imap, smtp)
    const result = await lookupSettings('a@guess.test', options({ portMap: { 993: imaps.port, 143: imap.port, 587: smtp.port } }))
    expect(result.source).toBe('guess')
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'imap.guess.test', port: 993, security: 'tls', username: 'a@guess.test' })
    expect(result.outgoing[0]).toMatchObject({ protocol: 'smtp', host: 'smtp.guess.test', port: 587, security: 'starttls' })
    expect(imaps.connections).toBeGreaterThan(0)
  })

  it('does not take a POP3 server on the IMAP port, nor IMAP without STARTTLS', async () => {
    const popOnImapPort = await startBannerServer({ protocol: 'pop3', cert: certs.good })
    const imapNoStarttls = await startBannerServer({ protocol: 'imap', starttls: false })
    banners.push(popOnImapPort, imapNoStarttls)
    const result = await lookupSettings('a@nostls.test', options({ portMap: { 993: popOnImapPort.port, 143: imapNoStarttls.port, 995: popOnImapPort.port } }))
    expect(result.source).toBe('guess')
    expect(result.incoming[0]).toMatchObject({ protocol: 'pop3', host: 'pop.nostls.test', port: 995 })
    expect(said(result.notes)).toMatch(/No IMAP server answered/)
  })
})

describe('the deadline', () => {
  let hole: BlackHole
  beforeAll(async () => {
    hole = await startBlackHole()
  })
  afterAll(async () => hole?.close())

  it('ends at the deadline when every server accepts and never answers, and closes every socket', async () => {
    const portMap: Record<number, number> = { 443: hole.port }
    for (const p of MAIL_PORTS) portMap[p] = hole.port
    const started = Date.now()
    const result = await lookupSettings('a@bh.test', {
      ...options({ portMap }),
      ispdbUrl: 'https://ispdb.bh.test/v1.1/',
      // Long enough that a loaded machine has opened the candidates' sockets by then (3 s was not, at load 25).
      timeoutMs: 6000,
      stepTimeoutMs: 60_000,
      probeTimeoutMs: 60_000,
    })
    const elapsed = Date.now() - started
    expect(result.source).toBe('none')
    expect(said(result.notes)).toMatch(/Stopped looking after 6 seconds/)
    // Far below one 60 s step timeout, let alone one per candidate (with room for a loaded machine).
    expect(elapsed).toBeLessThan(30_000)
    expect(hole.accepted).toBeGreaterThan(0)
    for (let i = 0; i < 150 && hole.open() > 0; i++) await new Promise((r) => setTimeout(r, 20)) // up to 3 s on a busy machine
    expect(hole.open()).toBe(0)
  })

  it('keeps the IMAP server it found when only the SMTP probes are still hanging at the deadline', async () => {
    const imaps = await startBannerServer({ protocol: 'imap', cert: certs.good })
    banners.push(imaps)
    const result = await lookupSettings('a@guess.test', {
      ...options({ portMap: { 993: imaps.port, 465: hole.port, 587: hole.port } }),
      // The IMAPS probe must finish before the deadline even on a loaded CI machine.
      timeoutMs: 10_000,
      stepTimeoutMs: 60_000,
      probeTimeoutMs: 60_000,
    })
    expect(result.source).toBe('guess')
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'imap.guess.test', port: 993 })
    expect(result.outgoing).toEqual([])
    expect(said(result.notes)).toMatch(/Stopped looking/)
  })

  it('gives up without waiting for the deadline when every port refuses', async () => {
    const portMap: Record<number, number> = { 443: refused }
    for (const p of MAIL_PORTS) portMap[p] = refused
    const result = await lookupSettings('a@rf.test', { ...options({ portMap }), ispdbUrl: 'https://ispdb.rf.test/v1.1/', timeoutMs: 60_000 })
    expect(result.source).toBe('none')
    expect(said(result.notes)).not.toMatch(/Stopped looking/)
    expect(said(result.notes)).toMatch(/No settings found for rf\.test/)
  })

  it('holds the deadline when the DNS server never answers', async () => {
    const silent = await startDnsServer({}, { silent: true })
    try {
      const result = await lookupSettings('a@quiet.test', { ...options(), dnsServer: silent.address, timeoutMs: 1500 })
      expect(result.source).toBe('none')
      expect(said(result.notes)).toMatch(/Stopped looking/)
      expect(silent.queries.length).toBeGreaterThan(0)
    } finally {
      await silent.close()
    }
  })

  it('--offline sends no DNS query at all', async () => {
    const before = dns.queries.length
    const result = await lookupSettings('a@acme.test', { ...options(), offline: true })
    expect(result.source).toBe('none')
    expect(dns.queries.length).toBe(before)
  })
})

describe('cancelling', () => {
  it("stops at once when the caller's signal aborts (the UI's Cancel)", async () => {
    const hole = await startBlackHole()
    try {
      const portMap: Record<number, number> = { 443: hole.port }
      for (const p of MAIL_PORTS) portMap[p] = hole.port
      const cancel = new AbortController()
      setTimeout(() => cancel.abort(new Error('user cancelled')), 300)
      const result = await lookupSettings('a@bh.test', { ...options({ portMap }), ispdbUrl: 'https://ispdb.bh.test/v1.1/', timeoutMs: 60_000, stepTimeoutMs: 60_000, probeTimeoutMs: 60_000, signal: cancel.signal })
      expect(result.source).toBe('none')
      expect(saidEach(result.notes)).toEqual(['The lookup was cancelled.'])
      for (let i = 0; i < 150 && hole.open() > 0; i++) await new Promise((r) => setTimeout(r, 20)) // up to 3 s on a busy machine
      expect(hole.open()).toBe(0)
    } finally {
      await hole.close()
    }
  })
})
