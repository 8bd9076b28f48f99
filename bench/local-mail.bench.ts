// Local mail counting speed: a 1 GB mbox written here as Thunderbird writes one (CRLF, escaped
// body "From " lines, a blank line after each message), counted from the page cache. Target:
// 500 MB/s or more. Baseline in the same run: reading the same file with the same 4 MB reads
// and no search, so the figure shows what the separator search itself costs.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { open } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { countMbox } from '../src/sources/local-mail/mbox-count.js'

const TARGET_BYTES = 1024 ** 3

function messageBlock(): { text: Buffer; messages: number } {
  const parts: string[] = []
  let n = 0
  let size = 0
  while (size < 4 * 1024 * 1024) {
    const body = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n'.repeat(5 + (n % 60))
    const text =
      `From - Mon Nov 02 09:15:${String(n % 60).padStart(2, '0')} 2026\r\nX-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\n` +
      `From: sender${n}@example.test\r\nSubject: message ${n}\r\n\r\n>From the desk of a sender.\r\n${body}\r\n`
    parts.push(text)
    size += text.length
    n++
  }
  return { text: Buffer.from(parts.join('')), messages: n }
}

async function rawRead(file: string): Promise<number> {
  const handle = await open(file, 'r')
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024)
  let total = 0
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) break
    total += bytesRead
  }
  await handle.close()
  return total
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-bench-mbox-'))
  try {
    const file = path.join(dir, 'Inbox')
    const block = messageBlock()
    const fd = openSync(file, 'w')
    let written = 0
    let expected = 0
    while (written < TARGET_BYTES) {
      writeSync(fd, block.text)
      written += block.text.length
      expected += block.messages
    }
    closeSync(fd)
    const mb = written / 1024 ** 2
    // Warm the page cache, and check the count while at it.
    const first = await countMbox(file)
    if (first.messages !== expected) throw new Error(`counted ${first.messages}, wrote ${expected}`)
    const times = { count: [] as number[], raw: [] as number[] }
    for (let i = 0; i < 3; i++) {
      let t = performance.now()
      await rawRead(file)
      times.raw.push(performance.now() - t)
      t = performance.now()
      await countMbox(file)
      times.count.push(performance.now() - t)
    }
    const best = (xs: number[]) => Math.min(...xs)
    console.log(`mbox of ${mb.toFixed(0)} MB, ${expected.toLocaleString('en-US')} messages (best of 3, page cache)`)
    console.log(`  countMbox:            ${(mb / (best(times.count) / 1000)).toFixed(0)} MB/s  (${best(times.count).toFixed(0)} ms; target >= 500 MB/s)`)
    console.log(`  baseline, plain read: ${(mb / (best(times.raw) / 1000)).toFixed(0)} MB/s  (${best(times.raw).toFixed(0)} ms)`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
