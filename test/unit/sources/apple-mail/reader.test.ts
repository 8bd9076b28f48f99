import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { realFileAccess, type FileAccess } from '../../../../src/sources/apple-mail/fs-access.js'
import { FULL_DISK_ACCESS_LINKS } from '../../../../src/sources/apple-mail/privacy.js'
import { readAppleMail } from '../../../../src/sources/apple-mail/reader.js'
import { LIMITS } from '../../../../src/sources/limits.js'
import { buildAccountsStoreWithWal } from '../../../helpers/accounts-sqlite.js'
import { writeBinaryPlist } from '../../../helpers/bplist-writer.js'
import { SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS } from '../../../fixtures/apple-mail/accounts4-sample.js'
import { said } from '../../../helpers/said.js'

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/apple-mail/${name}`, import.meta.url))

const homes: string[] = []
afterEach(() => {
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true })
})

function makeHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'apple-mail-home-'))
  homes.push(home)
  return home
}

function put(home: string, rel: string, bytes: Uint8Array | string): string {
  const file = path.join(home, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, bytes)
  return file
}

async function homeWithStore(home: string): Promise<string> {
  const { db, wal } = await buildAccountsStoreWithWal(SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS)
  const file = put(home, 'Library/Accounts/Accounts4.sqlite', db)
  put(home, 'Library/Accounts/Accounts4.sqlite-wal', wal)
  put(home, 'Library/Accounts/Accounts4.sqlite-shm', new Uint8Array(32768))
  return file
}

/** The real file system, except that paths matching `deny` fail like macOS privacy does. */
function denying(deny: RegExp, code = 'EPERM'): FileAccess {
  const fail = (p: string) => Object.assign(new Error(`${code}: operation not permitted, '${p}'`), { code })
  return {
    readFile: async (p, max) => (deny.test(p) ? Promise.reject(fail(p)) : realFileAccess.readFile(p, max)),
    readdir: async (p) => (deny.test(p) ? Promise.reject(fail(p)) : realFileAccess.readdir(p)),
    isDirectory: async (p) => (deny.test(p) ? Promise.reject(fail(p)) : realFileAccess.isDirectory(p)),
  }
}

describe('readAppleMail', () => {
  it('finds every era in one scan: 10.6 prefs, the newest Mail/V*, the highest Accounts*.sqlite', async () => {
    const home = makeHome()
    put(home, 'Library/Preferences/com.apple.mail.plist', readFileSync(fixture('com.apple.mail-10.6.plist')))
    put(home, 'Library/Mail/V2/MailData/Accounts.plist', '<?xml version="1.0"?><plist version="1.0"><dict><key>MailAccounts</key><array/></dict></plist>')
    put(home, 'Library/Mail/V3/MailData/Accounts.plist', readFileSync(fixture('Accounts-V2.plist')))
    put(home, 'Library/Mail/V10/MailData/Signatures/x', 'not accounts')
    put(home, 'Library/Accounts/Accounts3.sqlite', 'an older, damaged store that must not be read')
    await homeWithStore(home)
    const result = await readAppleMail({ home })
    expect(result.sources.map((s) => [path.relative(home, s.location), s.status])).toEqual([
      ['Library/Preferences/com.apple.mail.plist', 'partial'],
      ['Library/Mail/V3/MailData/Accounts.plist', 'ok'],
      ['Library/Accounts/Accounts4.sqlite', 'ok'],
    ])
    const profiles = new Set(result.accounts.map((a) => a.profile))
    expect(profiles).toEqual(new Set(['com.apple.mail.plist', 'Mail V3', 'Accounts4']))
    expect(said(result.sources[0]!.message)).toMatch(/FancyFutureAccount/)
    expect(result.accounts.every((a) => a.client === 'apple-mail')).toBe(true)
  })

  it('reads the store and its -wal straight into memory: the live files are untouched and nothing is written', async () => {
    const home = makeHome()
    const live = await homeWithStore(home)
    const before = { db: readFileSync(live), wal: readFileSync(`${live}-wal`), mtime: statSync(live).mtimeMs }
    const tmpBefore = new Set(readdirSync(os.tmpdir()))
    const reads: { file: string; max: number }[] = []
    const watching: FileAccess = {
      ...realFileAccess,
      readFile: async (file, max) => {
        reads.push({ file: path.relative(home, file), max })
        return realFileAccess.readFile(file, max)
      },
    }
    const result = await readAppleMail({ home }, watching)
    expect(result.accounts.map((a) => a.name)).toContain('Added while Mail was open') // only in the -wal
    // The database and its log, each under its own cap; the -shm index is never opened.
    expect(reads).toEqual([
      { file: 'Library/Accounts/Accounts4.sqlite', max: LIMITS.sqliteBytes },
      { file: 'Library/Accounts/Accounts4.sqlite-wal', max: LIMITS.walBytes },
    ])
    const made = readdirSync(os.tmpdir()).filter((n) => !tmpBefore.has(n) && n.startsWith('mail-settings-inspector'))
    expect(made).toEqual([])
    expect(readFileSync(live).equals(before.db)).toBe(true)
    expect(readFileSync(`${live}-wal`).equals(before.wal)).toBe(true)
    expect(statSync(live).mtimeMs).toBe(before.mtime)
  })

  it('a damaged store or a refused -wal is one clear problem, never a crash', async () => {
    const home = makeHome()
    put(home, 'Library/Accounts/Accounts4.sqlite', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4080, 0x41)]))
    const damaged = await readAppleMail({ home })
    expect(damaged.sources).toMatchObject([{ status: 'unreadable' }])
    await homeWithStore(home)
    const refused = await readAppleMail({ home }, denying(/-wal$/))
    expect(refused.sources).toMatchObject([{ status: 'permission-denied' }])
  })

  it('refuses pipes where a plist, the store or its -wal should be, instead of hanging', async () => {
    const home = makeHome()
    await homeWithStore(home)
    rmSync(path.join(home, 'Library/Accounts/Accounts4.sqlite-wal'))
    execFileSync('mkfifo', [path.join(home, 'Library/Accounts/Accounts4.sqlite-wal')])
    mkdirSync(path.join(home, 'Library/Preferences'), { recursive: true })
    execFileSync('mkfifo', [path.join(home, 'Library/Preferences/com.apple.mail.plist')])
    put(home, 'Library/Mail/V2/MailData/Accounts.plist', readFileSync(fixture('Accounts-V2.plist')))
    const result = await readAppleMail({ home })
    expect(result.sources.map((s) => [path.relative(home, s.location), s.status])).toEqual([
      ['Library/Preferences/com.apple.mail.plist', 'unreadable'],
      ['Library/Mail/V2/MailData/Accounts.plist', 'ok'],
      ['Library/Accounts/Accounts4.sqlite', 'unreadable'],
    ])
    expect(said(result.sources[0]!.message)).toMatch(/not an ordinary file/)
    expect(said(result.sources[2]!.message)).toMatch(/not an ordinary file/)
    expect(result.accounts.map((a) => a.name)).toContain('Work')
  })

  it('reports permission-denied with the Full Disk Access fix, and still shows what it could read', async () => {
    const home = makeHome()
    put(home, 'Library/Preferences/com.apple.mail.plist', readFileSync(fixture('com.apple.mail-10.6.plist')))
    put(home, 'Library/Mail/V2/MailData/Accounts.plist', readFileSync(fixture('Accounts-V2.plist')))
    await homeWithStore(home)
    const result = await readAppleMail({ home, platform: 'darwin' }, denying(/Library\/(Mail|Accounts)(\/|$)/))
    const denied = result.sources.filter((s) => s.status === 'permission-denied')
    expect(denied.map((s) => path.relative(home, s.location))).toEqual(['Library/Mail', 'Library/Accounts'])
    for (const s of denied) {
      expect(s.fix?.links).toEqual([...FULL_DISK_ACCESS_LINKS])
      // The core says what the links open and that asking Mail itself is the other way.
      expect(s.fix).toMatchObject({ linksOpen: 'full-disk-access-settings', askAppleMail: true })
      expect(s.fix?.steps.join(' ')).toMatch(/Privacy & Security > Full Disk Access/)
      expect(s.fix?.steps.join(' ')).toMatch(/Quit .* open it again/)
    }
    expect(result.accounts.map((a) => a.name)).toEqual(['Old ISP']) // the 10.6 prefs were readable
  })

  it('treats EACCES on the store copy as permission-denied too', async () => {
    const home = makeHome()
    await homeWithStore(home)
    const result = await readAppleMail({ home }, denying(/Accounts4\.sqlite$/, 'EACCES'))
    expect(result.sources).toMatchObject([{ status: 'permission-denied', accounts: 0 }])
  })

  it('reads an empty ~/Library/Mail listing on macOS as hidden by privacy protection', async () => {
    const home = makeHome()
    mkdirSync(path.join(home, 'Library/Mail'), { recursive: true })
    mkdirSync(path.join(home, 'Library/Accounts'), { recursive: true })
    const mac = await readAppleMail({ home, platform: 'darwin' })
    expect(mac.sources.map((s) => s.status)).toEqual(['permission-denied', 'permission-denied'])
    const copied = await readAppleMail({ home, platform: 'linux' })
    expect(copied.sources.map((s) => s.status)).toEqual(['not-found'])
  })

  it('says clearly when the store is damaged or busy, and keeps the other eras', async () => {
    const home = makeHome()
    put(home, 'Library/Mail/V2/MailData/Accounts.plist', readFileSync(fixture('Accounts-V2.plist')))
    put(home, 'Library/Accounts/Accounts4.sqlite', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4080, 0x41)]))
    const damaged = await readAppleMail({ home })
    expect(damaged.sources[1]).toMatchObject({ status: 'unreadable' })
    expect(said(damaged.sources[1]!.message)).toMatch(/Accounts4\.sqlite.*(damaged|could not be read)/)
    expect(damaged.accounts.map((a) => a.name)).toContain('Work')

    await homeWithStore(home)
    const busy = await readAppleMail({ home }, denying(/Accounts4\.sqlite$/, 'EBUSY'))
    expect(said(busy.sources[1]!.message)).toMatch(/busy.*Quit Mail/)
    expect(busy.accounts.map((a) => a.name)).toContain('Work')
  })

  it('rejects an Accounts.plist claiming a huge object count with a clear message', async () => {
    const home = makeHome()
    const bytes = writeBinaryPlist({ MailAccounts: [] })
    new DataView(bytes.buffer).setBigUint64(bytes.length - 24, 1n << 40n)
    put(home, 'Library/Mail/V2/MailData/Accounts.plist', bytes)
    await homeWithStore(home)
    const result = await readAppleMail({ home })
    expect(result.sources[0]).toMatchObject({ status: 'unreadable' })
    expect(said(result.sources[0]!.message)).toMatch(/Accounts\.plist.*claims \d+ objects/)
    expect(result.sources[1]).toMatchObject({ status: 'ok' })
  })

  it('reads the real iOS store copied into a home', async () => {
    const home = makeHome()
    mkdirSync(path.join(home, 'Library/Accounts'), { recursive: true })
    copyFileSync(fixture('plaso_test_data_ios_Accounts3.sqlite'), path.join(home, 'Library/Accounts/Accounts3.sqlite'))
    const result = await readAppleMail({ home })
    expect(result.sources).toMatchObject([{ status: 'ok', accounts: 1 }])
    expect(result.accounts[0]).toMatchObject({ email: 'thisisdfir@gmail.com', incoming: { host: 'imap.gmail.com' } })
  })

  it('says nothing for a home without Apple Mail', async () => {
    expect(await readAppleMail({ home: makeHome() })).toEqual({ accounts: [], sources: [] })
  })
})
