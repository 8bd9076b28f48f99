// Small scripted IMAP, POP3 and SMTP servers on loopback that answer the way real servers do
// up to CAPABILITY / CAPA / EHLO (RFC 9051, RFC 2449, RFC 5321), optionally behind TLS with a
// test-CA certificate. Enough for guessing probes; they accept no login.
import net from 'node:net'
import tls from 'node:tls'
import type { ServedCert } from './certs.js'

export interface BannerOptions {
  protocol: 'imap' | 'pop3' | 'smtp'
  /** Serve implicit TLS with this certificate (ports 993/995/465). */
  cert?: ServedCert
  /** Advertise STARTTLS/STLS (default true). */
  starttls?: boolean
}

export interface BannerServer {
  port: number
  connections: number
  close(): Promise<void>
}

function script(options: BannerOptions, socket: net.Socket): void {
  const starttls = options.starttls ?? true
  const send = (s: string) => socket.write(s)
  let buffer = ''
  if (options.protocol === 'imap') send('* OK [CAPABILITY IMAP4rev1 SASL-IR] Test IMAP ready\r\n')
  if (options.protocol === 'pop3') send('+OK Test POP3 ready\r\n')
  if (options.protocol === 'smtp') send('220 mail.test ESMTP ready\r\n')
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('latin1')
    let nl: number
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, '')
      buffer = buffer.slice(nl + 1)
      const [tag, command] = line.split(' ')
      if (options.protocol === 'imap') {
        if (/^CAPABILITY$/i.test(command ?? '')) send(`* CAPABILITY IMAP4rev1${starttls ? ' STARTTLS' : ''} AUTH=PLAIN\r\n${tag} OK done\r\n`)
        else if (/^LOGOUT$/i.test(command ?? '')) {
          if (send(`* BYE\r\n${tag} OK bye\r\n`)) socket.end()
        } else send(`${tag} BAD unknown\r\n`)
      } else if (options.protocol === 'pop3') {
        if (/^CAPA$/i.test(line)) send(`+OK\r\nUSER\r\n${starttls ? 'STLS\r\n' : ''}SASL PLAIN\r\n.\r\n`)
        else if (/^QUIT$/i.test(line)) {
          if (send('+OK bye\r\n')) socket.end()
        } else send('-ERR unknown\r\n')
      } else {
        if (/^EHLO /i.test(line)) send(`250-mail.test\r\n${starttls ? '250-STARTTLS\r\n' : ''}250 AUTH PLAIN LOGIN\r\n`)
        else if (/^QUIT$/i.test(line)) {
          if (send('221 bye\r\n')) socket.end()
        } else send('502 unknown\r\n')
      }
    }
  })
  socket.on('error', () => {})
}

export async function startBannerServer(options: BannerOptions): Promise<BannerServer> {
  const sockets = new Set<net.Socket>()
  let connections = 0
  const onSocket = (socket: net.Socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    script(options, socket)
  }
  const server = options.cert
    ? tls.createServer({ key: options.cert.key, cert: options.cert.cert }, onSocket)
    : net.createServer(onSocket)
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    get connections() {
      return connections
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
