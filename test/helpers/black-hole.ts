// Servers that prove a deadline holds: a TCP "black hole" that accepts connections and never
// sends a byte, and a port nothing listens on (connections are refused at once).
import net from 'node:net'
import { freePort } from './free-port.js'

export interface BlackHole {
  host: '127.0.0.1'
  port: number
  /** Connections accepted so far. */
  accepted: number
  /** Connections still open (a lookup that cleans up leaves none). */
  open(): number
  close(): Promise<void>
}

export async function startBlackHole(port = 0): Promise<BlackHole> {
  const sockets = new Set<net.Socket>()
  let accepted = 0
  const server = net.createServer((socket) => {
    accepted++
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
    // Read and drop what the client sends, so a client's close is seen at once (a paused
    // socket never emits 'end').
    socket.resume()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    host: '127.0.0.1',
    port: (server.address() as net.AddressInfo).port,
    get accepted() {
      return accepted
    },
    open: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A loopback port that refuses connections (was free a moment ago, nothing listens). */
export async function refusedPort(): Promise<number> {
  return freePort()
}
