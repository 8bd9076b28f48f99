import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readAppleMail } from '../../../../src/sources/apple-mail/reader.js'
import { readOutlook } from '../../../../src/sources/outlook/reader.js'
import { scanHome } from '../../../../src/sources/scan.js'
import { buildAccountsStoreWithWal } from '../../../helpers/accounts-sqlite.js'
import { SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS } from '../../../fixtures/apple-mail/accounts4-sample.js'

const home = fileURLToPath(new URL('../../../../samples/home', import.meta.url))
const store = `${home}/Library/Accounts/Accounts4.sqlite`

describe('the demo home', () => {
  it('holds the store scripts/build-sample-apple-mail.ts builds, small enough to commit', async () => {
    const { db, wal } = await buildAccountsStoreWithWal(SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS)
    expect(readFileSync(store).equals(Buffer.from(db))).toBe(true)
    expect(readFileSync(`${store}-wal`).equals(Buffer.from(wal))).toBe(true)
    expect(statSync(store).size + statSync(`${store}-wal`).size).toBeLessThan(200 * 1024)
  })

  it('shows Apple Mail of both eras (Accounts.plist and Accounts4 with a WAL-only account)', async () => {
    const { accounts, sources } = await readAppleMail({ home })
    expect(sources.map((s) => s.status)).toEqual(['ok', 'ok'])
    expect(new Set(accounts.map((a) => a.profile))).toEqual(new Set(['Mail V2', 'Accounts4']))
    expect(accounts.map((a) => a.name)).toContain('Added while Mail was open')
  })

  it('shows classic Outlook from the sample registry export', async () => {
    const { accounts } = await readOutlook({ home, registryFile: `${home}/outlook-registry.reg` })
    expect(accounts.map((a) => a.name)).toEqual(['jane.doe@corp.example', 'Work IMAP', 'Home ISP', 'jane@outlook.com'])
  })

  it('is read by scanHome: Apple Mail and Outlook accounts come out of one scan', async () => {
    const result = await scanHome({ home, registryFile: `${home}/outlook-registry.reg`, platform: 'linux' })
    const clients = new Set(result.accounts.map((a) => a.client))
    expect(clients.has('apple-mail') && clients.has('outlook')).toBe(true)
    expect(result.sources.filter((s) => s.client === 'apple-mail' || s.client === 'outlook').every((s) => s.status === 'ok')).toBe(true)
  })
})
