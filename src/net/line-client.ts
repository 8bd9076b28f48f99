// The one line reader/writer for CRLF line protocols (POP3, SMTP, IMAP's untagged lines):
// the login probes and the guessing probes both read servers through it. Bytes are decoded as
// UTF-8 across chunk boundaries (a character split between two TCP reads stays whole; invalid
// bytes become U+FFFD), and one overflow policy holds: a line longer than MAX_LINE without a
// line break ends the connection with NET_CODES.tooLong, never a silent cut. The socket can be
// swapped for its TLS upgrade after STLS/STARTTLS.
import type net from 'node:net'
import { NET_CODES, ProbeError, stepNote } from './probe-error.js'
import type { Deadline } from './deadline.js'

/** The longest line a server may send (bytes decoded), far above any real greeting or reply. */
export const MAX_LINE = 64 * 1024

/** The one name the app gives in SMTP EHLO: no computer name (often a person's) is sent. */
export const EHLO_NAME = 'mail-settings-inspector.invalid'

export class LineClient {
  private buffer = ''
  private decoder = new TextDecoder('utf-8')
  private waiter: (() => void) | null = null
  private ended: Error | null = null
  private detachCurrent: () => void = () => undefined

  /** Waits race the deadline when there is one; otherwise a closed socket ends them. */
  constructor(
    public socket: net.Socket,
    private readonly deadline?: Deadline,
  ) {
    this.use(socket)
    deadline?.onTimeout(() => this.socket.destroy())
  }

  /** Reads from `socket` from now on (after a TLS upgrade). */
  use(socket: net.Socket): void {
    this.detachCurrent()
    this.socket = socket
    this.ended = null
    this.decoder = new TextDecoder('utf-8')
    const onData = (chunk: Buffer) => {
      this.buffer += this.decoder.decode(chunk, { stream: true })
      const lastBreak = this.buffer.lastIndexOf('\n')
      if (this.buffer.length - lastBreak - 1 > MAX_LINE) {
        this.ended = new ProbeError(NET_CODES.tooLong, stepNote('steps:failed.lineTooLong', { maxBytes: MAX_LINE }))
        this.detachCurrent()
        socket.destroy()
      }
      this.waiter?.()
    }
    const onEnd = () => {
      this.ended ??= new ProbeError(NET_CODES.closed, stepNote('steps:failed.closed'))
      this.waiter?.()
    }
    const onError = (e: NodeJS.ErrnoException) => {
      this.ended = new ProbeError(e.code ?? NET_CODES.closed, e.message)
      this.waiter?.()
    }
    socket.on('data', onData)
    socket.on('end', onEnd)
    socket.on('close', onEnd)
    socket.on('error', onError)
    this.detachCurrent = () => {
      socket.removeListener('data', onData)
      socket.removeListener('end', onEnd)
      socket.removeListener('close', onEnd)
      socket.removeListener('error', onError)
    }
  }

  /** Stops reading so a TLS handshake can take the socket over. */
  release(): net.Socket {
    this.detachCurrent()
    this.detachCurrent = () => undefined
    return this.socket
  }

  /** Any bytes the server sent that nobody read yet (STARTTLS injection guard). */
  pending(): string {
    return this.buffer
  }

  async line(): Promise<string> {
    for (;;) {
      const at = this.buffer.indexOf('\n')
      if (at >= 0) {
        const line = this.buffer.slice(0, at).replace(/\r$/, '')
        this.buffer = this.buffer.slice(at + 1)
        return line
      }
      if (this.ended) throw this.ended
      const arrived = new Promise<void>((resolve) => (this.waiter = resolve))
      await (this.deadline ? this.deadline.race(arrived) : arrived)
      this.waiter = null
    }
  }

  /** An SMTP reply: "250-a", "250-b", "250 c" -> code 250, lines [a, b, c]. */
  async smtpReply(): Promise<{ code: number; lines: string[]; text: string }> {
    const lines: string[] = []
    const raw: string[] = []
    for (;;) {
      const line = await this.line()
      raw.push(line)
      const m = /^(\d{3})([ -]?)(.*)$/.exec(line)
      if (!m) return { code: 0, lines: [line], text: raw.join('\n') }
      lines.push(m[3] ?? '')
      if (m[2] !== '-') return { code: Number(m[1]), lines, text: raw.join('\n') }
    }
  }

  /** A POP3 multi-line answer after "+OK", up to the lone ".". */
  async pop3Lines(): Promise<string[]> {
    const out: string[] = []
    for (;;) {
      const line = await this.line()
      if (line === '.') return out
      out.push(line.startsWith('..') ? line.slice(1) : line)
    }
  }

  send(text: string): void {
    this.socket.write(`${text}\r\n`)
  }
}
