// One guessing probe: connect, read the greeting, ask CAPABILITY (IMAP), CAPA (POP3) or EHLO
// (SMTP), and say whether a real mail server of that kind answers, as Thunderbird's
// GuessConfig.sys.mjs does (it checks STARTTLS is advertised, it does not log in).
// No login is ever tried here. Lines are read by the login probes' own LineClient (net/).
import net from 'node:net'
import tls from 'node:tls'
import type { Auth, Security } from '../model.js'
import { EHLO_NAME, LineClient } from '../net/line-client.js'
import type { Network } from './network.js'

export interface ProbeTarget {
  protocol: 'imap' | 'pop3' | 'smtp'
  host: string
  port: number
  security: Exclude<Security, 'none'>
}

export interface ProbeResult {
  capabilities: string[]
  auth: Auth
}

function connect(target: ProbeTarget, network: Network): net.Socket {
  const port = network.port(target.port)
  if (target.security === 'tls') {
    return tls.connect({ host: target.host, servername: net.isIP(target.host) ? undefined : target.host, port, lookup: network.lookup, ca: network.ca })
  }
  return net.connect({ host: target.host, port, lookup: network.lookup })
}

async function talk(target: ProbeTarget, reader: LineClient): Promise<string[]> {
  const write = (line: string) => reader.send(line)
  const greeting = await reader.line()
  const caps: string[] = []
  if (target.protocol === 'imap') {
    if (!/^\* (OK|PREAUTH)\b/i.test(greeting)) throw new Error(`not an IMAP greeting: ${greeting.slice(0, 120)}`)
    write('A1 CAPABILITY')
    for (;;) {
      const line = await reader.line()
      if (/^\* CAPABILITY /i.test(line)) caps.push(...line.slice(13).trim().split(/\s+/))
      else if (/^A1 /i.test(line)) break
    }
    write('A2 LOGOUT')
    if (!caps.some((c) => /^IMAP4/i.test(c))) throw new Error('the server did not say it speaks IMAP4')
  } else if (target.protocol === 'pop3') {
    if (!/^\+OK\b/i.test(greeting)) throw new Error(`not a POP3 greeting: ${greeting.slice(0, 120)}`)
    write('CAPA')
    const first = await reader.line()
    if (/^\+OK/i.test(first)) {
      for (;;) {
        const line = await reader.line()
        if (line === '.') break
        caps.push(line.trim())
      }
    }
    write('QUIT')
  } else {
    if (!/^220[ -]/.test(greeting)) throw new Error(`not an SMTP greeting: ${greeting.slice(0, 120)}`)
    let line = greeting
    while (/^220-/.test(line)) line = await reader.line()
    write(`EHLO ${EHLO_NAME}`)
    for (;;) {
      line = await reader.line()
      if (!/^250[ -]/.test(line)) throw new Error(`EHLO refused: ${line.slice(0, 120)}`)
      caps.push(line.slice(4).trim())
      if (line.startsWith('250 ')) break
    }
    write('QUIT')
  }
  return caps
}

function authFrom(protocol: ProbeTarget['protocol'], caps: string[]): Auth {
  const upper = caps.map((c) => c.toUpperCase())
  const mechanisms =
    protocol === 'imap'
      ? upper.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice(5))
      : protocol === 'pop3'
        ? (upper.find((c) => c.startsWith('SASL'))?.split(/\s+/).slice(1) ?? [])
        : (upper.find((c) => c.startsWith('AUTH'))?.split(/[\s=]+/).slice(1) ?? [])
  const oauthOnly =
    mechanisms.length > 0 &&
    mechanisms.every((m) => m === 'XOAUTH2' || m === 'OAUTHBEARER') &&
    (protocol !== 'imap' || upper.includes('LOGINDISABLED'))
  return oauthOnly ? 'oauth2' : 'password'
}

/** Resolves when a real server of the wanted kind answers; rejects otherwise. */
export function probeServer(target: ProbeTarget, network: Network, signal: AbortSignal): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const socket = connect(target, network)
    const onAbort = () => socket.destroy(signal.reason instanceof Error ? signal.reason : new Error('cancelled'))
    signal.addEventListener('abort', onAbort, { once: true })
    talk(target, new LineClient(socket))
      .then((caps) => {
        const wanted = target.protocol === 'pop3' ? 'STLS' : 'STARTTLS'
        if (target.security === 'starttls' && !caps.some((c) => c.toUpperCase() === wanted)) {
          throw new Error(`${target.host}:${target.port} does not offer ${wanted}`)
        }
        resolve({ capabilities: caps, auth: authFrom(target.protocol, caps) })
      })
      .catch(reject)
      .finally(() => {
        signal.removeEventListener('abort', onAbort)
        socket.destroy()
      })
  })
}
