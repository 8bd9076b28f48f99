// "Is this computer online at all?": asked only after a name was not found, so a missing
// internet connection is not reported as a typo. The second name is one of the DNS root
// servers' own names (RFC 7720 keeps root-servers.net in service): it resolves wherever DNS
// works, and does not depend on any one company's website.
import dns from 'node:dns/promises'
import { Resolver } from 'node:dns/promises'
import { isIP } from 'node:net'
import { parseDnsServer } from '../net/dns-server.js'

export const WELL_KNOWN_NAME = 'a.root-servers.net'

/** Resolve a host to one address: the system's resolver, or only `dnsServer` when given. */
export type ResolveHost = (host: string) => Promise<string>

export function hostResolver(dnsServer?: string, timeoutMs = 2000): ResolveHost {
  if (!dnsServer) return async (host) => (await dns.lookup(host)).address
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 })
  resolver.setServers([parseDnsServer(dnsServer)])
  return async (host) => {
    if (isIP(host)) return host
    // RFC 6761 6.3: "localhost" names are loopback and never go to a DNS server.
    if (/^(?:.+\.)?localhost\.?$/i.test(host)) return '127.0.0.1'
    const v4 = await resolver.resolve4(host).catch(() => [] as string[])
    if (v4[0]) return v4[0]
    const v6 = await resolver.resolve6(host).catch(() => [] as string[])
    if (v6[0]) return v6[0]
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host })
  }
}

/** True when the well-known name resolves, i.e. DNS (and so, most likely, the internet) works. */
export async function internetAnswers(resolve: ResolveHost, name = WELL_KNOWN_NAME): Promise<boolean> {
  try {
    await resolve(name)
    return true
  } catch {
    return false
  }
}
