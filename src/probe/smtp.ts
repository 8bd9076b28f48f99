// SMTP submission probe (RFC 5321 EHLO, RFC 3207 STARTTLS, RFC 4954 AUTH): greeting, EHLO,
// STARTTLS, EHLO again, AUTH PLAIN (or LOGIN), QUIT. No mail is ever sent.
import { PROBE_CODES } from './probe-codes.js'
import { EHLO_NAME } from '../net/line-client.js'
import { ProbeError, stepNote } from '../net/probe-error.js'
import { openSession, upgradeSession, type OpenSession } from './open-session.js'
import type { ProbeContext } from './probe-context.js'

async function command(ctx: ProbeContext, session: OpenSession, text: string) {
  session.client.send(text)
  const reply = await session.client.smtpReply()
  ctx.serverText = reply.text
  return reply
}

async function ehlo(ctx: ProbeContext, session: OpenSession): Promise<string[]> {
  const reply = await command(ctx, session, `EHLO ${EHLO_NAME}`)
  if (reply.code !== 250) throw new ProbeError('EHLO_REFUSED', stepNote('steps:failed.ehloRefused'), reply.text)
  return reply.lines.slice(1)
}

export async function probeSmtp(ctx: ProbeContext): Promise<void> {
  const { req, trace } = ctx
  const session = await openSession(ctx, 'smtp')
  trace.begin('capabilities')
  let keywords = await ehlo(ctx, session)
  trace.pass(keywords.join(', '))

  if (req.security === 'starttls') {
    trace.begin('starttls')
    if (!keywords.some((k) => /^STARTTLS\b/i.test(k))) {
      throw new ProbeError(PROBE_CODES.starttlsUnavailable, stepNote('steps:failed.noStarttls', { command: 'STARTTLS' }), keywords.join(', '))
    }
    const reply = await command(ctx, session, 'STARTTLS')
    if (reply.code !== 220) throw new ProbeError(PROBE_CODES.starttlsUnavailable, stepNote('steps:failed.starttlsRefused', { command: 'STARTTLS' }), reply.text)
    await upgradeSession(ctx, session)
    keywords = await ehlo(ctx, session)
    trace.pass(`${ctx.tls?.protocol ?? 'TLS'} ${ctx.tls?.cipher ?? ''}; ${keywords.join(', ')}`)
  }

  trace.begin('auth')
  const authLine = keywords.find((k) => /^AUTH[ =]/i.test(k))
  if (!authLine) {
    const wantsTls = req.security === 'none' && keywords.some((k) => /^STARTTLS\b/i.test(k))
    throw new ProbeError(
      wantsTls ? PROBE_CODES.loginDisabled : PROBE_CODES.noSmtpAuth,
      wantsTls ? stepNote('steps:failed.loginAfterStarttls') : stepNote('steps:failed.noSmtpAuth'),
      keywords.join(', '),
    )
  }
  const mechanisms = authLine.slice(5).toUpperCase().split(/\s+/)
  // Only sign-in tokens on offer (AUTH XOAUTH2 OAUTHBEARER): a password cannot work, so none is sent.
  if (!mechanisms.some((m) => m === 'PLAIN' || m === 'LOGIN') && mechanisms.some((m) => m === 'XOAUTH2' || m === 'OAUTHBEARER')) {
    throw new ProbeError(PROBE_CODES.oauthOnly, stepNote('steps:failed.oauthOnly'), authLine)
  }
  let reply
  if (mechanisms.includes('PLAIN') || !mechanisms.includes('LOGIN')) {
    const blob = Buffer.from(`\0${req.username}\0${req.password}`, 'utf8').toString('base64')
    reply = await command(ctx, session, `AUTH PLAIN ${blob}`)
  } else {
    reply = await command(ctx, session, 'AUTH LOGIN')
    if (reply.code === 334) reply = await command(ctx, session, Buffer.from(req.username, 'utf8').toString('base64'))
    if (reply.code === 334) reply = await command(ctx, session, Buffer.from(req.password, 'utf8').toString('base64'))
  }
  if (reply.code !== 235) throw new ProbeError('AUTH_REFUSED', stepNote('steps:failed.loginRefused'), reply.text)
  trace.pass(reply.text)

  trace.begin('logout')
  const bye = await command(ctx, session, 'QUIT')
  trace.pass(bye.text)
  session.client.socket.end()
}
