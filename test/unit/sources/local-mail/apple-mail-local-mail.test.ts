// Apple Mail POP accounts' local mail in emlx trees of two eras: Mail V2 (POP-user@host,
// Messages inside each .mbox) and Mail V10 (the account's UUID, Messages under the mailbox's
// UUID/Data/...), found from the accounts Apple Mail's own account lists name.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { MailAccount } from '../../../../src/model.js'
import { readAppleMail } from '../../../../src/sources/apple-mail/reader.js'
import { realFileAccess, type FileAccess } from '../../../../src/sources/apple-mail/fs-access.js'
import { buildAccountsStore } from '../../../helpers/accounts-sqlite.js'
import { SAMPLE_STORE_ACCOUNTS } from '../../../fixtures/apple-mail/accounts4-sample.js'
import { said } from '../../../helpers/said.js'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function appleHome(): Promise<string> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'msi-apple-local-'))
  made.push(home)
  const mail = path.join(home, 'Library', 'Mail')
  mkdirSync(path.join(mail, 'V2', 'MailData'), { recursive: true })
  copyFileSync(path.join(FIXTURES, 'apple-mail', 'Accounts-V2.plist'), path.join(mail, 'V2', 'MailData', 'Accounts.plist'))
  mkdirSync(path.join(home, 'Library', 'Accounts'), { recursive: true })
  writeFileSync(path.join(home, 'Library', 'Accounts', 'Accounts4.sqlite'), await buildAccountsStore(SAMPLE_STORE_ACCOUNTS))
  cpSync(path.join(FIXTURES, 'local-mail', 'apple-mail'), mail, { recursive: true })
  return home
}

function pop(accounts: MailAccount[], profile: string): MailAccount {
  const found = accounts.find((a) => a.incoming.protocol === 'pop3' && a.profile === profile)
  expect(found).toBeDefined()
  return found!
}

describe('Apple Mail local mail of POP accounts', () => {
  it('counts a Mail V2 account folder: .mbox mailboxes, nested ones, .partial.emlx, not attachments', async () => {
    const { accounts } = await readAppleMail({ home: await appleHome() })
    const a = pop(accounts, 'Mail V2')
    // INBOX 4 (one partial), Sent 1, Deleted 0, Projects 1, Projects/Clients 1.
    expect(a.localMail).toMatchObject({ messages: 7, folders: 5 })
    expect(a.localMail!.bytes).toBeGreaterThan(0)
  })

  it("counts a Mail V10 account folder named by the account's UUID, with mailbox UUID/Data layers", async () => {
    const { accounts } = await readAppleMail({ home: await appleHome() })
    const a = pop(accounts, 'Accounts4')
    // INBOX 9 (one partial), Sent 1, Archive 0 + Archive/2023 2, Junk 0.
    expect(a.localMail).toMatchObject({ messages: 12, folders: 5 })
  })

  it('counts nothing for IMAP accounts', async () => {
    const { accounts } = await readAppleMail({ home: await appleHome() })
    for (const a of accounts.filter((x) => x.incoming.protocol !== 'pop3')) expect(a.localMail).toBeUndefined()
  })

  it('gives a reason when the account folder is missing, and never follows a link out of the home', async () => {
    const home = await appleHome()
    rmSync(path.join(home, 'Library/Mail/V2/POP-jsmith@pop.isp.example'), { recursive: true })
    const outside = mkdtempSync(path.join(os.tmpdir(), 'msi-outside-'))
    made.push(outside)
    mkdirSync(path.join(outside, 'Messages'))
    writeFileSync(path.join(outside, 'Messages', '1.emlx'), '5\nhello')
    symlinkSync(outside, path.join(home, 'Library/Mail/V10/2B3C4D5E-6F70-4819-A2B3-C4D5E6F70802/Linked.mbox'))
    const { accounts } = await readAppleMail({ home })
    expect(pop(accounts, 'Mail V2').localMail).toBeNull()
    expect(said(pop(accounts, 'Mail V2').localMailReason)).toMatch(/were not found/)
    expect(pop(accounts, 'Accounts4').localMail).toMatchObject({ messages: 12, folders: 5 })
  })

  it('says the count needs Full Disk Access when macOS refuses the Mail folder', async () => {
    const home = await appleHome()
    const mailDir = path.join(home, 'Library', 'Mail')
    // TCC answers EPERM even to root, which chmod cannot imitate: refuse through the reader's seam.
    const refusing: FileAccess = {
      ...realFileAccess,
      readdir: async (p) => {
        if (path.resolve(p) === mailDir) throw Object.assign(new Error('Operation not permitted'), { code: 'EPERM' })
        return realFileAccess.readdir(p)
      },
    }
    const { accounts } = await readAppleMail({ home }, refusing)
    expect(pop(accounts, 'Accounts4').localMail).toBeNull()
    expect(said(pop(accounts, 'Accounts4').localMailReason)).toMatch(/Full Disk Access/)
  })
})
