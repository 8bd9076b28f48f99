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
    // Clear the commit marker of the last frame: nothing is committed any more.
    const open = wal.slice()
    new DataView(open.buffer).setUint32(32 + (frames - 1) * frameSize + 4, 0)
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

  it('leaves the image alone for an empty or foreign -wal file', async () => {
    const { db } = await buildAccountsStoreWithWal(base, [])
    expect(applyWal(db, new Uint8Array(0)).framesApplied).toBe(0)
    expect(applyWal(db, new TextEncoder().encode('x'.repeat(64))).framesApplied).toBe(0)
    expect(await identifiers(applyWal(db, new Uint8Array(10)).image)).toEqual(['IMAP-1'])
  })
})
