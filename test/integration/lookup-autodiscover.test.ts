// Exchange Autodiscover in lookup, against a real HTTPS server on loopback (certificate from a
// test CA made with openssl) and a real DNS server, answering with recorded response bodies
// (test/fixtures/autodiscover/SOURCES.md). Every request is recorded: Autodiscover sends the
// address where it must (POX body, v2 path) and never an Authorization header.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lookupSettings, type LookupOptions } from '../../src/providers/lookup.js'
import { makeTestCertificates, type TestCertificates } from '../helpers/certs.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { startAutoconfigServer, type AutoconfigServer } from '../helpers/autoconfig-server.js'
import { refusedPort } from '../helpers/black-hole.js'
import { said } from '../helpers/said.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/autodiscover/${name}`, import.meta.url), 'utf8')
const LOOP = { A: ['127.0.0.1'] }
const POX = '/autodiscover/autodiscover.xml'
const DOMAINS = ['pox.test', 'exch.test', 'ntlm.test', 'srvad.test', 'adhost.test', 'v2.test', 'private.test']
// The recorded v2 answer names Microsoft's POX URL; the test's own DNS puts that host on loopback
// too, so the body is served exactly as recorded and nothing leaves the machine.
const O365 = 'outlook.office365.com'

let certs: TestCertificates
let dns: TestDnsServer
let web: AutoconfigServer
let refused: number

beforeAll(async () => {
  certs = makeTestCertificates({ names: [...DOMAINS.flatMap((d) => [`DNS:${d}`, `DNS:*.${d}`]), `DNS:${O365}`] })
  const zone = Object.fromEntries(DOMAINS.flatMap((d) => [[d, LOOP], [`*.${d}`, LOOP]]))
  dns = await startDnsServer({
    ...zone,
    [O365]: LOOP,
    '_autodiscover._tcp.srvad.test': { SRV: [{ priority: 0, weight: 1, port: 443, target: 'mail.adhost.test' }] },
  })
  web = await startAutoconfigServer(certs.good, {
    [`autodiscover.pox.test${POX}`]: fixture('1and1-imap-pop-smtp.xml'),
    [`exch.test${POX}`]: fixture('exchange-exch-expr.xml'),
    [`autodiscover.ntlm.test${POX}`]: { status: 401, headers: { 'WWW-Authenticate': 'NTLM' } },
    [`mail.adhost.test${POX}`]: fixture('imap-smtp-ssl-on.xml'),
    [`v2.test/autodiscover/autodiscover.json/v1.0/${encodeURIComponent('jane.doe@v2.test')}?Protocol=AutodiscoverV1`]: {
      body: fixture('office365-v2-autodiscoverv1.json'),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
    [`${O365}${POX}`]: fixture('exchange-exch-expr.xml'),
    'autoconfig.private.test/mail/config-v1.1.xml': `<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="private.test"><domain>private.test</domain><displayName>Private</displayName>
      <incomingServer type="imap"><hostname>imap.private.test</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
      <outgoingServer type="smtp"><hostname>smtp.private.test</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer></emailProvider></clientConfig>`,
    [`private.test${POX}`]: fixture('exchange-exch-expr.xml'),
  })
  refused = await refusedPort()
})

afterAll(async () => {
  await Promise.all([dns?.close(), web?.close()])
  certs?.cleanup()
})

function options(extra: Partial<LookupOptions> = {}): LookupOptions {
  const portMap: Record<number, number> = { 443: web.port }
  for (const p of [993, 143, 995, 110, 465, 587]) portMap[p] = refused
  return { dnsServer: dns.address, extraCa: certs.rootCa, ispdbUrl: 'https://nowhere.invalid/', timeoutMs: 20_000, stepTimeoutMs: 15_000, dnsTimeoutMs: 10_000, probeTimeoutMs: 15_000, staggerMs: 10, ...extra, portMap }
}

const requestsFor = (domain: string) => web.requests.filter((r) => r.host === domain || r.host.endsWith(`.${domain}`))

describe('Exchange Autodiscover in lookup (loopback HTTPS and DNS)', () => {
  it('reads IMAP, POP3 and SMTP from a POX answer on autodiscover.<domain>, sending the address and no credentials', async () => {
    const result = await lookupSettings('jane.doe@pox.test', options())
    expect(result.source).toBe('autodiscover')
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'imap.1and1.com', port: 993, security: 'tls', username: 'user@domain.com' })
    expect(result.incoming[1]).toMatchObject({ protocol: 'pop3', host: 'pop.1and1.com', port: 995, security: 'tls' })
    expect(result.outgoing[0]).toMatchObject({ protocol: 'smtp', host: 'smtp.1and1.com', port: 587, security: 'starttls' })
    expect(result.exchange).toMatchObject({ imapPublished: true })
    const posted = requestsFor('pox.test').filter((r) => r.method === 'POST')
    expect(posted.length).toBeGreaterThan(0)
    expect(posted[0]!.body).toContain('<EMailAddress>jane.doe@pox.test</EMailAddress>')
    for (const r of requestsFor('pox.test')) expect(r.headers.authorization, `${r.host}${r.path}`).toBeUndefined()
  })

  it('says "Exchange without IMAP settings" when the answer has only Exchange protocols', async () => {
    const result = await lookupSettings('jane.doe@exch.test', options())
    expect(result.source).toBe('autodiscover')
    expect(result.incoming).toEqual([])
    expect(result.exchange).toEqual({ imapPublished: false, signInRequired: false, endpoint: `https://exch.test${POX}` })
    expect(said(result.notes)).toMatch(/Exchange without IMAP settings.*ask your IT admin/i)
  })

  it('reports Exchange behind a sign-in (HTTP 401 NTLM) without ever sending a password', async () => {
    const result = await lookupSettings('jane.doe@ntlm.test', options())
    expect(result.exchange).toMatchObject({ imapPublished: false, signInRequired: true })
    expect(said(result.notes)).toMatch(/never sends your password/)
    for (const r of requestsFor('ntlm.test')) expect(r.headers.authorization).toBeUndefined()
  })

  it('follows the _autodiscover._tcp SRV record to another host', async () => {
    const result = await lookupSettings('jane.doe@srvad.test', options())
    expect(result.source).toBe('autodiscover')
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'domain.com', port: 993, security: 'tls', username: 'jane.doe@srvad.test' })
    expect(result.outgoing[0]).toMatchObject({ host: 'domain.com', port: 465, security: 'tls' })
    expect(dns.queries).toContain('SRV _autodiscover._tcp.srvad.test')
  })

  it('asks the Autodiscover v2 JSON endpoint and follows the POX URL it names (Office 365\'s recorded answer)', async () => {
    const result = await lookupSettings('jane.doe@v2.test', options())
    expect(result.source).toBe('autodiscover')
    expect(requestsFor('v2.test').some((r) => r.method === 'GET' && r.path.startsWith('/autodiscover/autodiscover.json/v1.0/'))).toBe(true)
    const posted = web.requests.filter((r) => r.host === O365 && r.method === 'POST' && r.path === POX)
    expect(posted.length).toBe(1)
    expect(posted[0]!.headers.authorization).toBeUndefined()
    // The POX answer there publishes only Exchange protocols: no IMAP settings to copy.
    expect(result.incoming).toEqual([])
    expect(result.exchange).toMatchObject({ imapPublished: false, endpoint: `https://${O365}${POX}` })
  })

  it('does not hand the address to Autodiscover when a file that needs no address answered', async () => {
    const result = await lookupSettings('jane.doe@private.test', options())
    expect(result.source).toBe('autoconfig')
    const sent = requestsFor('private.test').map((r) => `${r.path} ${r.body}`).join(' ')
    expect(sent).not.toMatch(/jane|%40|@/i)
  })

  it('asks nothing at all with --offline', async () => {
    const before = web.requests.length
    const queries = dns.queries.length
    const result = await lookupSettings('jane.doe@exch.test', options({ offline: true }))
    expect(result.source).toBe('none')
    expect(web.requests.length).toBe(before)
    expect(dns.queries.length).toBe(queries)
  })
})
