// A real SMTP submission server on loopback (the `smtp-server` package, nodemailer's own) with
// AUTH PLAIN/LOGIN and STARTTLS or implicit TLS. It never accepts mail: the probe sends none.
import { SMTPServer } from 'smtp-server'
import { randomBytes } from 'node:crypto'
import type net from 'node:net'
import { sharedTestCertificates, type ServedCert } from './certs.js'

export interface TestSmtpOptions {
  /** 'tls' = implicit TLS (465 style), 'starttls' = offers STARTTLS (587 style), 'none' = no TLS offered. */
  security?: 'tls' | 'starttls' | 'none'
  cert?: ServedCert
  user?: { name: string; password: string }
  /** Refuse AUTH before TLS (default true, as real submission servers do). */
  authRequiresTls?: boolean
  port?: number
}

export interface TestSmtpServer {
  host: '127.0.0.1'
  port: number
  security: 'tls' | 'starttls' | 'none'
  user: { name: string; password: string }
  /** PEM of the CA that issued the served certificate. */
  ca: string
  /** Login attempts that reached onAuth. */
  authAttempts(): number
  close(): Promise<void>
}

export async function startTestSmtp(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const security = options.security ?? 'starttls'
  const certs = options.cert ? null : sharedTestCertificates()
  const cert = options.cert ?? certs!.good
  const user = options.user ?? { name: 'alice@example.test', password: `pw-${randomBytes(9).toString('base64url')}` }
  let attempts = 0
  const server = new SMTPServer({
    secure: security === 'tls',
    key: cert.key,
    cert: cert.cert,
    hideSTARTTLS: security === 'none',
    allowInsecureAuth: !(options.authRequiresTls ?? true),
    authMethods: ['PLAIN', 'LOGIN'],
    name: 'smtp.example.test',
    banner: 'Test submission server',
    logger: false,
    disabledCommands: [],
    onAuth(auth, _session, callback) {
      attempts++
      if (auth.username === user.name && auth.password === user.password) return callback(null, { user: auth.username })
      // smtp-server answers 535 5.7.8 with this text (RFC 4954 "Authentication credentials invalid").
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
    },
    onMailFrom(_address, _session, callback) {
      callback(Object.assign(new Error('This test server accepts no mail'), { responseCode: 550 }))
    },
  })
  server.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.server.address() as net.AddressInfo).port
  return {
    host: '127.0.0.1',
    port,
    security,
    user,
    ca: certs ? certs.rootCa : cert.cert,
    authAttempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
