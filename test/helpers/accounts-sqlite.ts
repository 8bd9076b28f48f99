// Test helper: builds an Accounts framework store (Accounts4.sqlite) with the real Core Data
// schema, copied from the sqlite_master of a real store (plaso's iOS Accounts3.sqlite,
// test/fixtures/apple-mail/), and optionally a write-ahead log holding a change that is
// not yet in the main file (sqlite.org/fileformat2.html#walformat).
import initSqlJs from 'sql.js'
import { writeKeyedArchive, type ArchivableValue } from './bplist-writer.js'

export interface FixtureAccount {
  identifier: string
  /** The part after com.apple.account. (IMAP, POP, SMTP, Exchange, Google, ...). */
  type: string
  description?: string
  username?: string
  /** identifier of the parent account. */
  parent?: string
  active?: boolean
  properties?: Record<string, ArchivableValue>
  /** Enabled data classes (e.g. com.apple.Dataclass.Mail). */
  dataclasses?: string[]
}

export interface StoreOptions {
  /**
   * Core Data entity numbers differ between macOS versions: the default (2 Account,
   * 7 Dataclass) is the real iOS store's; another base shifts every Z_<n> name.
   */
  accountEntity?: number
}

/** Credential types as the real store's ZACCOUNTTYPE rows carry them. */
const TYPES: Record<string, { description: string; credential: string | null }> = {
  IMAP: { description: 'IMAP', credential: 'password' },
  POP: { description: 'POP', credential: 'password' },
  SMTP: { description: 'SMTP', credential: 'password' },
  Exchange: { description: 'Exchange', credential: 'password' },
  Google: { description: 'Gmail', credential: 'oauth2' },
  Yahoo: { description: 'Yahoo', credential: 'oauth2' },
  aol: { description: 'Aol', credential: 'oauth2' },
  Hotmail: { description: 'Hotmail', credential: 'oauth2' },
  IMAPMail: { description: 'IMAPMail', credential: 'password' },
  AppleAccount: { description: 'iCloud', credential: 'token' },
  CalDAV: { description: 'CalDAV', credential: 'password' },
}

function schema(accountEntity: number): string[] {
  const acc = accountEntity // Account; the real store numbers AccessOptionsKey 1, Account 2, ...
  const key = acc - 1
  const type = acc + 2
  const dc = acc + 5
  return [
    'CREATE TABLE ZACCESSOPTIONSKEY ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZNAME VARCHAR )',
    `CREATE TABLE Z_${key}OWNINGACCOUNTTYPES ( Z_${key}ACCESSKEYS INTEGER, Z_${type}OWNINGACCOUNTTYPES INTEGER, PRIMARY KEY (Z_${key}ACCESSKEYS, Z_${type}OWNINGACCOUNTTYPES) )`,
    'CREATE TABLE ZACCOUNT ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZACTIVE INTEGER, ZAUTHENTICATED INTEGER, ZSUPPORTSAUTHENTICATION INTEGER, ZVISIBLE INTEGER, ZACCOUNTTYPE INTEGER, ZPARENTACCOUNT INTEGER, ZDATE TIMESTAMP, ZLASTCREDENTIALRENEWALREJECTIONDATE TIMESTAMP, ZACCOUNTDESCRIPTION VARCHAR, ZAUTHENTICATIONTYPE VARCHAR, ZCREDENTIALTYPE VARCHAR, ZIDENTIFIER VARCHAR, ZOWNINGBUNDLEID VARCHAR, ZUSERNAME VARCHAR, ZDATACLASSPROPERTIES BLOB )',
    `CREATE TABLE Z_${acc}ENABLEDDATACLASSES ( Z_${acc}ENABLEDACCOUNTS INTEGER, Z_${dc}ENABLEDDATACLASSES INTEGER, PRIMARY KEY (Z_${acc}ENABLEDACCOUNTS, Z_${dc}ENABLEDDATACLASSES) )`,
    `CREATE TABLE Z_${acc}PROVISIONEDDATACLASSES ( Z_${acc}PROVISIONEDACCOUNTS INTEGER, Z_${dc}PROVISIONEDDATACLASSES INTEGER, PRIMARY KEY (Z_${acc}PROVISIONEDACCOUNTS, Z_${dc}PROVISIONEDDATACLASSES) )`,
    'CREATE TABLE ZACCOUNTPROPERTY ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZOWNER INTEGER, ZKEY VARCHAR, ZVALUE BLOB )',
    'CREATE TABLE ZACCOUNTTYPE ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZENCRYPTACCOUNTPROPERTIES INTEGER, ZOBSOLETE INTEGER, ZSUPPORTSAUTHENTICATION INTEGER, ZSUPPORTSMULTIPLEACCOUNTS INTEGER, ZVISIBILITY INTEGER, ZACCOUNTTYPEDESCRIPTION VARCHAR, ZCREDENTIALPROTECTIONPOLICY VARCHAR, ZCREDENTIALTYPE VARCHAR, ZIDENTIFIER VARCHAR, ZOWNINGBUNDLEID VARCHAR )',
    'CREATE TABLE ZDATACLASS ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZNAME BLOB )',
    'CREATE INDEX ZACCOUNT_ZACCOUNTTYPE_INDEX ON ZACCOUNT (ZACCOUNTTYPE)',
    'CREATE INDEX ZACCOUNT_ZPARENTACCOUNT_INDEX ON ZACCOUNT (ZPARENTACCOUNT)',
    'CREATE INDEX ZACCOUNTPROPERTY_ZOWNER_INDEX ON ZACCOUNTPROPERTY (ZOWNER)',
    'CREATE TABLE Z_PRIMARYKEY (Z_ENT INTEGER PRIMARY KEY, Z_NAME VARCHAR, Z_SUPER INTEGER, Z_MAX INTEGER)',
    'CREATE TABLE Z_METADATA (Z_VERSION INTEGER PRIMARY KEY, Z_UUID VARCHAR(255), Z_PLIST BLOB)',
    'CREATE TABLE Z_MODELCACHE (Z_CONTENT BLOB)',
  ]
}

type Db = InstanceType<Awaited<ReturnType<typeof initSqlJs>>['Database']>

/** Insert accounts (with their types, properties and data classes) into an open store. */
export function insertAccounts(db: Db, accounts: FixtureAccount[], accountEntity = 2): void {
  const dcTable = `Z_${accountEntity}ENABLEDDATACLASSES`
  const typePk = (type: string): number => {
    const id = `com.apple.account.${type}`
    const found = db.exec('SELECT Z_PK FROM ZACCOUNTTYPE WHERE ZIDENTIFIER = ?', [id])[0]?.values[0]?.[0]
    if (typeof found === 'number') return found
    const t = TYPES[type] ?? { description: type, credential: 'password' }
    db.run(
      'INSERT INTO ZACCOUNTTYPE (Z_ENT, Z_OPT, ZENCRYPTACCOUNTPROPERTIES, ZOBSOLETE, ZSUPPORTSAUTHENTICATION, ZSUPPORTSMULTIPLEACCOUNTS, ZVISIBILITY, ZACCOUNTTYPEDESCRIPTION, ZCREDENTIALPROTECTIONPOLICY, ZCREDENTIALTYPE, ZIDENTIFIER, ZOWNINGBUNDLEID) VALUES (?, 1, 0, 0, 1, 1, 0, ?, ?, ?, ?, ?)',
      [accountEntity + 2, t.description, 'ck', t.credential, id, 'com.apple.accountsd'],
    )
    return db.exec('SELECT last_insert_rowid()')[0]!.values[0]![0] as number
  }
  const dataclassPk = (name: string): number => {
    const rows = db.exec('SELECT Z_PK, ZNAME FROM ZDATACLASS')[0]?.values ?? []
    const blob = writeKeyedArchive(name)
    for (const [pk, zname] of rows) if (Buffer.from(zname as Uint8Array).equals(Buffer.from(blob))) return pk as number
    db.run('INSERT INTO ZDATACLASS (Z_ENT, Z_OPT, ZNAME) VALUES (?, 1, ?)', [accountEntity + 5, blob])
    return db.exec('SELECT last_insert_rowid()')[0]!.values[0]![0] as number
  }
  for (const a of accounts) {
    const parent = a.parent
      ? (db.exec('SELECT Z_PK FROM ZACCOUNT WHERE ZIDENTIFIER = ?', [a.parent])[0]?.values[0]?.[0] ?? null)
      : null
    db.run(
      'INSERT INTO ZACCOUNT (Z_ENT, Z_OPT, ZACTIVE, ZAUTHENTICATED, ZSUPPORTSAUTHENTICATION, ZVISIBLE, ZACCOUNTTYPE, ZPARENTACCOUNT, ZDATE, ZACCOUNTDESCRIPTION, ZIDENTIFIER, ZOWNINGBUNDLEID, ZUSERNAME) VALUES (?, 1, ?, 1, 1, 1, ?, ?, 606520062.0, ?, ?, ?, ?)',
      [accountEntity, a.active === false ? 0 : 1, typePk(a.type), parent, a.description ?? null, a.identifier, 'com.apple.mail', a.username ?? null],
    )
    const pk = db.exec('SELECT last_insert_rowid()')[0]!.values[0]![0] as number
    for (const [key, value] of Object.entries(a.properties ?? {})) {
      db.run('INSERT INTO ZACCOUNTPROPERTY (Z_ENT, Z_OPT, ZOWNER, ZKEY, ZVALUE) VALUES (?, 1, ?, ?, ?)', [
        accountEntity + 1,
        pk,
        key,
        writeKeyedArchive(value),
      ])
    }
    for (const dc of a.dataclasses ?? []) db.run(`INSERT INTO ${dcTable} VALUES (?, ?)`, [pk, dataclassPk(dc)])
  }
}

/** A complete store as the bytes of Accounts4.sqlite (journal_mode WAL in its header). */
export async function buildAccountsStore(accounts: FixtureAccount[], options: StoreOptions = {}): Promise<Uint8Array> {
  return (await buildAccountsStoreWithWal(accounts, [], options)).db
}

/**
 * The main file holds `accounts`; the write-ahead log holds `walOnly` (added after the
 * last checkpoint), exactly as Mail leaves the store while it runs.
 */
export async function buildAccountsStoreWithWal(
  accounts: FixtureAccount[],
  walOnly: FixtureAccount[],
  options: StoreOptions & { bigEndianChecksums?: boolean; salts?: [number, number] } = {},
): Promise<{ db: Uint8Array; wal: Uint8Array }> {
  const entity = options.accountEntity ?? 2
  const SQL = await initSqlJs()
  const db = new SQL.Database()
  for (const sql of schema(entity)) db.run(sql)
  db.run("INSERT INTO Z_METADATA VALUES (1, 'C8DC9A8F-5E6C-4D4F-9B0E-6F0E4B1C2D3A', NULL)")
  insertAccounts(db, accounts, entity)
  const before = db.export()
  insertAccounts(db, walOnly, entity)
  const after = db.export()
  db.close()
  const main = before.slice()
  main[18] = 2 // journal_mode=WAL, as Mail's store is
  main[19] = 2
  const wal = walOnly.length ? writeWal(main, after, options.bigEndianChecksums ?? false, options.salts ?? [0x1234abcd, 0x0badf00d]) : new Uint8Array()
  return { db: main, wal }
}

function walChecksum(bytes: Uint8Array, bigEndian: boolean, s: [number, number]): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let [s0, s1] = s
  for (let i = 0; i < bytes.length; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0
  }
  return [s0, s1]
}

/** A WAL whose frames turn `before` into `after`: every changed page, the last one a commit. */
export function writeWal(before: Uint8Array, after: Uint8Array, bigEndian: boolean, salts: [number, number]): Uint8Array {
  const pageSize = new DataView(after.buffer, after.byteOffset).getUint16(16)
  const pages: number[] = []
  for (let p = 0; p * pageSize < after.length; p++) {
    const a = after.subarray(p * pageSize, (p + 1) * pageSize)
    const b = before.subarray(p * pageSize, (p + 1) * pageSize)
    if (p === 0 || !Buffer.from(a).equals(Buffer.from(b))) pages.push(p + 1)
  }
  const header = new Uint8Array(32)
  const hv = new DataView(header.buffer)
  hv.setUint32(0, bigEndian ? 0x377f0683 : 0x377f0682)
  hv.setUint32(4, 3007000)
  hv.setUint32(8, pageSize)
  hv.setUint32(12, 0)
  hv.setUint32(16, salts[0])
  hv.setUint32(20, salts[1])
  let sum = walChecksum(header.subarray(0, 24), bigEndian, [0, 0])
  hv.setUint32(24, sum[0])
  hv.setUint32(28, sum[1])
  const frames: Uint8Array[] = [header]
  const dbPages = after.length / pageSize
  pages.forEach((page, i) => {
    const frame = new Uint8Array(24 + pageSize)
    const fv = new DataView(frame.buffer)
    fv.setUint32(0, page)
    fv.setUint32(4, i === pages.length - 1 ? dbPages : 0)
    fv.setUint32(8, salts[0])
    fv.setUint32(12, salts[1])
    const content = after.slice((page - 1) * pageSize, page * pageSize)
    if (page === 1) {
      content[18] = 2
      content[19] = 2
    }
    frame.set(content, 24)
    sum = walChecksum(frame.subarray(0, 8), bigEndian, sum)
    sum = walChecksum(frame.subarray(24), bigEndian, sum)
    fv.setUint32(16, sum[0])
    fv.setUint32(20, sum[1])
    frames.push(frame)
  })
  return Buffer.concat(frames)
}
