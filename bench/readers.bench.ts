// Each reader on the largest input it accepts (src/sources/limits.ts, docs/limits.md): how
// long one read takes and its throughput. Linear parsers keep this in the tens of MB/s or
// more; a quadratic one would take minutes here. Inputs are generated in a temp folder.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import initSqlJs from 'sql.js'
import { readAppleMail } from '../src/sources/apple-mail/reader.js'
import { parsePlistBytes } from '../src/sources/apple-mail/plist-file.js'
import { applyWal } from '../src/sources/apple-mail/sqlite-wal.js'
import { LIMITS } from '../src/sources/limits.js'
import { readOutlook } from '../src/sources/outlook/reader.js'
import { parsePrefs } from '../src/sources/thunderbird/prefs-parser.js'
import { parseIni, readProfilesIni } from '../src/sources/thunderbird/profiles-ini.js'
import { readThunderbirdProfiles } from '../src/sources/thunderbird/reader.js'
import { buildAccountsStore, writeWal, type FixtureAccount } from '../test/helpers/accounts-sqlite.js'
import { writeBinaryPlist } from '../test/helpers/bplist-writer.js'

const MB = 1024 * 1024

/** Best of `runs` (a busy machine slows some runs; the best is the fairer figure). */
async function best(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    min = Math.min(min, performance.now() - start)
  }
  return min
}

function line(what: string, bytes: number, ms: number, note = ''): void {
  const rate = bytes / MB / (ms / 1000)
  console.log(`${what.padEnd(44)} ${(bytes / MB).toFixed(1).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms  ${rate.toFixed(1).padStart(7)} MB/s${note ? `  ${note}` : ''}`)
}

/** Text of about `bytes`, built from repeated `unit(i)` strings. */
function fill(bytes: number, head: string, unit: (i: number) => string, tail = ''): string {
  const parts = [head]
  let size = head.length + tail.length
  for (let i = 0; size < bytes; i++) {
    const u = unit(i)
    if (size + u.length > bytes) break
    parts.push(u)
    size += u.length
  }
  parts.push(tail)
  return parts.join('')
}

function prefsJs(bytes: number): string {
  const accounts = 1000
  const head: string[] = ['// Mozilla User Preferences', '']
  for (let a = 0; a < accounts; a++) {
    head.push(
      `user_pref("mail.account.account${a}.server", "server${a}");`,
      `user_pref("mail.account.account${a}.identities", "id${a}");`,
      `user_pref("mail.identity.id${a}.useremail", "user${a}@example.com");`,
      `user_pref("mail.server.server${a}.hostname", "imap${a}.example.com");`,
      `user_pref("mail.server.server${a}.type", "imap");`,
      `user_pref("mail.server.server${a}.port", 993);`,
      `user_pref("mail.server.server${a}.socketType", 3);`,
    )
  }
  head.push(`user_pref("mail.accountmanager.accounts", "${Array.from({ length: accounts }, (_, a) => `account${a}`).join(',')}");`, '')
  // Real big prefs.js files are big because of add-on blobs: escaped JSON strings.
  return fill(bytes, head.join('\n'), (i) => `user_pref("extensions.blob${i}", "{\\"k\\":\\"${'v'.repeat(200)}\\",\\"n\\":${i}}");\n`)
}

function accountsPlist(bytes: number): string {
  const entry = (i: number) =>
    `<dict><key>AccountType</key><string>IMAPAccount</string><key>AccountName</key><string>Account ${i}</string><key>Hostname</key><string>imap${i}.example.com</string><key>PortNumber</key><string>993</string><key>SSLEnabled</key><string>YES</string><key>Username</key><string>user${i}@example.com</string><key>uniqueId</key><string>id-${i}</string></dict>\n`
  return fill(bytes, '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>MailAccounts</key><array>\n', entry, '</array></dict></plist>\n')
}

function regExport(bytesUtf16: number): Buffer {
  const chars = bytesUtf16 / 2 - 1
  const base = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676'
  const unit = (i: number) => {
    const key = `${base}\\${i.toString(16).padStart(8, '0')}`
    return `\r\n[${key}]\r\n"clsid"="{ED475412-B0D6-11D2-8C3B-00104B2A6676}"\r\n"IMAP Server"=hex:69,00,6d,00,61,00,70,00,2e,00,65,00,78,00,\\\r\n  61,00,6d,00,70,00,6c,00,65,00,2e,00,63,00,6f,00,6d,00,00,00\r\n"IMAP Port"=dword:000003e1\r\n"Blob"=hex:${'00,'.repeat(60)}\\\r\n  ${'01,'.repeat(60)}ff\r\n`
  }
  const text = fill(chars, 'Windows Registry Editor Version 5.00\r\n', unit, '\r\n')
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

function regQuery(bytes: number): string {
  const base = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676'
  const unit = (i: number) =>
    `\r\n${base}\\${i.toString(16).padStart(8, '0')}\r\n    clsid    REG_SZ    {ED475412-B0D6-11D2-8C3B-00104B2A6676}\r\n    IMAP Server    REG_BINARY    69006D00610070002E006500780061006D0070006C0065002E0063006F006D000000\r\n    IMAP Port    REG_DWORD    0x3e1\r\n    Blob    REG_BINARY    ${'00'.repeat(200)}\r\n`
  return fill(bytes, '', unit)
}

async function accountsStore(dbBytes: number, walBytes: number): Promise<{ db: Uint8Array; wal: Uint8Array }> {
  const accounts: FixtureAccount[] = []
  for (let i = 0; i < 500; i++) {
    accounts.push({ identifier: `SMTP-${i}`, type: 'SMTP', username: `u${i}@example.com`, properties: { Hostname: `smtp${i}.example.com`, PortNumber: 587 } })
    accounts.push({
      identifier: `IMAP-${i}`,
      type: 'IMAP',
      username: `u${i}@example.com`,
      properties: { Hostname: `imap${i}.example.com`, PortNumber: 993, SSLEnabled: true, SendingAccountIdentifier: `SMTP-${i}` },
    })
  }
  const SQL = await initSqlJs()
  const db = new SQL.Database(await buildAccountsStore(accounts))
  db.run('CREATE TABLE ZFILLER (Z_PK INTEGER PRIMARY KEY, ZDATA BLOB)')
  const blob = new Uint8Array(60_000).fill(7)
  const pad = (bytes: number) => {
    for (let i = 0; i < Math.floor(bytes / 62_000); i++) db.run('INSERT INTO ZFILLER (ZDATA) VALUES (?)', [blob])
  }
  pad(dbBytes - 2 * MB)
  const before = db.export()
  pad(walBytes - 4 * MB)
  const after = db.export()
  db.close()
  before[18] = 2
  before[19] = 2
  return { db: before, wal: writeWal(before, after, false, [1, 2]) }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-readers-bench-'))
  try {
    console.log(`${'reader, on its largest accepted input'.padEnd(44)} ${'size'.padStart(9)}  ${'time'.padStart(9)}  ${'throughput'.padStart(12)}`)

    // Thunderbird: one profile whose prefs.js is at the cap.
    const tb = path.join(dir, 'tb')
    mkdirSync(path.join(tb, '.thunderbird', 'p.default'), { recursive: true })
    const prefs = prefsJs(LIMITS.prefsBytes - 1024)
    writeFileSync(path.join(tb, '.thunderbird', 'p.default', 'prefs.js'), prefs)
    writeFileSync(path.join(tb, '.thunderbird', 'profiles.ini'), '[Profile0]\nName=p\nIsRelative=1\nPath=p.default\n')
    line('prefs.js parser (mail.* kept)', Buffer.byteLength(prefs), await best(3, () => parsePrefs(Buffer.from(prefs), { onlyPrefix: 'mail.' })))
    let found = 0
    const tbMs = await best(3, async () => (found = (await readThunderbirdProfiles(tb)).accounts.length))
    line('Thunderbird reader (scan of that profile)', Buffer.byteLength(prefs), tbMs, `${found} accounts`)

    const ini = fill(LIMITS.iniBytes - 64, '[General]\nStartWithLastProfile=1\n\n', (i) => `[Profile${i}]\nName=p${i}\nIsRelative=1\nPath=Profiles/p${i}.default\n\n`)
    line('profiles.ini reader', ini.length, await best(5, () => readProfilesIni(parseIni(ini))))

    // Apple Mail.
    const xml = accountsPlist(LIMITS.plistBytes - 1024)
    const am = path.join(dir, 'am')
    mkdirSync(path.join(am, 'Library', 'Mail', 'V2', 'MailData'), { recursive: true })
    writeFileSync(path.join(am, 'Library', 'Mail', 'V2', 'MailData', 'Accounts.plist'), xml)
    line('XML plist parser (Accounts.plist)', xml.length, await best(3, () => parsePlistBytes(Buffer.from(xml))))
    const amMs = await best(3, async () => (found = (await readAppleMail({ home: am })).accounts.length))
    line('Apple Mail reader (that Accounts.plist)', xml.length, amMs, `${found} accounts, capped`)

    const strings = Array.from({ length: 60_000 }, (_, i) => `${'s'.repeat(255)}${i}`.slice(-255))
    const bplist = writeBinaryPlist({ MailAccounts: strings })
    line('binary plist parser', bplist.length, await best(3, () => parsePlistBytes(bplist)), '60,000 strings (the writer allows no more)')

    const store = await accountsStore(LIMITS.sqliteBytes - 2 * MB, LIMITS.walBytes - 2 * MB)
    line('WAL applied to the store image', store.db.length + store.wal.length, await best(3, () => applyWal(store.db, store.wal)), `${(store.wal.length / MB).toFixed(1)} MB log`)
    const st = path.join(dir, 'st')
    mkdirSync(path.join(st, 'Library', 'Accounts'), { recursive: true })
    writeFileSync(path.join(st, 'Library', 'Accounts', 'Accounts4.sqlite'), store.db)
    writeFileSync(path.join(st, 'Library', 'Accounts', 'Accounts4.sqlite-wal'), store.wal)
    const stMs = await best(3, async () => (found = (await readAppleMail({ home: st })).accounts.length))
    line('Apple Mail reader (Accounts4.sqlite + -wal)', store.db.length + store.wal.length, stMs, `${found} accounts`)

    // Outlook.
    const reg = regExport(LIMITS.registryBytes - 1024)
    const regFile = path.join(dir, 'outlook.reg')
    writeFileSync(regFile, reg)
    const regMs = await best(3, async () => (found = (await readOutlook({ home: dir, registryFile: regFile })).accounts.length))
    line('Outlook reader (.reg export, UTF-16)', statSync(regFile).size, regMs, `${found} accounts, capped`)
    const query = regQuery(LIMITS.registryBytes - 1024)
    const queryFile = path.join(dir, 'outlook.txt')
    writeFileSync(queryFile, query)
    const qMs = await best(3, async () => (found = (await readOutlook({ home: dir, registryFile: queryFile })).accounts.length))
    line('Outlook reader (reg query /s text)', statSync(queryFile).size, qMs, `${found} accounts, capped`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
