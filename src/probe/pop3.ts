// POP3 probe (RFC 1939, CAPA RFC 2449, STLS RFC 2595, AUTH PLAIN RFC 5034): greeting, CAPA,
// STLS, USER/PASS (or AUTH PLAIN when USER is not offered), STAT, QUIT. Response codes in
// brackets ([AUTH], [SYS/TEMP], [IN-USE]) are RFC 3206's.
import { PROBE_CODES } from './probe-codes.js'
import { ProbeError, stepNote } from '../net/probe-error.js'
import { openSession, upgradeSession, type OpenSession } from './open-session.js'
import type { ProbeContext } from './probe-context.js'

async function command(ctx: ProbeContext, session: OpenSession, text: string): Promise<string> {
  session.client.send(text)
  const reply = await session.client.line()
  ctx.serverText = reply
  return reply
}

async function capa(ctx: ProbeContext, session: OpenSession): Promise<string[]> {
  const reply = await command(ctx, session, 'CAPA')
  if (!reply.startsWith('+OK')) return []
  return session.client.pop3Lines()
}

export async function probePop3(ctx: ProbeContext): Promise<void> {
  const { req, trace } = ctx
  const session = await openSession(ctx, 'pop3')
  trace.begin('capabilities')
  let caps = await capa(ctx, session)
  trace.pass(caps.length ? caps.join(', ') : stepNote('steps:capabilities.noCapa'))

  if (req.security === 'starttls') {
    trace.begin('starttls')
    if (caps.length && !caps.some((c) => /^STLS\b/i.test(c))) {
      throw new ProbeError(PROBE_CODES.starttlsUnavailable, stepNote('steps:failed.noStarttls', { command: 'STLS' }), caps.join(', '))
    }
    const reply = await command(ctx, session, 'STLS')
    if (!reply.startsWith('+OK')) throw new ProbeError(PROBE_CODES.starttlsUnavailable, stepNote('steps:failed.starttlsRefused', { command: 'STLS' }), reply)
    await upgradeSession(ctx, session)
    caps = await capa(ctx, session)
    trace.pass(`${ctx.tls?.protocol ?? 'TLS'} ${ctx.tls?.cipher ?? ''}`.trim())
  }

  trace.begin('auth')
  const useSasl = caps.length > 0 && !caps.some((c) => /^USER\b/i.test(c)) && caps.some((c) => /^SASL\b.*\bPLAIN\b/i.test(c))
  let reply: string
  if (useSasl) {
    const blob = Buffer.from(`\0${req.username}\0${req.password}`, 'utf8').toString('base64')
    reply = await command(ctx, session, `AUTH PLAIN ${blob}`)
  } else {
    reply = await command(ctx, session, `USER ${req.username}`)
    if (reply.startsWith('+OK')) reply = await command(ctx, session, `PASS ${req.password}`)
  }
  if (!reply.startsWith('+OK')) throw new ProbeError('AUTH_REFUSED', stepNote('steps:failed.loginRefused'), reply)
  trace.pass(reply)

  trace.begin('mailbox')
  const stat = await command(ctx, session, 'STAT')
  if (!stat.startsWith('+OK')) throw new ProbeError('STAT_REFUSED', stepNote('steps:failed.statRefused'), stat)
  // RFC 1939 5: "+OK nn mm", the number of messages and the size of the maildrop in octets.
  const [, count = '0', size = '0'] = stat.split(' ')
  const messages = Number.parseInt(count, 10)
  const bytes = Number.parseInt(size, 10)
  const counted = Number.isSafeInteger(messages) && messages >= 0
  if (counted) ctx.messages = messages
  // A reply that is not "+OK nn mm" stays as the server wrote it.
  trace.pass(counted && Number.isSafeInteger(bytes) && bytes >= 0 ? stepNote('steps:mailbox.pop3', { count: messages, sizeBytes: bytes }) : stat)

  trace.begin('logout')
  const bye = await command(ctx, session, 'QUIT')
  trace.pass(bye)
  session.client.socket.end()
}
