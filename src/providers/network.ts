// The network a lookup uses: one DNS resolver (the system's, or --dns HOST:PORT), host name
// resolution for sockets and HTTPS through that same resolver, an optional extra trusted CA
// (tests), and a test-only port map (real ports are fixed: 443, 993 ...; tests listen on free
// loopback ports). TLS verification is never switched off.
import { Resolver } from 'node:dns/promises'
import type { LookupFunction } from 'node:net'
import { parseDnsServer } from '../net/dns-server.js'
import { trustedRootsWith } from '../net/trusted-roots.js'

export interface NetworkOptions {
  /** Send every DNS query (MX, SRV, A, AAAA) to this server: "IP:PORT" or "IP". */
  dnsServer?: string
  /** Extra trusted CA certificate (PEM), added to the system's list; for tests. */
  extraCa?: string
  /** Test only: connect to portMap[p] instead of p (e.g. {443: 40123}). */
  portMap?: Readonly<Record<number, number>>
  /** One DNS query's own timeout (ms). */
  dnsTimeoutMs?: number
}

export interface Network {
  resolver: Resolver
  /** For net/tls/https `lookup`: names resolve through `resolver` when a DNS server was given. */
  lookup: LookupFunction | undefined
  ca: string[] | undefined
  port(port: number): number
  /** Cancels every outstanding DNS query. */
  cancel(): void
}

export function createNetwork(options: NetworkOptions = {}): Network {
  const resolver = new Resolver({ timeout: options.dnsTimeoutMs ?? 2000, tries: 2 })
  if (options.dnsServer) resolver.setServers([parseDnsServer(options.dnsServer)])
  const lookup: LookupFunction | undefined = options.dnsServer
    ? (hostname, lookupOptions, callback) => {
        const resolveAll = async (): Promise<{ address: string; family: number }[]> => {
          const v4 = await resolver.resolve4(hostname).catch(() => [] as string[])
          const v6 = v4.length > 0 && lookupOptions.family !== 6 ? [] : await resolver.resolve6(hostname).catch(() => [] as string[])
          const all = [...v4.map((a) => ({ address: a, family: 4 })), ...v6.map((a) => ({ address: a, family: 6 }))]
          if (all.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname })
          return all
        }
        resolveAll().then(
          (all) => {
            if (lookupOptions.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, all)
            else callback(null, all[0]!.address, all[0]!.family)
          },
          (error: NodeJS.ErrnoException) => callback(error, '', 0),
        )
      }
    : undefined
  return {
    resolver,
    lookup,
    ca: trustedRootsWith(options.extraCa),
    port: (port) => options.portMap?.[port] ?? port,
    cancel: () => resolver.cancel(),
  }
}
