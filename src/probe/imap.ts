// IMAP probe with imapflow: connect, TLS or STARTTLS (required when chosen: doSTARTTLS:true,
// never a fallback to plaintext), greeting, CAPABILITY, LOGIN/AUTHENTICATE, EXAMINE INBOX,
// LOGOUT. Our own transport (imapflow's `transport` option) opens the sockets so the TLS check
// of tls-check.ts applies and each stage is timed; imapflow's log entries (kept in memory only,
// never printed) mark where the later stages start.
import net from 'node:net'
import type { ImapTransport, Logger } from 'imapflow'
import { PROBE_CODES } from './probe-codes.js'
import { ProbeError, stepNote } from '../net/probe-error.js'
import { connectedNote, tracedResolve } from './traced-connect.js'
import { greetingPatience, type ProbeContext } from './probe-context.js'
import { GREETINGS, otherService } from './open-session.js'
import { speaksTls, startTls } from '../net/tls-check.js'
import { APP_NAME, appVersion } from '../app-identity.js'

interface LogEntry {
  src?: string
  msg?: unknown
}

/** Waits for the first bytes; null when none came within `patience` ms. */
function firstChunk(socket: net.Socket, patience: number | null): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined
    const onData = (chunk: Buffer) => {
      clearTimeout(timer)
      socket.removeListener('data', onData)
      socket.pause()
      resolve(chunk)
    }
    socket.on('data', onData)
    if (patience !== null) {
      timer = setTimeout(() => {
        socket.removeListener('data', onData)
        socket.pause()
        resolve(null)
      }, patience)
    }
  })
}

function probeTransport(ctx: ProbeContext, address: string): ImapTransport {
  const { req, trace } = ctx
  const secureFromStart = req.security === 'tls'
  const opening = async (raw: net.Socket, socket: net.Socket, verified: Promise<unknown> | null, onConnect: () => void) => {
    trace.begin('connect')
    await new Promise<void>((resolve, reject) => {
      raw.once('connect', () => resolve())
      raw.once('error', reject)
    })
    trace.pass(connectedNote(address, req.port))
    if (verified) {
      trace.begin('tls')
      await verified
      trace.pass(`${ctx.tls?.protocol ?? 'TLS'} ${ctx.tls?.cipher ?? ''}`.trim())
    }
    trace.begin('greeting')
    const chunk = await firstChunk(socket, secureFromStart ? null : greetingPatience(ctx))
    if (!chunk) {
      const mismatch = await ctx.deadline.race(speaksTls(address, req.port, ctx.deadline.remaining(), ctx.deadline))
      throw mismatch
        ? new ProbeError(PROBE_CODES.securityMismatch, stepNote('steps:failed.expectsTls'))
        : new ProbeError(PROBE_CODES.timeout, stepNote('steps:failed.noGreeting'))
    }
    const line = chunk.toString('utf8').split(/\r?\n/)[0] ?? ''
    ctx.greeting = line
    ctx.serverText = line
    if (!GREETINGS.imap.test(line)) {
      const other = otherService(line, 'imap')
      throw new ProbeError(PROBE_CODES.wrongService, other ? stepNote('steps:failed.otherService', { service: other }) : stepNote('steps:failed.notImap'), line)
    }
    trace.pass(line)
    trace.begin('capabilities', /\[CAPABILITY ([^\]]*)\]/i.exec(line)?.[1]?.slice(0, 400) ?? '')
    socket.unshift(chunk)
    onConnect()
  }
  return {
    connect(_options, onConnect) {
      const raw = net.connect({ host: address, port: req.port })
      let socket: net.Socket = raw
      let verified: Promise<unknown> | null = null
      if (secureFromStart) {
        const started = startTls(raw, { servername: req.host, ca: req.ca })
        socket = started.socket
        verified = started.verified.then((details) => (ctx.tls = details))
        verified.catch(() => undefined) // awaited in opening(); a refused TCP connect ends it first
        raw.on('error', (e) => {
          if (!socket.destroyed) socket.destroy(e)
        })
      }
      ctx.deadline.onTimeout(() => socket.destroy())
      opening(raw, socket, verified, onConnect).catch((error: Error) => {
        if (!socket.destroyed) socket.destroy(error)
      })
      return socket
    },
    upgrade(plain, _options, onSecure) {
      const started = startTls(plain as net.Socket, { servername: req.host, ca: req.ca })
      ctx.deadline.onTimeout(() => started.socket.destroy())
      started.verified.then((details) => {
        ctx.tls = details
        trace.note(`${details.protocol ?? 'TLS'} ${details.cipher ?? ''}`.trim())
        onSecure()
      }, () => undefined)
      return started.socket
    },
  }
}

function stripTag(text: string): string {
  return text.replace(/^[A-Za-z0-9.]+ (?=(?:NO|BAD|OK|BYE)\b)/, '').trim()
}

/** Follows imapflow's own log entries to start the later stages (kept in memory only). */
function stageLogger(ctx: ProbeContext): Logger {
  const onEntry = (entry: unknown) => {
    if (!entry || typeof entry !== 'object') return
    const { src, msg } = entry as LogEntry
    if (typeof msg !== 'string') return
    if (src === 'c') {
      const command = (msg.split(' ')[1] ?? '').toUpperCase()
      if (command === 'STARTTLS') ctx.trace.begin('starttls')
      else if (command === 'LOGIN' || command === 'AUTHENTICATE') ctx.trace.begin('auth')
      else if (command === 'EXAMINE' || command === 'SELECT') ctx.trace.begin('mailbox')
      else if (command === 'LOGOUT') ctx.trace.begin('logout')
    } else if (src === 's') {
      if (/^\* CAPABILITY /i.test(msg) && ctx.trace.current === 'capabilities') ctx.trace.note(msg.slice(13, 400))
      if (!msg.startsWith('* ')) ctx.serverText = stripTag(msg)
    }
  }
  const log = (entry: unknown) => onEntry(entry)
  return { trace: log, debug: log, info: log, warn: log, error: log, fatal: log } as unknown as Logger
}

/** Turns whatever imapflow threw into a ProbeError with the server's words. */
function asProbeError(ctx: ProbeContext, error: unknown): ProbeError {
  if (error instanceof ProbeError) return error
  const e = error as NodeJS.ErrnoException & { response?: unknown; responseText?: string; authenticationFailed?: boolean; tlsFailed?: boolean; serverResponseCode?: string }
  const message = e?.message ?? String(error)
  if (/does not support STARTTLS|STARTTLS is not possible|transport can not start TLS/i.test(message)) {
    ctx.trace.begin('starttls')
    return new ProbeError(PROBE_CODES.starttlsUnavailable, stepNote('steps:failed.noStarttls', { command: 'STARTTLS' }), ctx.serverText)
  }
  if (/Login is disabled/i.test(message)) {
    ctx.trace.begin('auth')
    return new ProbeError(PROBE_CODES.loginDisabled, stepNote('steps:failed.loginDisabled'), 'LOGINDISABLED')
  }
  const response = typeof e.response === 'string' && e.response ? stripTag(e.response) : null
  if (response || e.authenticationFailed) return new ProbeError('AUTH_REFUSED', stepNote('steps:failed.loginRefused'), response ?? ctx.serverText)
  if (e.code === 'NoConnection' || /Connection not available|closed/i.test(message)) {
    return new ProbeError(PROBE_CODES.closed, stepNote('steps:failed.closed'), ctx.serverText)
  }
  return new ProbeError(e.code ?? 'IMAP_FAILED', message, ctx.serverText)
}

export async function probeImap(ctx: ProbeContext): Promise<void> {
  const { req, trace, deadline } = ctx
  // imapflow (and the ~150 files it requires) loads only for an IMAP test, during the DNS step.
  const loading = import('imapflow')
  loading.catch(() => undefined)
  const address = await tracedResolve(ctx)
  const { ImapFlow } = await loading
  const spare = deadline.ms + 5000 // imapflow's own timers stay behind our deadline
  const client = new ImapFlow({
    host: req.host,
    port: req.port,
    secure: req.security === 'tls',
    doSTARTTLS: req.security === 'starttls',
    auth: { user: req.username, pass: req.password },
    transport: probeTransport(ctx, address),
    logger: stageLogger(ctx),
    logRaw: false,
    emitLogs: false,
    connectionTimeout: spare,
    greetingTimeout: spare,
    socketTimeout: spare,
    disableAutoIdle: true,
    disableCompression: true,
    disableAutoEnable: true,
    // RFC 2971 ID: the app's own name and version only. imapflow fills in its own vendor and
    // support-url otherwise (ImapFlow constructor, dist/esm/imap-flow.js); an empty value is
    // left out of the command (commands/id.js drops falsy values).
    clientInfo: { name: APP_NAME, version: appVersion(), vendor: '', 'support-url': '' },
  })
  client.on('error', () => undefined)
  deadline.onTimeout(() => client.close())
  try {
    try {
      await deadline.race(client.connect())
    } catch (error) {
      throw asProbeError(ctx, error)
    }
    trace.note(stepNote('steps:auth.loggedIn'))
    trace.begin('mailbox')
    let exists = 0
    try {
      const mailbox = await deadline.race(client.mailboxOpen('INBOX', { readOnly: true }))
      exists = mailbox.exists
      ctx.messages = exists
    } catch (error) {
      throw asProbeError(ctx, error)
    }
    trace.pass(stepNote('steps:mailbox.inbox', { count: exists }))
    trace.begin('logout')
    try {
      await deadline.race(client.logout())
    } catch (error) {
      throw asProbeError(ctx, error)
    }
    trace.pass(stepNote('steps:logout.loggedOut'))
  } finally {
    client.close()
  }
}
