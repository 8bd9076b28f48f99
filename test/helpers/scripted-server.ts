// Scripted IMAP/POP3/SMTP servers on loopback that replay recorded provider texts (Gmail's
// ALERTs, Microsoft's bare refusals, ...) which Dovecot cannot show. Each speaks just enough of
// its protocol for a real client (imapflow, our POP3/SMTP probes): greeting, capabilities,
// STARTTLS, LOGIN/AUTHENTICATE PLAIN/USER-PASS/AUTH, a mailbox command and logout.
// The black hole (accepts TCP, never answers) is in black-hole.ts.
import net from 'node:net'
import tls from 'node:tls'
import { GMAIL_IMAP_APP_PASSWORD, MICROSOFT_365_IMAP, type ServerScript } from './provider-scripts.js'

export * from './provider-scripts.js'

export interface ScriptedServerOptions {
  /** Port to listen on (default: a free one). */
  port?: number
  /** Certificate for implicit TLS or STARTTLS (PEM key + chain, e.g. a ServedCert). */
  tls?: { key: string; cert: string }
  /** 'tls' = TLS from the first byte; 'starttls' = offers STARTTLS; 'none' = never TLS.
   *  Default: 'tls' when a certificate is given, else 'none'. */
  security?: 'tls' | 'starttls' | 'none'
}

export interface ScriptedServer {
  host: '127.0.0.1'
  port: number
  security: 'tls' | 'starttls' | 'none'
  script: ServerScript
  /** Every command line received, with passwords and SASL blobs replaced by "***". */
  commands: string[]
  /** How many login attempts (LOGIN, AUTHENTICATE, PASS, AUTH) reached the server. */
  loginAttempts(): number
  close(): Promise<void>
}

const CRLF = '\r\n'

/** Splits an IMAP command into tokens: atoms, "quoted strings" and (already inlined) literals. */
function imapTokens(line: string): string[] {
  const out: string[] = []
  let i = 0
  while (i < line.length) {
    if (line[i] === ' ') {
      i++
      continue
    }
    if (line[i] === '"') {
      let value = ''
      i++
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\') i++
        value += line[i] ?? ''
        i++
      }
      i++
      out.push(value)
      continue
    }
    const next = line.indexOf(' ', i)
    out.push(next < 0 ? line.slice(i) : line.slice(i, next))
    i = next < 0 ? line.length : next
  }
  return out
}

function decodePlain(b64: string): { user: string; pass: string } {
  const parts = Buffer.from(b64, 'base64').toString('utf8').split('\0')
  return { user: parts[1] ?? '', pass: parts[2] ?? '' }
}

/** A line reader over a socket that can also wait for an IMAP literal of n bytes. */
class LineReader {
  private buffer = Buffer.alloc(0)
  private waiting: (() => void) | null = null
  closed = false
  constructor(public socket: net.Socket) {
    this.attach(socket)
  }
  attach(socket: net.Socket): void {
    this.socket = socket
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      this.waiting?.()
    })
    socket.on('close', () => {
      this.closed = true
      this.waiting?.()
    })
    socket.on('error', () => undefined)
  }
  private async wait(): Promise<void> {
    await new Promise<void>((resolve) => (this.waiting = resolve))
    this.waiting = null
  }
  async line(): Promise<string | null> {
    for (;;) {
      const at = this.buffer.indexOf('\n')
      if (at >= 0) {
        const line = this.buffer.subarray(0, at).toString('utf8').replace(/\r$/, '')
        this.buffer = this.buffer.subarray(at + 1)
        return line
      }
      if (this.closed) return null
      await this.wait()
    }
  }
  async bytes(n: number): Promise<string | null> {
    while (this.buffer.length < n) {
      if (this.closed) return null
      await this.wait()
    }
    const out = this.buffer.subarray(0, n).toString('utf8')
    this.buffer = this.buffer.subarray(n)
    return out
  }
  /** Stops reading the plain socket so a TLS handshake can take over (STARTTLS/STLS). */
  detach(): net.Socket {
    this.socket.removeAllListeners('data')
    this.socket.removeAllListeners('close')
    return this.socket
  }
}

interface Session {
  reader: LineReader
  write: (text: string) => void
  secure: boolean
  record: (line: string) => void
  countLogin: () => void
  upgrade: () => Promise<void>
}

function multiline(code: string, text: string): string {
  const lines = text.split('\n')
  return lines.map((l, i) => `${code}${i < lines.length - 1 ? '-' : ' '}${l}`).join(CRLF) + CRLF
}

async function imapSession(script: ServerScript, s: Session, offerStarttls: boolean): Promise<void> {
  const caps = () => [...script.capabilities, ...(offerStarttls && !s.secure ? ['STARTTLS'] : [])].join(' ')
  s.write(`${script.greeting}${CRLF}`)
  for (;;) {
    let line = await s.reader.line()
    if (line === null) return
    // Inline literals: "{n}" (synchronising: answer "+") or "{n+}" (LITERAL+).
    let literal = /\{(\d+)(\+?)\}$/.exec(line)
    while (literal) {
      if (!literal[2]) s.write(`+ Ready for literal data${CRLF}`)
      const data = await s.reader.bytes(Number(literal[1]))
      const rest = await s.reader.line()
      if (data === null || rest === null) return
      line = `${line.slice(0, literal.index)}"${data.replace(/(["\\])/g, '\\$1')}"${rest}`
      literal = /\{(\d+)(\+?)\}$/.exec(line)
    }
    const [tag = '*', rawCommand = '', ...args] = imapTokens(line)
    const command = rawCommand.toUpperCase()
    s.record(command === 'LOGIN' ? `${tag} LOGIN ${args[0] ?? ''} ***` : command === 'AUTHENTICATE' ? `${tag} AUTHENTICATE ${args[0] ?? ''} ***` : line)
    switch (command) {
      case 'CAPABILITY':
        s.write(`* CAPABILITY ${caps()}${CRLF}${tag} OK CAPABILITY completed.${CRLF}`)
        break
      case 'STARTTLS':
        if (!offerStarttls || s.secure) {
          s.write(`${tag} BAD Command received in Invalid state.${CRLF}`)
          break
        }
        s.write(`${tag} OK Begin TLS negotiation now.${CRLF}`)
        await s.upgrade()
        break
      case 'ID':
        s.write(`* ID NIL${CRLF}${tag} OK ID completed.${CRLF}`)
        break
      case 'LOGIN': {
        s.countLogin()
        const reply = script.login(args[0] ?? '', args[1] ?? '')
        s.write(`${tag} ${reply}${CRLF}`)
        break
      }
      case 'AUTHENTICATE': {
        s.countLogin()
        let blob = args[1]
        if (!blob) {
          s.write(`+ ${CRLF}`)
          blob = (await s.reader.line()) ?? ''
        }
        const { user, pass } = decodePlain(blob)
        const reply = script.authenticate ? script.authenticate(user, pass) : script.login(user, pass)
        s.write(`${tag} ${reply}${CRLF}`)
        break
      }
      case 'SELECT':
      case 'EXAMINE':
        s.write(`* FLAGS (\\Seen)${CRLF}* 0 EXISTS${CRLF}* OK [UIDVALIDITY 1] UIDs valid${CRLF}${tag} OK [READ-ONLY] ${command} completed.${CRLF}`)
        break
      case 'LIST':
        s.write(`* LIST (\\HasNoChildren) "/" INBOX${CRLF}${tag} OK LIST completed.${CRLF}`)
        break
      case 'NOOP':
      case 'ENABLE':
        s.write(`${tag} OK ${command} completed.${CRLF}`)
        break
      case 'LOGOUT':
        s.write(`* BYE ${script.bye ?? 'Logging out'}${CRLF}${tag} OK LOGOUT completed.${CRLF}`)
        s.reader.socket.end()
        return
      default:
        s.write(`${tag} BAD Command Error. 12${CRLF}`)
    }
  }
}

async function pop3Session(script: ServerScript, s: Session, offerStarttls: boolean): Promise<void> {
  s.write(`${script.greeting}${CRLF}`)
  let user = ''
  for (;;) {
    const line = await s.reader.line()
    if (line === null) return
    const [rawCommand = '', ...rest] = line.split(' ')
    const command = rawCommand.toUpperCase()
    s.record(command === 'PASS' ? 'PASS ***' : command === 'AUTH' ? `AUTH ${rest[0] ?? ''} ***` : line)
    switch (command) {
      case 'CAPA':
        s.write(`+OK Capability list follows${CRLF}${[...script.capabilities, ...(offerStarttls && !s.secure ? ['STLS'] : [])].join(CRLF)}${CRLF}.${CRLF}`)
        break
      case 'STLS':
        if (!offerStarttls || s.secure) {
          s.write(`-ERR Command not permitted when TLS active${CRLF}`)
          break
        }
        s.write(`+OK Begin TLS negotiation${CRLF}`)
        await s.upgrade()
        break
      case 'USER':
        user = rest.join(' ')
        s.write(`+OK${CRLF}`)
        break
      case 'PASS':
        s.countLogin()
        s.write(`${script.login(user, rest.join(' '))}${CRLF}`)
        break
      case 'AUTH': {
        s.countLogin()
        let blob = rest[1]
        if (!blob) {
          s.write(`+ ${CRLF}`)
          blob = (await s.reader.line()) ?? ''
        }
        const creds = decodePlain(blob)
        s.write(`${script.login(creds.user, creds.pass)}${CRLF}`)
        break
      }
      case 'STAT':
        s.write(`+OK 0 0${CRLF}`)
        break
      case 'QUIT':
        s.write(`+OK ${script.bye ?? 'Bye'}${CRLF}`)
        s.reader.socket.end()
        return
      default:
        s.write(`-ERR Unknown command${CRLF}`)
    }
  }
}

async function smtpSession(script: ServerScript, s: Session, offerStarttls: boolean): Promise<void> {
  s.write(`${script.greeting}${CRLF}`)
  for (;;) {
    const line = await s.reader.line()
    if (line === null) return
    const [rawCommand = '', ...rest] = line.split(' ')
    const command = rawCommand.toUpperCase()
    s.record(command === 'AUTH' ? `AUTH ${rest[0] ?? ''} ***` : line)
    switch (command) {
      case 'EHLO':
      case 'HELO': {
        const keywords = [...script.capabilities, ...(offerStarttls && !s.secure ? ['STARTTLS'] : [])]
        s.write(multiline('250', [script.ehloGreeting ?? 'smtp.example.test at your service', ...keywords].join('\n')))
        break
      }
      case 'STARTTLS':
        if (!offerStarttls || s.secure) {
          s.write(`503 5.5.1 Bad sequence of commands${CRLF}`)
          break
        }
        s.write(`220 2.0.0 Ready to start TLS${CRLF}`)
        await s.upgrade()
        break
      case 'AUTH': {
        s.countLogin()
        const mechanism = (rest[0] ?? '').toUpperCase()
        let user = ''
        let pass = ''
        if (mechanism === 'PLAIN') {
          let blob = rest[1]
          if (!blob) {
            s.write(`334 ${CRLF}`)
            blob = (await s.reader.line()) ?? ''
          }
          ;({ user, pass } = decodePlain(blob))
        } else if (mechanism === 'LOGIN') {
          s.write(`334 VXNlcm5hbWU6${CRLF}`)
          user = Buffer.from((await s.reader.line()) ?? '', 'base64').toString('utf8')
          s.write(`334 UGFzc3dvcmQ6${CRLF}`)
          pass = Buffer.from((await s.reader.line()) ?? '', 'base64').toString('utf8')
        } else {
          s.write(`504 5.7.4 Unrecognized authentication type${CRLF}`)
          break
        }
        const reply = script.login(user, pass)
        s.write(reply.endsWith(CRLF) ? reply : `${reply.split('\n').join(CRLF)}${CRLF}`)
        break
      }
      case 'NOOP':
      case 'RSET':
        s.write(`250 2.0.0 OK${CRLF}`)
        break
      case 'QUIT':
        s.write(`221 2.0.0 ${script.bye ?? 'closing connection'}${CRLF}`)
        s.reader.socket.end()
        return
      default:
        s.write(`502 5.5.1 Unrecognized command.${CRLF}`)
    }
  }
}

/** Starts a scripted server; `security` and `tls` decide how it is reached. */
export async function startScriptedServer(script: ServerScript, options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const security = options.security ?? (options.tls ? 'tls' : 'none')
  if (security !== 'none' && !options.tls) throw new Error(`a ${security} scripted server needs options.tls`)
  const commands: string[] = []
  let logins = 0
  const sockets = new Set<net.Socket>()

  const serve = (socket: net.Socket, secure: boolean) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    const reader = new LineReader(socket)
    const session: Session = {
      reader,
      secure,
      write: (text) => {
        if (!reader.socket.destroyed) reader.socket.write(text)
      },
      record: (line) => commands.push(line),
      countLogin: () => logins++,
      upgrade: async () => {
        const plain = reader.detach()
        const secured = new tls.TLSSocket(plain, { isServer: true, key: options.tls!.key, cert: options.tls!.cert })
        sockets.add(secured)
        secured.on('error', () => undefined)
        reader.attach(secured)
        session.secure = true
      },
    }
    const run = script.protocol === 'imap' ? imapSession : script.protocol === 'pop3' ? pop3Session : smtpSession
    run(script, session, security === 'starttls').catch(() => socket.destroy())
  }

  const server =
    security === 'tls'
      ? tls.createServer({ key: options.tls!.key, cert: options.tls!.cert }, (socket) => serve(socket, true))
      : net.createServer((socket) => serve(socket, false))
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as net.AddressInfo
  return {
    host: '127.0.0.1',
    port,
    security,
    script,
    commands,
    loginAttempts: () => logins,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** Gmail-like IMAP answering NO [ALERT] Application-specific password required (the guided flows' UI tests). */
export function startGmailLikeImap(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  return startScriptedServer(GMAIL_IMAP_APP_PASSWORD, options)
}

/** Microsoft-365-like IMAP (Exchange greeting) answering a bare NO LOGIN failed. */
export function startMicrosoftLikeImap(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  return startScriptedServer(MICROSOFT_365_IMAP, options)
}
