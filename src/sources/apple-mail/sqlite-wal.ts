// Apply a SQLite write-ahead log onto a copy of its database image, the way a checkpoint
// would, so sql.js (which opens a byte image and never sees a -wal file) reads the same
// rows Mail's own process sees.
// Format: sqlite.org/fileformat2.html#walformat ("4. The Write-Ahead Log File Format"):
// a 32-byte big-endian header (magic 0x377f0682/3, version, page size, checkpoint seq,
// salt-1, salt-2, checksum-1, checksum-2), then frames of a 24-byte header (page number,
// db size after commit or 0, salt-1, salt-2, checksum-1, checksum-2) plus one page.
// A frame is valid when its salts match the header and its cumulative checksum chains from
// the previous one; only frames up to the last valid commit frame count.

const WAL_HEADER = 32
const FRAME_HEADER = 24

export interface WalApplyResult {
  /** The database image with committed WAL frames applied. */
  image: Uint8Array
  /** Committed frames applied (0 when the log is empty, stale or damaged). */
  framesApplied: number
}

/** The WAL checksum of fileformat2 §4.1: two 32-bit sums over 32-bit words, native order. */
function checksum(
  bytes: Uint8Array,
  start: number,
  length: number,
  bigEndian: boolean,
  s0In: number,
  s1In: number,
): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let s0 = s0In
  let s1 = s1In
  for (let i = start; i < start + length; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0
  }
  return [s0, s1]
}

function pageSizeOf(value: number): number | null {
  const size = value === 1 ? 65536 : value
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0 ? size : null
}

/**
 * Returns the database image with the WAL's committed frames applied. A missing, empty,
 * stale or damaged log leaves the image as it was (exactly what SQLite itself would read).
 */
export function applyWal(db: Uint8Array, wal: Uint8Array | null): WalApplyResult {
  const unchanged = (): WalApplyResult => ({ image: markRollback(new Uint8Array(db)), framesApplied: 0 })
  if (!wal || wal.length < WAL_HEADER) return unchanged()
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength)
  const magic = view.getUint32(0)
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return unchanged()
  const bigEndian = (magic & 1) === 1
  const pageSize = pageSizeOf(view.getUint32(8))
  if (pageSize === null) return unchanged()
  const salt1 = view.getUint32(16)
  const salt2 = view.getUint32(20)
  let [s0, s1] = checksum(wal, 0, 24, bigEndian, 0, 0)
  if (s0 !== view.getUint32(24) || s1 !== view.getUint32(28)) return unchanged()

  // Walk the frames, remembering the pages of the last complete transaction seen.
  const frameSize = FRAME_HEADER + pageSize
  const pending = new Map<number, number>() // page number -> frame offset
  const committed = new Map<number, number>()
  let committedSize = 0
  let frames = 0
  let committedFrames = 0
  for (let off = WAL_HEADER; off + frameSize <= wal.length; off += frameSize) {
    const page = view.getUint32(off)
    const dbSize = view.getUint32(off + 4)
    if (page === 0 || view.getUint32(off + 8) !== salt1 || view.getUint32(off + 12) !== salt2) break
    ;[s0, s1] = checksum(wal, off, 8, bigEndian, s0, s1)
    ;[s0, s1] = checksum(wal, off + FRAME_HEADER, pageSize, bigEndian, s0, s1)
    if (s0 !== view.getUint32(off + 16) || s1 !== view.getUint32(off + 20)) break
    pending.set(page, off)
    frames++
    if (dbSize !== 0) {
      for (const [p, o] of pending) committed.set(p, o)
      pending.clear()
      committedSize = dbSize
      committedFrames = frames
    }
  }
  if (committedFrames === 0) return unchanged()
  // The image may only hold pages the database file or the log really carry: a commit that
  // grows the database writes every new page into the log. A size past both is a forged
  // header asking for gigabytes (one 64 KB frame claiming page 60000 of 64 KB pages), so the
  // log is treated as damaged and memory stays within the two files' own sizes.
  const dbPages = Math.ceil(db.length / pageSize)
  for (let page = dbPages + 1; page <= committedSize; page++) {
    if (!committed.has(page)) return unchanged()
  }

  const image = new Uint8Array(committedSize * pageSize)
  image.set(db.subarray(0, Math.min(db.length, image.length)))
  for (const [page, off] of committed) {
    if (page > committedSize) continue
    image.set(wal.subarray(off + FRAME_HEADER, off + frameSize), (page - 1) * pageSize)
  }
  return { image: markRollback(image), framesApplied: committedFrames }
}

/**
 * File format write/read versions (header bytes 18-19): 2 = WAL, 1 = rollback journal.
 * The image is complete on its own, so mark it rollback-journal: SQLite then never looks
 * for a -wal beside the in-memory copy.
 */
function markRollback(image: Uint8Array): Uint8Array {
  if (image.length >= 100 && image[18] === 2 && image[19] === 2) {
    image[18] = 1
    image[19] = 1
  }
  return image
}
