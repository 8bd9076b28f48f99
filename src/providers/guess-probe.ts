// One guessing probe: connect, read the greeting, ask CAPABILITY (IMAP), CAPA (POP3) or EHLO
// (SMTP), and say whether a real mail server of that kind answers, as Thunderbird's
// GuessConfig.sys.mjs does (it checks STARTTLS is advertised, it does not log in).
// No login is ever tried here.
import net from 'node:net'
import tls from 'node:tls'
import type { Auth, Security } from '../model.js'
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

const MAX_REPLY = 64 * 1024

class LineReader {
  private buffer = ''
  private waiting: ((line: string | null) => void) | null = null
  private closed = false
  private error: Error | null = null
  constructor(socket: net.Socket) {
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      this.buffer += chunk
      if (this.buffer.length > MAX_REPLY) socket.destroy(new Error('the server sent too much'))
      this.flush()
    })
    const end = (error?: Error) => {
      this.closed = true
      if (error) this.error = error
      this.flush()
    }
    socket.on('end', () => end())
    socket.on('close', () => end())
    socket.on('error', (e) => end(e))
  }
  private flush(): void {
    if (!this.waiting) return
    const nl = this.buffer.indexOf('\n')
    if (nl >= 0) {
      const line = this.buffer.slice(0, nl).replace(/\r$/, '')
      this.buffer = this.buffer.slice(nl + 1)
      const w = this.waiting
      this.waiting = null
      w(line)
    } else if (this.closed) {
      const w = this.waiting
      this.waiting = null
      w(null)
    }
  }
  next(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiting = (line) => (line === null ? reject(this.error ?? new Error('the server closed the connection')) : resolve(line))
      this.flush()
    })
  }
}

function connect(target: ProbeTarget, network: Network): net.Socket {
  const port = network.port(target.port)
  if (target.security === 'tls') {
    return tls.connect({ host: target.host, servername: net.isIP(target.host) ? undefined : target.host, port, lookup: network.lookup, ca: network.ca })
  }
  return net.connect({ host: target.host, port, lookup: network.lookup })
}

async function talk(target: ProbeTarget, reader: LineReader, write: (s: string) => void): Promise<string[]> {
  const greeting = await reader.next()
  const caps: string[] = []
  if (target.protocol === 'imap') {
    if (!/^\* (OK|PREAUTH)\b/i.test(greeting)) throw new Error(`not an IMAP greeting: ${greeting.slice(0, 120)}`)
    write('A1 CAPABILITY\r\n')
    for (;;) {
      const line = await reader.next()
      if (/^\* CAPABILITY /i.test(line)) caps.push(...line.slice(13).trim().split(/\s+/))
      else if (/^A1 /i.test(line)) break
    }
    write('A2 LOGOUT\r\n')
    if (!caps.some((c) => /^IMAP4/i.test(c))) throw new Error('the server did not say it speaks IMAP4')
  } else if (target.protocol === 'pop3') {
    if (!/^\+OK\b/i.test(greeting)) throw new Error(`not a POP3 greeting: ${greeting.slice(0, 120)}`)
    write('CAPA\r\n')
    const first = await reader.next()
    if (/^\+OK/i.test(first)) {
      for (;;) {
        const line = await reader.next()
        if (line === '.') break
        caps.push(line.trim())
      }
    }
    write('QUIT\r\n')
  } else {
    if (!/^220[ -]/.test(greeting)) throw new Error(`not an SMTP greeting: ${greeting.slice(0, 120)}`)
    let line = greeting
    while (/^220-/.test(line)) line = await reader.next()
    write('EHLO mail-settings-inspector.invalid\r\n')
    for (;;) {
      line = await reader.next()
      if (!/^250[ -]/.test(line)) throw new Error(`EHLO refused: ${line.slice(0, 120)}`)
      caps.push(line.slice(4).trim())
      if (line.startsWith('250 ')) break
    }
    write('QUIT\r\n')
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
    const reader = new LineReader(socket)
    talk(target, reader, (s) => socket.write(s))
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
