// The opening steps of the POP3 and SMTP probes: dns, connect, tls (implicit TLS), greeting.
// A greeting that never comes on a plain connection is checked once more: if the port speaks
// TLS, the security setting is wrong (security-mismatch), not the server slow.
import { PROBE_CODES } from './probe-codes.js'
import { LineClient } from '../net/line-client.js'
import { tracedConnect, tracedResolve } from './traced-connect.js'
import { ProbeError, stepNote } from '../net/probe-error.js'
import { greetingPatience, type ProbeContext } from './probe-context.js'
import { speaksTls, startTls } from '../net/tls-check.js'

export interface OpenSession {
  client: LineClient
  address: string
}

/** Greeting prefixes per protocol, to tell a POP3 server on the IMAP port (wrong-service). */
export const GREETINGS = {
  imap: /^\* (OK|PREAUTH|BYE)\b/i,
  pop3: /^[+-](OK|ERR)\b/i,
  smtp: /^(220|554|421)[ -]?/,
} as const

export function otherService(line: string, expected: keyof typeof GREETINGS): string | null {
  for (const [name, pattern] of Object.entries(GREETINGS)) {
    if (name !== expected && pattern.test(line)) return name.toUpperCase()
  }
  return null
}

export async function openSession(ctx: ProbeContext, protocol: 'pop3' | 'smtp'): Promise<OpenSession> {
  const { req, trace, deadline } = ctx
  const address = await tracedResolve(ctx)
  let socket = await tracedConnect(ctx, address)
  if (req.security === 'tls') {
    trace.begin('tls')
    const started = startTls(socket, { servername: req.host, ca: req.ca })
    deadline.onTimeout(() => started.socket.destroy())
    ctx.tls = await deadline.race(started.verified)
    trace.pass(`${ctx.tls.protocol ?? 'TLS'} ${ctx.tls.cipher ?? ''}`.trim())
    socket = started.socket
  }
  const client = new LineClient(socket, deadline)
  trace.begin('greeting')
  let greeting: string
  if (req.security === 'tls') {
    greeting = await client.line()
  } else {
    const patience = greetingPatience(ctx)
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), patience)))
    const first = await deadline.race(Promise.race([client.line(), late]))
    clearTimeout(timer)
    if (first === null) {
      if (await deadline.race(speaksTls(address, req.port, deadline.remaining(), deadline))) {
        throw new ProbeError(PROBE_CODES.securityMismatch, stepNote('steps:failed.expectsTls'))
      }
      throw new ProbeError(PROBE_CODES.timeout, stepNote('steps:failed.noGreetingWithin', { ms: patience }))
    }
    greeting = first
  }
  if (!GREETINGS[protocol].test(greeting)) {
    ctx.greeting = greeting
    ctx.serverText = greeting
    const other = otherService(greeting, protocol)
    throw new ProbeError(PROBE_CODES.wrongService, other ? stepNote('steps:failed.otherService', { service: other }) : stepNote('steps:failed.notMail'), greeting)
  }
  // SMTP greetings may run over several lines ("220-..." up to "220 ..."; RFC 5321 4.2.1):
  // Exim on cPanel hosting always does. Read them all, or EHLO would get the rest as its reply.
  const lines = [greeting]
  while (protocol === 'smtp' && /^\d{3}-/.test(lines.at(-1)!) && lines.length < 50) lines.push(await client.line())
  ctx.greeting = lines.join('\n')
  ctx.serverText = ctx.greeting
  trace.pass(ctx.greeting)
  return { client, address }
}

/** STARTTLS/STLS accepted: hand the socket to TLS and verify it (stage starttls stays open). */
export async function upgradeSession(ctx: ProbeContext, session: OpenSession): Promise<void> {
  if (session.client.pending()) {
    throw new ProbeError(PROBE_CODES.closed, stepNote('steps:failed.dataBeforeTls'))
  }
  const plain = session.client.release()
  const started = startTls(plain, { servername: ctx.req.host, ca: ctx.req.ca })
  ctx.deadline.onTimeout(() => started.socket.destroy())
  ctx.tls = await ctx.deadline.race(started.verified)
  session.client.use(started.socket)
}
