// Property test over every kind of file the readers open: each real fixture is mutated (bytes
// overwritten, cut short, a slice repeated so it grows) and dropped into a home, and the whole
// scan must still answer. The bounds asserted are the caps (docs/limits.md): accounts per
// source, message length, one report per source; they are what keeps time and memory in
// check, so no clock is read here. Run counts are small so the whole file takes seconds.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { ScanResult } from '../../../src/model.js'
import { LIMITS } from '../../../src/sources/limits.js'
import { scanHome } from '../../../src/sources/scan.js'
import { buildAccountsStoreWithWal } from '../../helpers/accounts-sqlite.js'
import { writeBinaryPlist } from '../../helpers/bplist-writer.js'
import { SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS } from '../../fixtures/apple-mail/accounts4-sample.js'

const fixture = (rel: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url)))
const root = mkdtempSync(path.join(os.tmpdir(), 'msi-fuzz-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A mutation: overwrite some bytes, cut the end, repeat one slice a few times. */
const mutation = fc.record({
  edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
  cut: fc.nat({ max: 200 }),
  repeat: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2, max: 50 })), { nil: undefined }),
})
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(input: Uint8Array, m: Mutation): Uint8Array {
  let bytes = Buffer.from(input)
  if (m.repeat && bytes.length > 0) {
    const [at, len, times] = m.repeat
    const start = at % bytes.length
    const slice = bytes.subarray(start, Math.min(bytes.length, start + len))
    bytes = Buffer.concat([bytes.subarray(0, start), ...Array.from({ length: times }, () => slice), bytes.subarray(start)])
  }
  const out = Buffer.from(bytes.subarray(0, Math.max(0, bytes.length - m.cut)))
  for (const [at, value] of m.edits) if (out.length) out[at % out.length] = value
  return out
}

// One home per set of file names, its files overwritten on each run: every run of a property
// writes the same names and a scan writes nothing, so the home a run scans holds exactly that
// run's files, as a fresh one would (a new home per run spent more time deleting folders than
// scanning them).
const homes = new Map<string, string>()
async function scanWith(files: Record<string, Uint8Array>, registry?: Uint8Array): Promise<ScanResult> {
  const names = JSON.stringify([Object.keys(files).sort(), !!registry])
  const home = homes.get(names) ?? path.join(root, `h${homes.size}`)
  homes.set(names, home)
  for (const [rel, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(home, rel)), { recursive: true })
    writeFileSync(path.join(home, rel), bytes)
  }
  mkdirSync(home, { recursive: true })
  let registryFile: string | undefined
  if (registry) {
    registryFile = path.join(home, 'export.reg')
    writeFileSync(registryFile, registry)
  }
  return scanHome({ home, ...(registryFile ? { registryFile } : {}), platform: 'linux' })
}

const STATUSES = new Set(['ok', 'not-found', 'permission-denied', 'unreadable', 'partial'])

function expectBounded(result: ScanResult): void {
  // JSON always, with every report in the contract's shape and within the caps.
  const json = JSON.parse(JSON.stringify(result)) as ScanResult
  expect(Array.isArray(json.accounts) && Array.isArray(json.sources)).toBe(true)
  for (const s of json.sources) {
    expect(STATUSES.has(s.status)).toBe(true)
    expect(s.accounts).toBeLessThanOrEqual(LIMITS.accountsPerSource)
    // A note's values can quote the damaged file: each is cut to the cap.
    for (const n of s.message ?? []) for (const v of Object.values(n.params ?? {})) expect(String(v).length).toBeLessThanOrEqual(LIMITS.messageChars)
  }
  expect(json.accounts.length).toBeLessThanOrEqual(json.sources.reduce((n, s) => n + s.accounts, 0))
}

const RUNS = 25

async function fuzz(build: (m: Mutation) => Promise<ScanResult>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      expectBounded(await build(m))
    }),
    { numRuns: RUNS },
  )
}

const TB = '.thunderbird'
const PROFILES_INI = Buffer.from('[General]\nStartWithLastProfile=1\n\n[Profile0]\nName=default\nIsRelative=1\nPath=p.default\nDefault=1\n\n[Install4F96D1932A9F858E]\nDefault=p.default\nLocked=1\n')
const INSTALLS_INI = Buffer.from('[4F96D1932A9F858E]\nDefault=p.default\nLocked=1\n')
const PREFS = fixture('thunderbird/eras/tb128-prefs.js')

describe('every fixture kind, mutated, still gives a bounded JSON scan', () => {
  it('prefs.js', () => fuzz((m) => scanWith({ [`${TB}/profiles.ini`]: PROFILES_INI, [`${TB}/p.default/prefs.js`]: mutate(PREFS, m) })))

  it('profiles.ini', () => fuzz((m) => scanWith({ [`${TB}/profiles.ini`]: mutate(PROFILES_INI, m), [`${TB}/p.default/prefs.js`]: PREFS })))

  it('installs.ini', () =>
    fuzz((m) => scanWith({ [`${TB}/profiles.ini`]: PROFILES_INI, [`${TB}/installs.ini`]: mutate(INSTALLS_INI, m), [`${TB}/p.default/prefs.js`]: PREFS })))

  it('XML plist (Accounts.plist and com.apple.mail.plist)', () =>
    fuzz((m) =>
      scanWith({
        'Library/Mail/V2/MailData/Accounts.plist': mutate(fixture('apple-mail/Accounts-V2.plist'), m),
        'Library/Preferences/com.apple.mail.plist': mutate(fixture('apple-mail/com.apple.mail-10.6.plist'), m),
      }),
    ))

  it('binary plist', () => {
    const bplist = writeBinaryPlist({
      MailAccounts: [
        { AccountType: 'IMAPAccount', AccountName: 'Work', Hostname: 'imap.example.com', PortNumber: '993', SSLEnabled: 'YES', uniqueId: 'w', SMTPIdentifier: 'smtp.example.com' },
        { AccountType: 'POPAccount', AccountName: 'Old', Hostname: 'pop.example.com', uniqueId: 'o' },
      ],
      DeliveryAccounts: [{ Hostname: 'smtp.example.com', PortNumber: 587 }],
    })
    return fuzz((m) => scanWith({ 'Library/Mail/V2/MailData/Accounts.plist': mutate(bplist, m) }))
  })

  it('Accounts4.sqlite and its -wal', async () => {
    const { db, wal } = await buildAccountsStoreWithWal(SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS)
    await fuzz((m) => scanWith({ 'Library/Accounts/Accounts4.sqlite': mutate(db, m), 'Library/Accounts/Accounts4.sqlite-wal': wal }))
    await fuzz((m) => scanWith({ 'Library/Accounts/Accounts4.sqlite': db, 'Library/Accounts/Accounts4.sqlite-wal': mutate(wal, m) }))
  })

  it('.reg export', () => fuzz((m) => scanWith({}, mutate(fixture('outlook/outlook-2016.reg'), m))))

  it('reg query text', () => fuzz((m) => scanWith({}, mutate(fixture('outlook/outlook-2010-reg-query.txt'), m))))
})
