// InspectorApi.imapSettingsForAccount: a scanned POP3 account gets its
// provider's IMAP settings, found by address or by the POP3 server's name, or a plain
// "this provider offers no IMAP". A real scan of a Thunderbird profile; DNS on loopback.
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInspector } from '../../src/inspector.js'
import { writeFlowsHome, type FixtureAccount } from '../e2e/flows-home.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { said } from '../helpers/said.js'

const pop = (key: string, email: string, host: string): FixtureAccount => ({
  key,
  email,
  username: email,
  type: 'pop3',
  incoming: { host, port: 995, socketType: 3 },
})

let home: string
let dns: TestDnsServer

beforeAll(async () => {
  home = await writeFlowsHome([
    pop('gmx', 'info@baeckerei.example', 'pop.gmx.net'),
    pop('century', 'office@plumber.example', 'pop.centurytel.net'),
    pop('hosted', 'sam@hosted.example', 'pop.hosted.example'),
  ])
  // hosted.example names no server we know, but its mail is received by GMX.
  dns = await startDnsServer({ 'hosted.example': { MX: [{ exchange: 'mx00.gmx.net', priority: 10 }] } })
})

afterAll(async () => {
  await dns?.close()
  await rm(home, { recursive: true, force: true })
})

function inspector() {
  return createInspector({ home, lookup: { dnsServer: dns.address, ispdbUrl: 'https://127.0.0.1:9/', timeoutMs: 4000 } })
}

async function idOf(api: ReturnType<typeof createInspector>, email: string): Promise<string> {
  const account = (await api.scan()).accounts.find((a) => a.email === email)
  if (!account) throw new Error(`fixture account ${email} not scanned`)
  return account.id
}

describe('imapSettingsForAccount', () => {
  it("gives GMX's IMAP to a POP3 account on a custom domain whose server is pop.gmx.net", async () => {
    const api = inspector()
    const result = await api.imapSettingsForAccount(await idOf(api, 'info@baeckerei.example'))
    expect(result.offersImap).toBe(true)
    expect(result.provider?.id).toBe('gmx')
    expect(result.source).toBe('catalog')
    expect(result.incoming).toEqual([
      expect.objectContaining({ protocol: 'imap', host: 'imap.gmx.net', port: 993, security: 'tls', username: 'info@baeckerei.example' }),
    ])
    expect(result.outgoing[0]?.host).toBe('mail.gmx.net')
    // GMX keeps IMAP off until switched on: the user must hear it before the first login.
    expect(said(result.notes)).toMatch(/switches IMAP and POP3 off/)
    // lookup(email) alone knows nothing of this custom domain offline.
    expect((await api.lookup('info@baeckerei.example', { offline: true })).incoming).toEqual([])
  })

  it('says plainly that a POP3-only provider offers no IMAP, and lists no IMAP server', async () => {
    const api = inspector()
    const result = await api.imapSettingsForAccount(await idOf(api, 'office@plumber.example'))
    expect(result.offersImap).toBe(false)
    expect(result.incoming.filter((s) => s.protocol === 'imap')).toEqual([])
    expect(said(result.notes[0])).toMatch(/offers no IMAP, only POP3/)
    // lookup of the provider's own address says the same.
    const byAddress = await api.lookup('office@centurytel.net', { offline: true })
    expect(byAddress.offersImap).toBe(false)
    expect(said(byAddress.notes)).toMatch(/offers no IMAP, only POP3/)
  })

  it("falls back to lookup of the address when nothing is known offline (here: the domain's MX is GMX)", async () => {
    const api = inspector()
    const result = await api.imapSettingsForAccount(await idOf(api, 'sam@hosted.example'))
    expect(result.source).toBe('mx')
    expect(result.incoming.find((s) => s.protocol === 'imap')?.host).toBe('imap.gmx.net')
    expect(dns.queries).toContain('MX hosted.example')
  })

  it('scans by itself when no scan ran yet, and names an unknown account plainly', async () => {
    const api = inspector()
    const id = await idOf(inspector(), 'info@baeckerei.example')
    await expect(api.imapSettingsForAccount(id)).resolves.toMatchObject({ offersImap: true })
    await expect(api.imapSettingsForAccount('thunderbird:no-such-account')).rejects.toThrow(/no longer among the accounts found/)
  })
})
