// Rows of the Accounts framework's Core Data store (~/Library/Accounts/Accounts4.sqlite on
// macOS 10.11+, Accounts3.sqlite on iOS): ZACCOUNT, its ZACCOUNTTYPE and its
// ZACCOUNTPROPERTY rows, whose ZVALUE is an NSKeyedArchiver binary plist.
// Core Data numbers its entities per model version (Z_2ENABLEDDATACLASSES on one macOS,
// Z_3... on another), so join tables are found in sqlite_master, never hard-coded.
import type { Database, SqlValue } from 'sql.js'
import { unarchiveKeyed, type ArchivedValue } from './keyed-archive.js'

export interface StoreAccount {
  pk: number
  identifier: string
  typeIdentifier: string | null
  typeDescription: string | null
  /** The account's own credential type, else its type's (password, oauth2, token, ...). */
  credentialType: string | null
  description: string | null
  username: string | null
  parentPk: number | null
  active: boolean
  properties: Record<string, ArchivedValue>
  /** Property keys whose value could not be decoded. */
  unreadableProperties: string[]
  /** Enabled data classes (com.apple.Dataclass.Mail, ...), or null when the store has none. */
  enabledDataclasses: string[] | null
}

function tableNames(db: Database): string[] {
  const rows = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")
  return (rows[0]?.values ?? []).map((r) => String(r[0]))
}

function columns(db: Database, table: string): Set<string> {
  const rows = db.exec(`PRAGMA table_info("${table.replace(/"/g, '""')}")`)
  return new Set((rows[0]?.values ?? []).map((r) => String(r[1])))
}

function text(value: SqlValue | undefined): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Uint8Array) return null
  return String(value)
}

function num(value: SqlValue | undefined): number | null {
  return typeof value === 'number' ? value : null
}

/** A column when the table has it, else NULL: older and newer stores differ in columns. */
function col(have: Set<string>, table: string, name: string): string {
  return have.has(name) ? `${table}.${name}` : 'NULL'
}

function decodeName(value: SqlValue | undefined): string | null {
  if (typeof value === 'string') return value
  if (value instanceof Uint8Array) {
    try {
      const decoded = unarchiveKeyed(value)
      return typeof decoded === 'string' ? decoded : null
    } catch {
      return null
    }
  }
  return null
}

/** Enabled data classes per account pk, from Z_<n>ENABLEDDATACLASSES + ZDATACLASS. */
function enabledDataclasses(db: Database, tables: string[]): Map<number, string[]> | null {
  const join = tables.find((t) => /^Z_\d+ENABLEDDATACLASSES$/.test(t))
  if (!join || !tables.includes('ZDATACLASS')) return null
  const have = [...columns(db, join)]
  const accountCol = have.find((c) => /^Z_\d+ENABLEDACCOUNTS$/.test(c))
  const classCol = have.find((c) => /^Z_\d+ENABLEDDATACLASSES$/.test(c))
  if (!accountCol || !classCol) return null
  const names = new Map<number, string>()
  for (const [pk, name] of db.exec('SELECT Z_PK, ZNAME FROM ZDATACLASS')[0]?.values ?? []) {
    const decoded = decodeName(name)
    if (typeof pk === 'number' && decoded) names.set(pk, decoded)
  }
  const out = new Map<number, string[]>()
  for (const [account, cls] of db.exec(`SELECT "${accountCol}", "${classCol}" FROM "${join}"`)[0]?.values ?? []) {
    if (typeof account !== 'number' || typeof cls !== 'number') continue
    const name = names.get(cls)
    if (name) out.set(account, [...(out.get(account) ?? []), name])
  }
  return out
}

export class AccountsStoreError extends Error {}

/** Every account row with its decoded properties. Throws AccountsStoreError on a non-store. */
export function readAccountsStore(db: Database): StoreAccount[] {
  const tables = tableNames(db)
  for (const needed of ['ZACCOUNT', 'ZACCOUNTTYPE', 'ZACCOUNTPROPERTY']) {
    if (!tables.includes(needed)) throw new AccountsStoreError(`the accounts database has no ${needed} table`)
  }
  const a = columns(db, 'ZACCOUNT')
  const t = columns(db, 'ZACCOUNTTYPE')
  const rows =
    db.exec(
      `SELECT ZACCOUNT.Z_PK, ${col(a, 'ZACCOUNT', 'ZIDENTIFIER')}, ${col(t, 'ZACCOUNTTYPE', 'ZIDENTIFIER')},
        ${col(t, 'ZACCOUNTTYPE', 'ZACCOUNTTYPEDESCRIPTION')}, ${col(a, 'ZACCOUNT', 'ZCREDENTIALTYPE')},
        ${col(t, 'ZACCOUNTTYPE', 'ZCREDENTIALTYPE')}, ${col(a, 'ZACCOUNT', 'ZACCOUNTDESCRIPTION')},
        ${col(a, 'ZACCOUNT', 'ZUSERNAME')}, ${col(a, 'ZACCOUNT', 'ZPARENTACCOUNT')}, ${col(a, 'ZACCOUNT', 'ZACTIVE')}
       FROM ZACCOUNT LEFT JOIN ZACCOUNTTYPE ON ZACCOUNT.ZACCOUNTTYPE = ZACCOUNTTYPE.Z_PK
       ORDER BY ZACCOUNT.Z_PK`,
    )[0]?.values ?? []
  const dataclasses = enabledDataclasses(db, tables)
  const accounts = new Map<number, StoreAccount>()
  for (const r of rows) {
    const pk = num(r[0])
    if (pk === null) continue
    accounts.set(pk, {
      pk,
      identifier: text(r[1]) ?? String(pk),
      typeIdentifier: text(r[2]),
      typeDescription: text(r[3]),
      credentialType: text(r[4]) ?? text(r[5]),
      description: text(r[6]),
      username: text(r[7]),
      parentPk: num(r[8]),
      active: r[9] === null || r[9] === undefined ? true : r[9] !== 0,
      properties: Object.create(null) as Record<string, ArchivedValue>,
      unreadableProperties: [],
      enabledDataclasses: dataclasses ? (dataclasses.get(pk) ?? []) : null,
    })
  }
  const props = db.exec('SELECT ZOWNER, ZKEY, ZVALUE FROM ZACCOUNTPROPERTY ORDER BY Z_PK')[0]?.values ?? []
  for (const [owner, key, value] of props) {
    const account = typeof owner === 'number' ? accounts.get(owner) : undefined
    if (!account || typeof key !== 'string') continue
    if (/password/i.test(key)) continue // never read a stored secret, even by accident
    if (value instanceof Uint8Array) {
      try {
        account.properties[key] = unarchiveKeyed(value)
      } catch {
        account.unreadableProperties.push(key)
      }
    } else if (value !== null && value !== undefined) {
      account.properties[key] = value
    }
  }
  return [...accounts.values()]
}
