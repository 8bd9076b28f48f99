// Draws build/icon.png (1024x1024): a blue rounded square with a white envelope.
// electron-builder makes the .icns/.ico from it. Run once:
// `npx tsx scripts/make-icon.ts`. Plain zlib, no image library.
import { deflateSync } from 'node:zlib'
import { writeFileSync, mkdirSync } from 'node:fs'

const SIZE = 1024

function crc32(buf: Buffer): number {
  let c = ~0
  for (const byte of buf) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function pixel(x: number, y: number): [number, number, number, number] {
  const r = 180 // corner radius
  const m = 64 // margin
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r)
  const cy = Math.min(Math.max(y, m + r), SIZE - m - r)
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0]
  // Envelope body
  const inEnvelope = x > 232 && x < 792 && y > 332 && y < 692
  if (inEnvelope) {
    // The flap: two lines from the top corners to the centre, drawn in blue.
    const flapY = 332 + (280 * (x < 512 ? x - 232 : 792 - x)) / 280
    if (Math.abs(y - flapY) < 18 && y < 612) return [11, 92, 173, 255]
    return [255, 255, 255, 255]
  }
  return [11, 92, 173, 255]
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE)
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0
  for (let x = 0; x < SIZE; x++) {
    const [r, g, b, a] = pixel(x, y)
    const o = y * (SIZE * 4 + 1) + 1 + x * 4
    raw[o] = r
    raw[o + 1] = g
    raw[o + 2] = b
    raw[o + 3] = a
  }
}
const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header[8] = 8 // bit depth
header[9] = 6 // RGBA
mkdirSync(new URL('../build/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('../build/icon.png', import.meta.url),
  Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
)
