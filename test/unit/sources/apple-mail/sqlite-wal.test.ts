import { describe, expect, it } from 'vitest'
import initSqlJs from 'sql.js'
import { applyWal } from '../../../../src/sources/apple-mail/sqlite-wal.js'
import { buildAccountsStoreWithWal, type FixtureAccount } from '../../../helpers/accounts-sqlite.js'

const base: FixtureAccount[] = [{ identifier: 'IMAP-1', type: 'IMAP', username: 'a@example.com', properties: { Hostname: 'imap.example.com' } }]
const added: FixtureAccount[] = [{ identifier: 'IMAP-2', type: 'IMAP', username: 'b@example.com', properties: { Hostname: 'imap.other.example' } }]

async function identifiers(image: Uint8Array): Promise<string[]> {
  const SQL = await initSqlJs()
  const db = new SQL.Database(image)
  try {
    return (db.exec('SELECT ZIDENTIFIER FROM ZACCOUNT ORDER BY Z_PK')[0]?.values ?? []).map((r) => String(r[0]))
  } finally {
    db.close()
  }
}

/**
 * Recompute every frame checksum (sqlite.org/fileformat2.html §4.1, native byte order for
 * magic 0x377f0682), so a test can change a frame header and still hand over a log that
 * SQLite itself would accept: only the change under test can make applyWal refuse it.
 */
function rechecksum(wal: Uint8Array): Uint8Array {
  const out = wal.slice()
  const view = new DataView(out.buffer)
  const little = view.getUint32(0) === 0x377f0682
  const pageSize = view.getUint32(8)
  let s0 = view.getUint32(24)
  let s1 = view.getUint32(28)
  const sum = (start: number, length: number) => {
    for (let i = start; i < start + length; i += 8) {
      s0 = (s0 + view.getUint32(i, little) + s1) >>> 0
      s1 = (s1 + view.getUint32(i + 4, little) + s0) >>> 0
    }
  }
  for (let off = 32; off + 24 + pageSize <= out.length; off += 24 + pageSize) {
    sum(off, 8)
    sum(off + 24, pageSize)
    view.setUint32(off + 16, s0)
    view.setUint32(off + 20, s1)
  }
  return out
}

describe('applyWal', () => {
  it('sees an account that exists only in the write-ahead log', async () => {
    const { db, wal } = await buildAccountsStoreWithWal(base, added)
    expect(await identifiers(applyWal(db, null).image)).toEqual(['IMAP-1'])
    const applied = applyWal(db, wal)
    expect(applied.framesApplied).toBeGreaterThan(0)
    expect(await identifiers(applied.image)).toEqual(['IMAP-1', 'IMAP-2'])
  })

  it('reads big-endian checksums (magic 0x377f0683) as well', async () => {
    const { db, wal } = await buildAccountsStoreWithWal(base, added, { bigEndianChecksums: true })
    expect(await identifiers(applyWal(db, wal).image)).toEqual(['IMAP-1', 'IMAP-2'])
  })

  it('ignores frames after the last commit (a transaction still being written)', async () => {
    const { db, wal } = await buildAccountsStoreWithWal(base, added)
    const pageSize = new DataView(wal.buffer).getUint32(8)
    const frameSize = 24 + pageSize
    const frames = (wal.length - 32) / frameSize
    // Clear the commit marker of the last frame (checksums kept valid): nothing is
    // committed any more.
    expect(rechecksum(wal)).toEqual(wal)
    const cleared = wal.slice()
    new DataView(cleared.buffer).setUint32(32 + (frames - 1) * frameSize + 4, 0)
    const open = rechecksum(cleared)
    expect(applyWal(db, open).framesApplied).toBe(0)
    expect(await identifiers(applyWal(db, open).image)).toEqual(['IMAP-1'])
  })

  it('stops at a frame whose salts or checksum do not match (a stale or torn log)', async () => {
    const { db, wal } = await buildAccountsStoreWithWal(base, added)
    const staleSalt = wal.slice()
    new DataView(staleSalt.buffer).setUint32(32 + 8, 0xdeadbeef)
    expect(applyWal(db, staleSalt).framesApplied).toBe(0)
    const torn = wal.slice()
    torn[32 + 24 + 100] = (torn[32 + 24 + 100]! + 1) & 0xff
    expect(applyWal(db, torn).framesApplied).toBe(0)
    expect(await identifiers(applyWal(db, torn).image)).toEqual(['IMAP-1'])
  })

  it('refuses a commit that claims a database far larger than the pages it wrote', async () => {
    const { db, wal } = await buildAccountsStoreWithWal(base, added)
    const pageSize = new DataView(wal.buffer).getUint32(8)
    const frames = (wal.length - 32) / (24 + pageSize)
    const forged = wal.slice()
    // 0xffffffff pages of 4 KiB: 16 TiB to allocate, if believed.
    new DataView(forged.buffer).setUint32(32 + (frames - 1) * (24 + pageSize) + 4, 0xffffffff)
    const applied = applyWal(db, rechecksum(forged))
    expect(applied.framesApplied).toBe(0)
    expect(applied.image.length).toBe(db.length)
  })

  it('leaves the image alone for an empty or foreign -wal file', async () => {
    const { db } = await buildAccountsStoreWithWal(base, [])
    expect(applyWal(db, new Uint8Array(0)).framesApplied).toBe(0)
    expect(applyWal(db, new TextEncoder().encode('x'.repeat(64))).framesApplied).toBe(0)
    expect(await identifiers(applyWal(db, new Uint8Array(10)).image)).toEqual(['IMAP-1'])
  })
})
