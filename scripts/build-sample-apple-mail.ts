// Builds the demo home's Apple Mail store: samples/home/Library/Accounts/Accounts4.sqlite
// (+ -wal holding one account added "while Mail was open") from the test fixture builder,
// so the committed binary is reproducible: `npx tsx scripts/build-sample-apple-mail.ts`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { buildAccountsStoreWithWal } from '../test/helpers/accounts-sqlite.js'
import { SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS } from '../test/fixtures/apple-mail/accounts4-sample.js'

const dir = fileURLToPath(new URL('../samples/home/Library/Accounts/', import.meta.url))
mkdirSync(dir, { recursive: true })
const { db, wal } = await buildAccountsStoreWithWal(SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS)
writeFileSync(path.join(dir, 'Accounts4.sqlite'), db)
writeFileSync(path.join(dir, 'Accounts4.sqlite-wal'), wal)
console.log(`wrote ${path.join(dir, 'Accounts4.sqlite')} (${db.length} bytes) and its -wal (${wal.length} bytes)`)
