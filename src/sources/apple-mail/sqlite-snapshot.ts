// Read a SQLite database that another program (Mail, accountsd) has open, without touching
// its live files: the database and its -wal are read straight into memory from checked
// handles (regular-file.ts: ordinary files under their caps), the committed WAL frames are
// applied in memory (sqlite-wal.ts), and sql.js opens that image. Nothing is written to disk,
// so nothing is left behind when the scan stops, however it stops. The -shm index is never
// read: it is rebuilt from the WAL, never trusted.
//
// Why sql.js (SQLite compiled to WebAssembly) and not a native module: better-sqlite3 must
// be rebuilt for every Electron version's ABI (and for each OS/arch we ship), and
// node:sqlite does not exist in Node 20, which the CLI supports (Electron 45's own Node 22
// has it, still marked experimental). sql.js runs anywhere Node or Electron runs, and a
// 50-account store reads in ~25 ms (bench/apple-mail.bench.ts). It opens a byte image and
// never sees a -wal file, so committed WAL frames are applied by applyWal before opening.
import type { Database, SqlJsStatic } from 'sql.js'
import { LIMITS } from '../limits.js'
import { isNotFound, type FileAccess } from './fs-access.js'
import { applyWal } from './sqlite-wal.js'

let sqlJs: Promise<SqlJsStatic> | null = null

/** sql.js loads its WebAssembly once per process, and only when a store is there to read. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= import('sql.js').then((module) => module.default())
  return sqlJs
}

export interface SnapshotInfo {
  /** Committed write-ahead-log frames that were applied to the image. */
  walFrames: number
}

async function readIfPresent(access: FileAccess, file: string, maxBytes: number): Promise<Uint8Array | null> {
  try {
    return await access.readFile(file, maxBytes)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Open an in-memory image of `dbPath` (plus its committed WAL) and hand it to `use`. */
export async function withSqliteSnapshot<T>(
  access: FileAccess,
  dbPath: string,
  use: (db: Database, info: SnapshotInfo) => T,
): Promise<T> {
  const main = await access.readFile(dbPath, LIMITS.sqliteBytes)
  const wal = await readIfPresent(access, `${dbPath}-wal`, LIMITS.walBytes)
  const { image, framesApplied } = applyWal(main, wal)
  const SQL = await loadSqlJs()
  const db = new SQL.Database(image)
  try {
    return use(db, { walFrames: framesApplied })
  } finally {
    db.close()
  }
}
