// DNS and TCP steps shared by the three probes.
import dns from 'node:dns/promises'
import net from 'node:net'
import { ProbeError } from './probe-error.js'
import type { Deadline } from './deadline.js'
import type { StepTrace } from './trace.js'

/** Resolves the host (stage dns); an IP literal passes straight through. */
export async function resolveHost(
  host: string,
  trace: StepTrace,
  deadline: Deadline,
  resolve: (host: string) => Promise<string> = async (h) => (await dns.lookup(h)).address,
): Promise<string> {
  trace.begin('dns')
  if (net.isIP(host)) {
    trace.pass(`${host} (address, no lookup needed)`)
    return host
  }
  try {
    const address = await deadline.race(resolve(host))
    trace.pass(`${host} -> ${address}`)
    return address
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    throw e instanceof ProbeError ? e : new ProbeError(e.code ?? 'ENOTFOUND', e.message)
  }
}

/** Opens TCP (stage connect). */
export async function connectTcp(address: string, port: number, trace: StepTrace, deadline: Deadline): Promise<net.Socket> {
  trace.begin('connect')
  const socket = net.connect({ host: address, port })
  deadline.onTimeout(() => socket.destroy())
  await deadline.race(
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve())
      socket.once('error', (e: NodeJS.ErrnoException) => reject(new ProbeError(e.code ?? 'ECONNRESET', e.message)))
    }),
  )
  trace.pass(`connected to ${address}:${port}`)
  return socket
}
