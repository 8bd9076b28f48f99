// Counting mbox separators the way Thunderbird writes and reads them, from real files.
import { mkdtempSync, rmSync, writeFileSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { countMbox } from '../../../../src/sources/local-mail/mbox-count.js'

const fixtures = fileURLToPath(new URL('../../../fixtures/local-mail/mbox/', import.meta.url))
const tmp = mkdtempSync(path.join(os.tmpdir(), 'msi-mbox-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** One message as MboxMsgOutputStream writes it: every "From " body line gets one more '>'. */
function thunderbirdMessage(n: number, body: string[], eol = '\n'): string {
  const escaped = body.map((line) => (/^>*From /.test(line) ? `>${line}` : line))
  const lines = [`From - Mon Nov 02 09:15:${String(n % 60).padStart(2, '0')} 2026`, 'X-Mozilla-Status: 0001', `Subject: message ${n}`, '', ...escaped, '']
  return lines.join(eol) + eol
}

describe('countMbox', () => {
  it('counts the messages of a Thunderbird mbox, not escaped or body "From" lines, not expunged ones', async () => {
    const r = await countMbox(path.join(fixtures, 'escaped-from.mbox'))
    expect(r.messages).toBe(3)
    expect(r.bytes).toBe(758)
  })

  it('counts the same messages in a CRLF mbox', async () => {
    const r = await countMbox(path.join(fixtures, 'crlf.mbox'))
    expect(r.messages).toBe(3)
    expect(r.bytes).toBe(792)
  })

  it('counts an empty file as no messages, and a file that is no mbox as none', async () => {
    writeFileSync(path.join(tmp, 'empty'), '')
    writeFileSync(path.join(tmp, 'text'), 'Dear Ana,\n\nFrom now on we meet on Mondays.\n')
    expect(await countMbox(path.join(tmp, 'empty'))).toEqual({ messages: 0, bytes: 0 })
    expect((await countMbox(path.join(tmp, 'text'))).messages).toBe(0)
  })

  it('finds every separator across read boundaries in a file of many megabytes', async () => {
    // Bodies of varying length put separators at every offset around the 4 MB reads; each
    // body also holds lines that must not count.
    const parts: string[] = []
    let n = 0
    let size = 0
    while (size < 10 * 1024 * 1024) {
      const filler = 'x'.repeat((n * 7919) % 5000)
      const body = ['From the desk of someone, a body line.', filler, '', 'From here on, a paragraph.', '>From quoted']
      const text = thunderbirdMessage(n, body, n % 3 === 0 ? '\r\n' : '\n')
      parts.push(text)
      size += Buffer.byteLength(text)
      n++
    }
    const file = path.join(tmp, 'large.mbox')
    writeFileSync(file, parts.join(''))
    const r = await countMbox(file)
    expect(r.messages).toBe(n)
    expect(r.bytes).toBe(size)
  })

  it('refuses a pipe or a device where an mbox file should be', async () => {
    const link = path.join(tmp, 'zero')
    symlinkSync('/dev/zero', link)
    await expect(countMbox(link)).rejects.toMatchObject({ code: 'ENOTREG' })
  })
})
