// The one line client, over a real loopback socket: UTF-8 split across TCP reads, the
// overflow policy, and a closed connection.
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { Deadline } from '../../../src/net/deadline.js'
import { LineClient, MAX_LINE } from '../../../src/net/line-client.js'
import type { ProbeError } from '../../../src/net/probe-error.js'
import { noteText } from '../../../src/words/words.js'

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn()
})

/** A loopback server that runs `serve` on its one connection; returns the client's socket. */
async function connectTo(serve: (socket: net.Socket) => void): Promise<net.Socket> {
  const server = net.createServer((socket) => {
    socket.setNoDelay(true)
    serve(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const socket = net.connect({ host: '127.0.0.1', port })
  await new Promise<void>((resolve) => socket.once('connect', resolve))
  cleanup.push(() => {
    socket.destroy()
    server.close()
  })
  return socket
}

/** Writes each piece as its own TCP write, waiting until the client has read it. */
function writeApart(socket: net.Socket, pieces: Buffer[]): void {
  let i = 0
  const next = () => {
    if (i >= pieces.length) return
    socket.write(pieces[i++]!, () => setTimeout(next, 20))
  }
  next()
}

describe('LineClient', () => {
  it('keeps a UTF-8 character whole when its bytes arrive in two reads', async () => {
    const bytes = Buffer.from('+OK Grüße, 日本 ✓\r\n', 'utf8')
    const cut = bytes.indexOf(Buffer.from('日', 'utf8')) + 1 // inside the three bytes of 日
    const socket = await connectTo((s) => writeApart(s, [bytes.subarray(0, cut), bytes.subarray(cut)]))
    const client = new LineClient(socket)
    expect(await client.line()).toBe('+OK Grüße, 日本 ✓')
  })

  it('splits CRLF lines that arrive byte by byte, and a multi-line SMTP reply', async () => {
    const text = Buffer.from('250-mail.example\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n')
    const socket = await connectTo((s) => writeApart(s, [...text].map((b) => Buffer.from([b])).slice(0, 12).concat(text.subarray(12))))
    const reply = await new LineClient(socket).smtpReply()
    expect(reply).toMatchObject({ code: 250, lines: ['mail.example', 'STARTTLS', 'AUTH PLAIN'] })
  })

  it('ends the connection with a clear error when a line outgrows the limit, never cutting it silently', async () => {
    const socket = await connectTo((s) => s.write(Buffer.alloc(MAX_LINE + 10, 'A')))
    const client = new LineClient(socket, new Deadline(10_000))
    const error = await client.line().catch((e: ProbeError) => e)
    expect(error).toMatchObject({ code: 'PROBE_LINE_TOO_LONG', note: { code: 'steps:failed.lineTooLong', params: { maxBytes: MAX_LINE } } })
    expect(noteText((error as ProbeError).note!)).toBe('The server sent a line longer than 64 kB')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(socket.destroyed).toBe(true)
  })

  it('reads a long line under the limit in full', async () => {
    const long = 'B'.repeat(MAX_LINE - 1)
    const socket = await connectTo((s) => s.write(`${long}\r\n`))
    expect(await new LineClient(socket).line()).toBe(long)
  })

  it('says the server closed the connection when it hangs up before a line ends', async () => {
    const socket = await connectTo((s) => s.end('+OK no line break'))
    await expect(new LineClient(socket).line()).rejects.toMatchObject({ code: 'PROBE_CLOSED' })
  })

  it('turns invalid bytes into U+FFFD instead of failing', async () => {
    const socket = await connectTo((s) => s.write(Buffer.concat([Buffer.from('+OK '), Buffer.from([0xff, 0xfe]), Buffer.from('\r\n')])))
    expect(await new LineClient(socket).line()).toBe('+OK \uFFFD\uFFFD')
  })
})
