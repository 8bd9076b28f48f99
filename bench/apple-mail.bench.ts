// Apple Mail scan speed: a home whose Accounts4.sqlite holds 50 mail accounts (each with
// its SMTP row) and a write-ahead log. Target: under 150 ms per scan.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { readAppleMail } from '../src/sources/apple-mail/reader.js'
import { buildAccountsStoreWithWal, type FixtureAccount } from '../test/helpers/accounts-sqlite.js'

function fiftyAccounts(): FixtureAccount[] {
  const out: FixtureAccount[] = []
  for (let i = 0; i < 50; i++) {
    const smtp = `SMTP-${i}`
    out.push({ identifier: smtp, type: 'SMTP', username: `user${i}@example${i}.com`, properties: { Hostname: `smtp.example${i}.com`, PortNumber: 587, SSLEnabled: true } })
    out.push({
      identifier: `IMAP-${i}`,
      type: i % 5 === 0 ? 'POP' : 'IMAP',
      description: `Account ${i}`,
      username: `user${i}@example${i}.com`,
      dataclasses: ['com.apple.Dataclass.Mail'],
      properties: {
        Hostname: `mail.example${i}.com`,
        PortNumber: i % 2 ? 993 : '993',
        SSLEnabled: true,
        AuthenticationScheme: 'PASSWORD',
        IdentityEmailAddress: [`user${i}@example${i}.com`],
        FullUserName: `User ${i}`,
        SendingAccountIdentifier: smtp,
      },
    })
  }
  return out
}

export async function run(): Promise<void> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'apple-mail-bench-'))
  try {
    const accounts = fiftyAccounts()
    const { db, wal } = await buildAccountsStoreWithWal(accounts.slice(0, 90), accounts.slice(90))
    mkdirSync(path.join(home, 'Library', 'Accounts'), { recursive: true })
    writeFileSync(path.join(home, 'Library', 'Accounts', 'Accounts4.sqlite'), db)
    writeFileSync(path.join(home, 'Library', 'Accounts', 'Accounts4.sqlite-wal'), wal)
    const times: number[] = []
    let found = 0
    for (let i = 0; i < 12; i++) {
      const start = performance.now()
      const result = await readAppleMail({ home })
      times.push(performance.now() - start)
      found = result.accounts.length
    }
    const [first, ...warm] = times
    warm.sort((a, b) => a - b)
    const median = warm[Math.floor(warm.length / 2)]!
    console.log(`Accounts4.sqlite, ${found} accounts (${(db.length / 1024).toFixed(0)} KB + ${(wal.length / 1024).toFixed(0)} KB WAL)`)
    console.log(`  first scan (loads sql.js): ${first!.toFixed(1)} ms`)
    console.log(`  scan, median of ${warm.length}: ${median.toFixed(1)} ms (target < 150 ms) ${median < 150 ? 'OK' : 'SLOW'}`)
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}
