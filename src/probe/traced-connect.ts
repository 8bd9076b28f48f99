// The dns and connect stages of a login test: the shared network steps (net/connect.ts),
// each recorded in the step trace.
import type net from 'node:net'
import { connectTcp, resolveHost } from '../net/connect.js'
import type { ProbeContext } from './probe-context.js'

/** Resolves the request's host (stage dns). */
export async function tracedResolve(ctx: ProbeContext): Promise<string> {
  const { req, trace, deadline } = ctx
  trace.begin('dns')
  const { address, looked } = await resolveHost(req.host, deadline, ctx.resolve)
  trace.pass(looked ? `${req.host} -> ${address}` : `${req.host} (address, no lookup needed)`)
  return address
}

/** Opens TCP to the resolved address (stage connect). */
export async function tracedConnect(ctx: ProbeContext, address: string): Promise<net.Socket> {
  ctx.trace.begin('connect')
  const socket = await connectTcp(address, ctx.req.port, ctx.deadline)
  ctx.trace.pass(`connected to ${address}:${ctx.req.port}`)
  return socket
}
