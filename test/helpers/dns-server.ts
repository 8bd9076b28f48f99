// A real DNS server on loopback (the dns2 package) answering A, AAAA, MX and SRV records for
// test domains. Unknown names get NXDOMAIN at once, as a real server does, so a lookup never
// waits on a name the test did not define. `silent: true` makes it a black hole that reads
// every query and answers none.
import dns2 from 'dns2'
import { afterAll, beforeAll } from 'vitest'

const { Packet } = dns2

export interface DnsRecords {
  A?: string[]
  AAAA?: string[]
  MX?: { exchange: string; priority: number }[]
  SRV?: { priority: number; weight: number; port: number; target: string }[]
}

/** Name -> records. A key "*.example.test" answers every name below example.test. */
export type DnsZone = Record<string, DnsRecords>

export interface TestDnsServer {
  /** "127.0.0.1:PORT", for --dns and LookupOptions.dnsServer. */
  address: string
  port: number
  /** Every question asked, as "TYPE name". */
  queries: string[]
  close(): Promise<void>
}

const TYPE_NAMES: Record<number, keyof DnsRecords> = {
  [Packet.TYPE.A]: 'A',
  [Packet.TYPE.AAAA]: 'AAAA',
  [Packet.TYPE.MX]: 'MX',
  [Packet.TYPE.SRV]: 'SRV',
}

function recordsFor(zone: DnsZone, name: string): DnsRecords | undefined {
  const n = name.toLowerCase().replace(/\.$/, '')
  if (zone[n]) return zone[n]
  const labels = n.split('.')
  for (let i = 1; i < labels.length; i++) {
    const wild = zone[`*.${labels.slice(i).join('.')}`]
    if (wild) return wild
  }
  return undefined
}

export async function startDnsServer(zone: DnsZone, options: { silent?: boolean } = {}): Promise<TestDnsServer> {
  const queries: string[] = []
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const question = request.questions[0]
      if (!question) return
      const typeName = TYPE_NAMES[question.type] ?? `TYPE${question.type}`
      queries.push(`${typeName} ${question.name}`)
      if (options.silent) return
      const response = Packet.createResponseFromRequest(request)
      const records = recordsFor(zone, question.name)
      if (!records) {
        response.header.rcode = 3 // NXDOMAIN (RFC 1035 4.1.1)
      } else {
        const base = { name: question.name, class: Packet.CLASS.IN, ttl: 60 }
        if (question.type === Packet.TYPE.A) for (const address of records.A ?? []) response.answers.push({ ...base, type: Packet.TYPE.A, address } as never)
        if (question.type === Packet.TYPE.AAAA) for (const address of records.AAAA ?? []) response.answers.push({ ...base, type: Packet.TYPE.AAAA, address } as never)
        if (question.type === Packet.TYPE.MX) for (const mx of records.MX ?? []) response.answers.push({ ...base, type: Packet.TYPE.MX, ...mx } as never)
        if (question.type === Packet.TYPE.SRV) for (const srv of records.SRV ?? []) response.answers.push({ ...base, type: Packet.TYPE.SRV, ...srv } as never)
      }
      void send(response)
    },
  })
  const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } })
  const port = addresses.udp!.port
  return { address: `127.0.0.1:${port}`, port, queries, close: () => server.close() }
}

/**
 * Two resolvers for the "offline or typo?" check: `offline` knows no name at all (a machine
 * with no network), `online` knows only the well-known name the check asks for
 * (a.root-servers.net), not the tested domain.
 */
export async function startOfflineAndOnlineDns(): Promise<{ offline: TestDnsServer; online: TestDnsServer; close: () => Promise<void> }> {
  const offline = await startDnsServer({})
  const online = await startDnsServer({ 'a.root-servers.net': { A: ['127.0.0.1'] } })
  return { offline, online, close: async () => { await offline.close(); await online.close() } }
}

/**
 * The offline/online pair for the describe block that calls it: started before its tests,
 * closed after them. Read `dns.offline` / `dns.online` inside the tests.
 */
export function useOfflineAndOnlineDns(): { offline: TestDnsServer; online: TestDnsServer } {
  const dns = {} as { offline: TestDnsServer; online: TestDnsServer }
  let close = async () => {}
  beforeAll(async () => {
    const started = await startOfflineAndOnlineDns()
    dns.offline = started.offline
    dns.online = started.online
    close = started.close
  })
  afterAll(() => close())
  return dns
}
