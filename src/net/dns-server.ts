// The DNS server a lookup may be pointed at (`lookup --dns HOST:PORT`, tests' loopback DNS):
// an IP address only, with an optional port 1-65535. Pure code with no Node imports, so the
// InspectorApi validator can check it wherever it runs.

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

function isIpv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return false
  try {
    // The WHATWG URL parser checks IPv6 literals (RFC 4291 forms) the same in Node and browsers.
    new URL(`http://[${text}]/`)
    return true
  } catch {
    return false
  }
}

function port(text: string | undefined): string | null {
  if (text === undefined) return ''
  if (!/^\d{1,5}$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && n <= 65_535 ? `:${n}` : null
}

/** "127.0.0.1:5353", "[::1]:53", "::1" -> the form dns Resolver.setServers takes; throws otherwise. */
export function parseDnsServer(value: string): string {
  const v = value.trim()
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(v)
  if (bracketed && isIpv6(bracketed[1]!)) {
    const p = port(bracketed[2])
    if (p !== null) return p ? `[${bracketed[1]}]${p}` : bracketed[1]!
  }
  const hostPort = /^([^:\s]+)(?::(\d+))?$/.exec(v)
  if (hostPort && IPV4.test(hostPort[1]!)) {
    const p = port(hostPort[2])
    if (p !== null) return `${hostPort[1]}${p}`
  }
  if (isIpv6(v)) return v
  throw new Error(`"${value}" is not a DNS server address (use an IP address, optionally with :PORT from 1 to 65535)`)
}
