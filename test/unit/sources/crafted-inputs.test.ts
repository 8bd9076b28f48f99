// Crafted homes and files that once cost seconds, gigabytes or a stack trace, each generated
// here in a temp folder (nothing big is committed). Every one must now end in a result a user
// can read: the one source says what is wrong, every other source still shows, and the whole
// scan is JSON. No timing is asserted: the caps bound the work, the results prove the caps.
import { closeSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readAppleMail } from '../../../src/sources/apple-mail/reader.js'
import { applyWal } from '../../../src/sources/apple-mail/sqlite-wal.js'
import { parsePlistBytes } from '../../../src/sources/apple-mail/plist-file.js'
import { PlistError } from '../../../src/sources/apple-mail/bplist.js'
import { LIMITS } from '../../../src/sources/limits.js'
import { parseRegExport } from '../../../src/sources/outlook/reg-export.js'
import { parseRegQuery } from '../../../src/sources/outlook/reg-query.js'
import { outlookAccounts } from '../../../src/sources/outlook/outlook-accounts.js'
import { RegistryTree } from '../../../src/sources/outlook/registry-tree.js'
import { readOutlook } from '../../../src/sources/outlook/reader.js'
import { scanHome } from '../../../src/sources/scan.js'
import { readThunderbirdProfiles } from '../../../src/sources/thunderbird/reader.js'
import { parseIni, readProfilesIni } from '../../../src/sources/thunderbird/profiles-ini.js'
import { buildAccountsStoreWithWal } from '../../helpers/accounts-sqlite.js'
import { writeBinaryPlist } from '../../helpers/bplist-writer.js'
import { makeHome, profilesIni, type TempHome } from './thunderbird/make-home.js'
import { said, saidEach } from '../../helpers/said.js'

const homes: TempHome[] = []
afterEach(() => {
  for (const h of homes.splice(0)) h.cleanup()
  vi.restoreAllMocks()
})
function home(files: Record<string, string | Uint8Array> = {}): TempHome {
  const h = makeHome(files)
  homes.push(h)
  return h
}

const GOOD_PREFS = [
  'user_pref("mail.accountmanager.accounts", "account1");',
  'user_pref("mail.account.account1.server", "server1");',
  'user_pref("mail.account.account1.identities", "id1");',
  'user_pref("mail.identity.id1.useremail", "good@example.com");',
  'user_pref("mail.server.server1.hostname", "imap.example.com");',
  'user_pref("mail.server.server1.type", "imap");',
  'user_pref("mail.server.server1.userName", "good@example.com");',
  '',
].join('\n')

/** A home with one good Thunderbird profile beside whatever a test adds. */
function homeWithGoodProfile(): TempHome {
  return home({ '.icedove/profiles.ini': profilesIni('good.default'), '.icedove/good.default/prefs.js': GOOD_PREFS })
}

function expectGoodProfileStill(result: { accounts: { email: string | null }[] }) {
  expect(result.accounts.map((a) => a.email)).toContain('good@example.com')
}

/** One WAL frame, valid salts and checksums, as SQLite writes it (fileformat2 §4). */
function forgedWal(pageNumber: number, pageSize: number, dbSizeAfterCommit: number): Uint8Array {
  const wal = new Uint8Array(32 + 24 + pageSize)
  const v = new DataView(wal.buffer)
  v.setUint32(0, 0x377f0682)
  v.setUint32(4, 3007000)
  v.setUint32(8, pageSize === 65536 ? 1 : pageSize)
  v.setUint32(16, 0x11111111)
  v.setUint32(20, 0x22222222)
  let s0 = 0
  let s1 = 0
  const sum = (start: number, length: number) => {
    for (let i = start; i < start + length; i += 8) {
      s0 = (s0 + v.getUint32(i, true) + s1) >>> 0
      s1 = (s1 + v.getUint32(i + 4, true) + s0) >>> 0
    }
  }
  sum(0, 24)
  v.setUint32(24, s0)
  v.setUint32(28, s1)
  v.setUint32(32, pageNumber)
  v.setUint32(36, dbSizeAfterCommit)
  v.setUint32(40, 0x11111111)
  v.setUint32(44, 0x22222222)
  sum(32, 8)
  sum(56, pageSize)
  v.setUint32(48, s0)
  v.setUint32(52, s1)
  return wal
}

describe('crafted Apple Mail stores', () => {
  it('a 64 KB WAL whose one valid frame claims page 60000 of 64 KB pages costs nothing', async () => {
    const { db } = await buildAccountsStoreWithWal([], [])
    const wal = forgedWal(60_000, 65536, 60_000)
    const { image, framesApplied } = applyWal(db, wal)
    expect(framesApplied).toBe(0)
    expect(image.length).toBe(db.length) // not 60000 x 64 KB
  })

  it('a WAL that really grows the database by the pages it carries is still applied', async () => {
    const { db } = await buildAccountsStoreWithWal([], [])
    const pageSize = new DataView(db.buffer, db.byteOffset).getUint16(16)
    const pages = db.length / pageSize
    const { image, framesApplied } = applyWal(db, forgedWal(pages + 1, pageSize, pages + 1))
    expect(framesApplied).toBe(1)
    expect(image.length).toBe(db.length + pageSize)
  })

  it('a sparse 1.5 GB Accounts4.sqlite is refused from its size alone; the other sources still show', async () => {
    const h = homeWithGoodProfile()
    const store = h.write('Library/Accounts/Accounts4.sqlite', 'SQLite format 3\0')
    truncateSync(store, 1.5 * 1024 * 1024 * 1024)
    const before = process.memoryUsage().rss
    const result = await scanHome({ home: h.home })
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
    const report = result.sources.find((s) => s.location === store)
    expect(report).toMatchObject({ status: 'unreadable', accounts: 0 })
    expect(said(report!.message)).toMatch(/too large \(1536 MB; this tool reads at most 64 MB\)/)
    expectGoodProfileStill(result)
    expect(() => JSON.stringify(result)).not.toThrow()
  })

  it('an XML plist nested 100,000 levels deep is one clear problem, not a stack overflow', async () => {
    const deep = `<plist><dict><key>MailAccounts</key>${'<array>'.repeat(100_000)}${'</array>'.repeat(100_000)}</dict></plist>`
    expect(() => parsePlistBytes(Buffer.from(deep))).toThrow(new PlistError(`the XML property list is damaged (line 1: nested more than ${LIMITS.plistDepth} levels deep)`))
    const h = homeWithGoodProfile()
    h.write('Library/Mail/V2/MailData/Accounts.plist', deep)
    const result = await scanHome({ home: h.home })
    expect(result.sources.find((s) => s.client === 'apple-mail')).toMatchObject({ status: 'unreadable' })
    expectGoodProfileStill(result)
  })

  it('a damaged XML plist prints nothing to stderr and its message stays short', async () => {
    const writes: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true))
    vi.spyOn(console, 'error').mockImplementation((...args) => void writes.push(args.join(' ')))
    vi.spyOn(console, 'warn').mockImplementation((...args) => void writes.push(args.join(' ')))
    const secretish = 'x'.repeat(5 * 1024 * 1024)
    const h = home({ 'Library/Mail/V2/MailData/Accounts.plist': `<?xml version="1.0"?><plist><dict><key>MailAccounts</key><array><string>${secretish}</strin></array>` })
    const result = await readAppleMail({ home: h.home })
    expect(writes).toEqual([])
    expect(result.sources).toMatchObject([{ status: 'unreadable' }])
    // The error text quoted in the note is cut to the cap.
    for (const n of result.sources[0]!.message!) for (const v of Object.values(n.params ?? {})) expect(String(v).length).toBeLessThanOrEqual(LIMITS.messageChars)
    expect(said(result.sources[0]!.message)).not.toContain('xxxxxxxxxx')
  })

  it('a large XML plist of many accounts is read in full, each account kept up to the cap', () => {
    const entry = (i: number) =>
      `<dict><key>AccountType</key><string>IMAPAccount</string><key>AccountName</key><string>A&amp;${i}</string><key>Hostname</key><string>imap${i}.example.com</string><key>uniqueId</key><string>id-${i}</string></dict>`
    const text = `<?xml version="1.0"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict><key>MailAccounts</key><array>${Array.from({ length: 30_000 }, (_, i) => entry(i)).join('\n')}</array></dict></plist>\n`
    const parsed = parsePlistBytes(Buffer.from(text)) as { MailAccounts: { AccountName: string; Hostname: string }[] }
    expect(parsed.MailAccounts).toHaveLength(30_000)
    expect(parsed.MailAccounts[29_999]).toMatchObject({ AccountName: 'A&29999', Hostname: 'imap29999.example.com' })
  })

  it('a binary plist of 60,000 strings (near the most 2-byte references can name) is read in full', () => {
    const list = Array.from({ length: 60_000 }, (_, i) => `value-${i}`)
    const parsed = parsePlistBytes(writeBinaryPlist({ MailAccounts: list })) as { MailAccounts: string[] }
    expect(parsed.MailAccounts).toHaveLength(60_000)
    expect(parsed.MailAccounts[59_999]).toBe('value-59999')
  })

  it('an Accounts.plist with more accounts than the cap shows the first ones and says so', async () => {
    const entry = (i: number) =>
      `<dict><key>AccountType</key><string>IMAPAccount</string><key>Hostname</key><string>imap${i}.example.com</string><key>uniqueId</key><string>id-${i}</string></dict>`
    const h = home({
      'Library/Mail/V2/MailData/Accounts.plist': `<plist><dict><key>MailAccounts</key><array>${Array.from({ length: LIMITS.accountsPerSource + 5 }, (_, i) => entry(i)).join('')}</array></dict></plist>`,
    })
    const result = await readAppleMail({ home: h.home })
    expect(result.accounts).toHaveLength(LIMITS.accountsPerSource)
    expect(result.sources[0]).toMatchObject({ status: 'partial', accounts: LIMITS.accountsPerSource })
    expect(said(result.sources[0]!.message)).toMatch(/lists 1,005 entries, more accounts than the 1,000 this tool reads from one place; only the first 1,000 are shown/)
  })
})

describe('crafted Thunderbird profiles', () => {
  it('a prefs.js with 130,000 accounts gives JSON, the first accounts up to the cap and a clear note', async () => {
    const h = homeWithGoodProfile()
    const n = 130_000
    h.write('.thunderbird/profiles.ini', profilesIni('many.default'))
    const fd = openSync(h.write('.thunderbird/many.default/prefs.js', ''), 'w')
    const keys: string[] = []
    let chunk = ''
    for (let i = 0; i < n; i++) {
      keys.push(`a${i}`)
      chunk += `user_pref("mail.account.a${i}.server", "s${i}");\nuser_pref("mail.server.s${i}.type", "imap");\n`
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk)
        chunk = ''
      }
    }
    writeSync(fd, `${chunk}user_pref("mail.accountmanager.accounts", "${keys.join(',')}");\n`)
    closeSync(fd)
    const result = await scanHome({ home: h.home })
    expect(() => JSON.parse(JSON.stringify(result))).not.toThrow()
    const many = result.sources.find((s) => s.location.endsWith('many.default'))
    expect(many).toMatchObject({ status: 'partial', accounts: LIMITS.accountsPerSource })
    expect(said(many!.message)).toMatch(/lists 129,000 more accounts beyond the 1,000/)
    expect(result.accounts.filter((a) => a.profile === '.thunderbird/many.default')).toHaveLength(LIMITS.accountsPerSource)
    expectGoodProfileStill(result)
  })

  it('a profiles.ini of 100,000 profiles is refused by its size; the profile folder scan still runs', async () => {
    const h = homeWithGoodProfile()
    const lines: string[] = []
    for (let i = 0; i < 100_000; i++) lines.push(`[Profile${i}]`, `Path=p${i}`, '')
    const ini = h.write('.thunderbird/profiles.ini', lines.join('\n'))
    const result = await readThunderbirdProfiles(h.home)
    const report = result.sources.find((s) => s.location === ini)
    expect(report?.status).toBe('unreadable')
    expect(said(report!.message)).toMatch(/profiles\.ini is too large \(2\.\d MB; this tool reads at most 1\.0 MB\)/)
    expectGoodProfileStill(result)
  })

  it('a profiles.ini naming 30,000 profiles within the size cap reads the first ones and says so', async () => {
    const lines: string[] = []
    for (let i = 0; i < 30_000; i++) lines.push(`[Profile${i}]`, `Path=p${i}`)
    const text = lines.join('\n')
    const parsed = readProfilesIni(parseIni(text))
    expect(parsed.profiles).toHaveLength(30_000)
    expect(parsed.profiles[29_999]!.path).toBe('p29999')
    const h = homeWithGoodProfile()
    const ini = h.write('.thunderbird/profiles.ini', text)
    const result = await readThunderbirdProfiles(h.home)
    expect(result.sources.filter((s) => /[\/].thunderbird[\/]p\d+$/.test(s.location))).toHaveLength(LIMITS.profilesPerRoot)
    expect(said(result.sources.find((s) => s.location === ini && s.status === 'partial')!.message)).toMatch(/more profiles than the 200 this tool reads/)
    expectGoodProfileStill(result)
  })

  it('a profile that links outside the home is not followed; the good profile still shows', async () => {
    const outside = home({ 'secret/prefs.js': GOOD_PREFS.replace(/good@/g, 'outside@') })
    const h = homeWithGoodProfile()
    h.write('.thunderbird/profiles.ini', profilesIni('linked.default'))
    mkdirSync(h.path('.thunderbird'), { recursive: true })
    symlinkSync(outside.path('secret'), h.path('.thunderbird/linked.default'))
    // a link inside the home that stays inside is followed
    symlinkSync(h.path('.icedove/good.default/prefs.js'), h.path('.icedove/inside-link.js'))
    const result = await readThunderbirdProfiles(h.home)
    expect(result.accounts.map((a) => a.email)).not.toContain('outside@example.com')
    const linked = result.sources.find((s) => s.location.endsWith('linked.default'))
    expect(linked).toMatchObject({ status: 'unreadable' })
    expect(said(linked!.message)).toMatch(/leads outside the home folder being scanned/)
    expectGoodProfileStill(result)
  })

  it('a prefs.js linked to a file outside the home is not read either', async () => {
    const outside = home({ 'prefs.js': GOOD_PREFS.replace(/good@/g, 'outside@') })
    const h = home({ '.thunderbird/profiles.ini': profilesIni('p.default') })
    mkdirSync(h.path('.thunderbird/p.default'), { recursive: true })
    symlinkSync(outside.path('prefs.js'), h.path('.thunderbird/p.default/prefs.js'))
    const result = await readThunderbirdProfiles(h.home)
    expect(result.accounts).toEqual([])
    expect(said(result.sources[0]!.message)).toMatch(/prefs\.js is a link that leads outside the home folder/)
  })
})

describe('crafted registry files', () => {
  const KEY = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles'
  const ACCOUNTS = '9375CFF0413111d3B88A00104B2A6676'

  it('one binary value continued over 40,000 lines is skipped with a note; the lines after it are read', () => {
    const continued = Array.from({ length: 40_000 }, () => '  00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,00,\\').join('\r\n')
    const text = `Windows Registry Editor Version 5.00\r\n\r\n[${KEY}\\P\\${ACCOUNTS}\\00000001]\r\n"Blob"=hex:00,\\\r\n${continued}\r\n  00\r\n"IMAP Server"="imap.example.com"\r\n`
    const { tree, problems } = parseRegExport(text)
    expect(saidEach(problems)).toEqual([`Line 4: the value “Blob” spans more than ${LIMITS.regContinuationLines.toLocaleString('en-US')} lines, more than any Outlook setting, and was skipped.`])
    expect(tree.value(`${KEY}\\P\\${ACCOUNTS}\\00000001`, 'IMAP Server')?.data).toBe('imap.example.com')
  })

  it('a value continued over 15,000 lines (under the cap) is decoded whole', () => {
    const continued = Array.from({ length: 15_000 }, () => '  01,02,03,04,\\').join('\r\n')
    const text = `Windows Registry Editor Version 5.00\r\n\r\n[${KEY}\\P]\r\n"Blob"=hex:ff,\\\r\n${continued}\r\n  05\r\n`
    const { tree, problems } = parseRegExport(text)
    expect(problems).toEqual([])
    const data = tree.value(`${KEY}\\P`, 'Blob')!.data as Uint8Array
    expect(data.length).toBe(1 + 15_000 * 4 + 1)
    expect([...data.subarray(0, 6)]).toEqual([0xff, 1, 2, 3, 4, 1])
  })

  it('40,000 profile keys: every subkey is listed once, and accounts stop at the profile cap with a note', () => {
    const tree = new RegistryTree()
    for (let i = 0; i < 40_000; i++) {
      tree.setValue(`${KEY}\\Profile${i}\\${ACCOUNTS}\\00000001`, { name: 'clsid', type: 'REG_SZ', data: '{ED475412-B0D6-11D2-8C3B-00104B2A6676}' })
      tree.setValue(`${KEY}\\Profile${i}\\${ACCOUNTS}\\00000001`, { name: 'IMAP Server', type: 'REG_SZ', data: `imap${i}.example.com` })
    }
    expect(tree.children(KEY)).toHaveLength(40_000)
    const { accounts, problems } = outlookAccounts(tree)
    expect(accounts).toHaveLength(LIMITS.outlookProfiles)
    expect(said(problems[0])).toMatch(/name 40,000 Outlook profiles, more than the 200 this tool reads/)
  })

  it('`reg query /s` text of 20,000 account keys is read in one pass, accounts capped with a note', () => {
    const lines: string[] = []
    for (let i = 0; i < 20_000; i++) {
      lines.push(`${KEY}\\P\\${ACCOUNTS}\\${i.toString(16).padStart(8, '0')}`, '    clsid    REG_SZ    {ED475412-B0D6-11D2-8C3B-00104B2A6676}', `    IMAP Server    REG_SZ    imap${i}.example.com`, '')
    }
    const { tree, problems } = parseRegQuery(lines.join('\r\n'))
    expect(problems).toEqual([])
    expect(tree.children(`${KEY}\\P\\${ACCOUNTS}`)).toHaveLength(20_000)
    const result = outlookAccounts(tree)
    expect(result.accounts).toHaveLength(LIMITS.accountsPerSource)
    expect(result.accounts[999]!.incoming.host).toBe('imap999.example.com')
    expect(saidEach(result.problems)).toEqual([`These settings hold more than ${LIMITS.accountsPerSource.toLocaleString('en-US')} accounts, more than this tool reads from one place; 19,000 more were not read.`])
  })

  it('a registry file over the size cap is refused before reading', async () => {
    const h = home()
    const file = h.write('big.reg', 'Windows Registry Editor Version 5.00\r\n')
    truncateSync(file, LIMITS.registryBytes + 1)
    const result = await readOutlook({ home: h.home, registryFile: file })
    expect(result.sources).toMatchObject([{ status: 'unreadable', accounts: 0 }])
    expect(said(result.sources[0]!.message)).toMatch(/too large \(64\.0 MB; this tool reads at most 64 MB\)/)
  })
})

describe('every file is read under its cap, on the open handle', () => {
  it('a file that grows past its cap while being read is still refused', async () => {
    const { readRegularFile } = await import('../../../src/sources/regular-file.js')
    const h = home()
    const file = h.write('grow.bin', Buffer.alloc(10))
    await expect(readRegularFile(file, 10)).resolves.toHaveLength(10)
    writeFileSync(file, Buffer.alloc(11))
    await expect(readRegularFile(file, 10)).rejects.toThrow(/too large/)
  })
})
