// The command writes its answer straight to descriptor 1 (src/cli/io.ts, descriptorWriter).
// The operating system's answers that cannot be made on demand here (a short write that stops
// inside a character, EPIPE at a chosen write) are given by a stand-in for writeSync; a real
// file gets the real call. A real full non-blocking pipe and a real reader that went away:
// test/integration/cli-process.test.ts.
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { descriptorWriter } from '../../../src/cli/io.js'

const text = 'Konten gefunden: 3 – Größe 12 MB ✓\n'

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code })
}

describe('the command writing its answer to descriptor 1', () => {
  it('writes every byte to a real file, in order, across calls', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-stdout-'))
    try {
      const file = path.join(dir, 'out.txt')
      const fd = openSync(file, 'w')
      const write = descriptorWriter(fd, () => () => expect.fail('no fallback for a file'))
      write(text)
      write('second line\n')
      closeSync(fd)
      expect(readFileSync(file, 'utf8')).toBe(`${text}second line\n`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps writing after a short write until every byte is out', () => {
    const out: number[] = []
    const write = descriptorWriter(
      1,
      () => () => expect.fail('no fallback'),
      (_fd, bytes, offset, length) => {
        const n = Math.min(3, length)
        out.push(...bytes.subarray(offset, offset + n))
        return n
      },
    )
    write(text)
    expect(Buffer.from(out).toString('utf8')).toBe(text)
  })

  it('hands the rest, as bytes, to the waiting stream when a non-blocking pipe is full, and keeps to it', () => {
    const direct: number[] = []
    const handed: Buffer[] = []
    let calls = 0
    const write = descriptorWriter(
      1,
      () => (chunk) => handed.push(Buffer.from(chunk)),
      (_fd, bytes, offset) => {
        calls++
        if (calls > 1) throw errno('EAGAIN')
        // Stops inside "–" (3 bytes in UTF-8): the rest must not be decoded on its own.
        const n = Buffer.from('Konten gefunden: 3 ').length + 1
        direct.push(...bytes.subarray(offset, offset + n))
        return n
      },
    )
    write(text)
    write('after\n')
    expect(Buffer.concat([Buffer.from(direct), ...handed]).toString('utf8')).toBe(`${text}after\n`)
    expect(calls).toBe(2)
  })

  it('ends quietly with 0 when the reader went away (EPIPE), and reports any other failure', () => {
    const exits: number[] = []
    descriptorWriter(1, () => () => undefined, () => { throw errno('EPIPE') }, (code) => void exits.push(code))(text)
    expect(exits).toEqual([0])
    expect(() => descriptorWriter(1, () => () => undefined, () => { throw errno('EIO') }, () => undefined)(text)).toThrow('EIO')
  })
})
