import { readFileSync } from 'node:fs'
import initSqlJs from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MailAccount } from '../../../../src/model.js'
import { readAccountsStore } from '../../../../src/sources/apple-mail/accounts-store.js'
import { applyWal } from '../../../../src/sources/apple-mail/sqlite-wal.js'
import { storeToMailAccounts } from '../../../../src/sources/apple-mail/store-accounts.js'
import { buildAccountsStoreWithWal } from '../../../helpers/accounts-sqlite.js'
import { SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS } from '../../../fixtures/apple-mail/accounts4-sample.js'
import { said } from '../../../helpers/said.js'

async function accountsOf(image: Uint8Array): Promise<MailAccount[]> {
  const SQL = await initSqlJs()
  const db = new SQL.Database(image)
  try {
    return storeToMailAccounts(readAccountsStore(db), 'Accounts4')
  } finally {
    db.close()
  }
}

const byName = (accounts: MailAccount[], name: string) => {
  const found = accounts.find((a) => a.name === name)
  if (!found) throw new Error(`no account named ${name}: ${accounts.map((a) => a.name).join(', ')}`)
  return found
}

describe('Accounts4.sqlite accounts', () => {
  let accounts: MailAccount[]
  beforeAll(async () => {
    const { db, wal } = await buildAccountsStoreWithWal(SAMPLE_STORE_ACCOUNTS, SAMPLE_WAL_ACCOUNTS)
    accounts = await accountsOf(applyWal(db, wal).image)
  })

  it('joins an IMAP account to the SMTP row its SendingAccountIdentifier names', () => {
    const work = byName(accounts, 'Example Org')
    expect(work.client).toBe('apple-mail')
    expect(work.email).toBe('sam@example.org')
    expect(work.incoming).toEqual({ protocol: 'imap', host: 'imap.example.org', port: 993, security: 'tls', username: 'sam@example.org', auth: 'password' })
    expect(work.outgoing).toEqual({ protocol: 'smtp', host: 'smtp.example.org', port: 587, security: 'starttls', username: 'sam@example.org', auth: 'password' })
  })

  it('uses the protocol default port when PortNumber is missing, and reads the POP deletion policy', () => {
    const pop = byName(accounts, 'Old ISP')
    expect(pop.incoming).toMatchObject({ protocol: 'pop3', host: 'pop.isp.example', port: 110, security: 'none' })
    expect(pop.email).toBe('sam@isp.example')
    expect(pop.pop3).toEqual({ leaveOnServer: true })
    expect(pop.outgoing).toMatchObject({ host: 'smtp.isp.example', port: 25, auth: 'none' })
    // Facts only: what POP3 and no encryption mean for a CRM is the guidance core's answer.
    expect(said(pop.warnings)).not.toMatch(/CRM|not encrypted/)
  })

  it('fills the well-known Gmail servers for a Google account without Hostname, and says so', () => {
    const gmail = byName(accounts, 'Gmail')
    expect(gmail.provider).toEqual({ id: 'googlemail.com', name: 'Google Mail' })
    expect(gmail.incoming).toEqual({ protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls', username: 'sam.sample@gmail.com', auth: 'oauth2' })
    expect(gmail.outgoing).toMatchObject({ host: 'smtp.gmail.com', port: 465, security: 'tls', auth: 'oauth2' })
    expect(said(gmail.warnings)).toMatch(/does not store the server.*implied by the account type/)
    expect(said(gmail.warnings)).not.toMatch(/CRM/)
  })

  it('skips provider accounts whose Mail data class is off, and non-mail types', () => {
    expect(accounts.map((a) => a.name)).not.toContain('Family calendar')
    expect(accounts.some((a) => a.incoming.host?.includes('caldav'))).toBe(false)
  })

  it("reads iCloud mail from the parent's IMAPMail child, with the token note", () => {
    const icloud = accounts.filter((a) => a.provider?.id === 'me.com')
    expect(icloud).toHaveLength(1)
    expect(icloud[0]!.incoming).toMatchObject({ host: 'imap.mail.me.com', port: 993, security: 'tls', username: 'sam.sample' })
    expect(icloud[0]!.email).toBe('sam.sample@icloud.com')
    expect(said(icloud[0]!.warnings)).toMatch(/Apple token: no password is stored/)
    // Which password another program needs is the guidance core's (Apple's own words there).
    expect(said(icloud[0]!.warnings)).not.toMatch(/app-specific password/)
  })

  it('says an Exchange server comes from autodiscover instead of inventing a host', () => {
    const ex = byName(accounts, 'Work Exchange')
    expect(ex.incoming).toMatchObject({ protocol: 'ews', host: null, port: null })
    expect(said(ex.warnings)).toMatch(/autodiscover/)
  })

  it('includes the account that is only in the write-ahead log (SSL on port 143 = STARTTLS)', () => {
    const added = byName(accounts, 'Added while Mail was open')
    expect(added.incoming).toMatchObject({ host: 'mail.newhost.example', port: 143, security: 'starttls' })
  })

  it('finds the data-class join table by name when the entity numbers differ', async () => {
    const { db } = await buildAccountsStoreWithWal(SAMPLE_STORE_ACCOUNTS, [], { accountEntity: 5 })
    const shifted = await accountsOf(db)
    expect(shifted.map((a) => a.name).sort()).toEqual(accounts.filter((a) => a.name !== 'Added while Mail was open').map((a) => a.name).sort())
    expect(shifted.map((a) => a.name)).not.toContain('Family calendar')
  })

  it('reads the real iOS store: a Gmail account with Mail on, decoded from NSKeyedArchiver blobs', async () => {
    const real = new Uint8Array(readFileSync(new URL('../../../fixtures/apple-mail/plaso_test_data_ios_Accounts3.sqlite', import.meta.url)))
    const found = await accountsOf(applyWal(real, null).image)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      name: 'Gmail',
      email: 'thisisdfir@gmail.com',
      provider: { id: 'googlemail.com' },
      incoming: { host: 'imap.gmail.com', port: 993, security: 'tls', auth: 'oauth2', username: 'thisisdfir@gmail.com' },
    })
  })
})
