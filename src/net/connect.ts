// DNS and TCP steps shared by everything that opens a connection under one Deadline.
import dns from 'node:dns/promises'
import net from 'node:net'
import { ProbeError } from './probe-error.js'
import type { Deadline } from './deadline.js'

/** Resolves the host; an IP literal passes straight through (`looked` false). */
export async function resolveHost(
  host: string,
  deadline: Deadline,
  resolve: (host: string) => Promise<string> = async (h) => (await dns.lookup(h)).address,
): Promise<{ address: string; looked: boolean }> {
  if (net.isIP(host)) return { address: host, looked: false }
  try {
    return { address: await deadline.race(resolve(host)), looked: true }
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    throw e instanceof ProbeError ? e : new ProbeError(e.code ?? 'ENOTFOUND', e.message)
  }
}

/** Opens TCP; the socket is destroyed when the deadline passes or finishes. */
export async function connectTcp(address: string, port: number, deadline: Deadline): Promise<net.Socket> {
  const socket = net.connect({ host: address, port })
  deadline.onTimeout(() => socket.destroy())
  await deadline.race(
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve())
      socket.once('error', (e: NodeJS.ErrnoException) => reject(new ProbeError(e.code ?? 'ECONNRESET', e.message)))
    }),
  )
  return socket
}
