// Read a SQLite database that another program (Mail, accountsd) has open, without touching
// its live files: copy the database with its -wal and -shm into a private temp folder, read
// the copy, apply the write-ahead log ourselves, and remove the copy afterwards.
//
// Why sql.js (SQLite compiled to WebAssembly) and not a native module: better-sqlite3 must
// be rebuilt for every Electron version's ABI (and for each OS/arch we ship), and
// node:sqlite does not exist in Node 20, which the CLI supports (Electron 45's own Node 22
// has it, still marked experimental). sql.js runs anywhere Node or Electron runs, and a
// 50-account store reads in ~25 ms (bench/apple-mail.bench.ts). It opens a byte image and
// never sees a -wal file, so committed WAL frames are applied by applyWal (sqlite-wal.ts)
// before opening.
import { mkdtemp, readFile, rm, chmod } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Database, SqlJsStatic } from 'sql.js'
import { isNotFound, type FileAccess } from './fs-access.js'
import { applyWal } from './sqlite-wal.js'

let sqlJs: Promise<SqlJsStatic> | null = null

/** sql.js loads its WebAssembly once per process, and only when a store is there to read. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= import('sql.js').then((module) => module.default())
  return sqlJs
}

export interface SnapshotInfo {
  /** Committed write-ahead-log frames that were applied to the copy. */
  walFrames: number
}

async function copyIfPresent(access: FileAccess, from: string, to: string): Promise<boolean> {
  try {
    await access.copyFile(from, to)
    return true
  } catch (error) {
    if (isNotFound(error)) return false
    throw error
  }
}

/** Open a private copy of `dbPath` (plus WAL) and hand it to `use`; everything is removed after. */
export async function withSqliteSnapshot<T>(
  access: FileAccess,
  dbPath: string,
  use: (db: Database, info: SnapshotInfo) => T,
): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mail-settings-inspector-'))
  try {
    await chmod(dir, 0o700)
    const copy = path.join(dir, 'store.sqlite')
    await access.copyFile(dbPath, copy)
    const hasWal = await copyIfPresent(access, `${dbPath}-wal`, `${copy}-wal`)
    // The -shm index is copied for completeness; it is rebuilt from the WAL, never trusted.
    await copyIfPresent(access, `${dbPath}-shm`, `${copy}-shm`)
    const main = new Uint8Array(await readFile(copy))
    const wal = hasWal ? new Uint8Array(await readFile(`${copy}-wal`)) : null
    const { image, framesApplied } = applyWal(main, wal)
    const SQL = await loadSqlJs()
    const db = new SQL.Database(image)
    try {
      return use(db, { walFrames: framesApplied })
    } finally {
      db.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
