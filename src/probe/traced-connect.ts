// The dns and connect stages of a login test: the shared network steps (net/connect.ts),
// each recorded in the step trace.
import type net from 'node:net'
import { connectTcp, resolveHost } from '../net/connect.js'
import type { ProbeContext } from './probe-context.js'
import type { Note } from '../model.js'
import { stepNote } from '../net/probe-error.js'

/** The connect step's words: "Connected to 192.0.2.1 on port 993". */
export function connectedNote(address: string, port: number): Note {
  return stepNote('steps:connect.connected', { address, port })
}

/** Resolves the request's host (stage dns). */
export async function tracedResolve(ctx: ProbeContext): Promise<string> {
  const { req, trace, deadline } = ctx
  trace.begin('dns')
  const { address, looked } = await resolveHost(req.host, deadline, ctx.resolve)
  trace.pass(looked ? stepNote('steps:dns.resolved', { host: req.host, address }) : stepNote('steps:dns.address', { host: req.host }))
  return address
}

/** Opens TCP to the resolved address (stage connect). */
export async function tracedConnect(ctx: ProbeContext, address: string): Promise<net.Socket> {
  ctx.trace.begin('connect')
  const socket = await connectTcp(address, ctx.req.port, ctx.deadline)
  ctx.trace.pass(connectedNote(address, ctx.req.port))
  return socket
}
