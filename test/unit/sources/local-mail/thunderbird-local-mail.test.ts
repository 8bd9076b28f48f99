// POP3 accounts' local mail in a real Thunderbird profile tree: mbox and maildir stores,
// .sbd subfolders, files that are no folders, a deferred account, a missing folder, and a
// home with hostile links and pipes in it.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { MailAccount } from '../../../../src/model.js'
import { readThunderbirdProfiles } from '../../../../src/sources/thunderbird/reader.js'
import { reRootUnderHome } from '../../../../src/sources/thunderbird/local-mail.js'
import { said } from '../../../helpers/said.js'

const FIXTURE_HOME = fileURLToPath(new URL('../../../fixtures/local-mail/thunderbird-home/', import.meta.url))
const PROFILE = 'AppData/Roaming/Thunderbird/Profiles/p1.default'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A writable copy of the fixture home (links and pipes are made per test, not kept in git). */
function copyHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'msi-tb-local-'))
  made.push(home)
  cpSync(FIXTURE_HOME, home, { recursive: true })
  return home
}

async function accountsOf(home: string): Promise<Map<string, MailAccount>> {
  const result = await readThunderbirdProfiles(home)
  return new Map(result.accounts.map((a) => [a.email ?? a.name, a]))
}

describe('Thunderbird local mail of POP3 accounts', () => {
  it('counts an mbox store over its folders and .sbd subfolders, skipping summaries and other files', async () => {
    const accounts = await accountsOf(copyHome())
    const a = accounts.get('ana@mbox.example')!
    // Inbox 3 (escaped and body "From" lines, one expunged), Sent 3 (CRLF), Trash 0, Archives 1,
    // Archives/2025 2, Archives/2025/Q1 1. Not: .msf, popstate.dat, filterlog.html, .DS_Store, .mozmsgs.
    expect(a.localMail).toMatchObject({ messages: 10, folders: 6 })
    const sizes = ['Inbox', 'Sent', 'Trash', 'Archives', 'Archives.sbd/2025', 'Archives.sbd/2025.sbd/Q1'].map(
      (f) => statSync(path.join(FIXTURE_HOME, PROFILE, 'Mail/pop.mbox.example', f)).size,
    )
    expect(a.localMail!.bytes).toBe(sizes.reduce((x, y) => x + y, 0))
    expect(a.localMailReason).toBeUndefined()
  })

  it('counts a maildir store from cur/ and new/, never tmp/, with the folder from an absolute Windows path', async () => {
    const accounts = await accountsOf(copyHome())
    const a = accounts.get('ana@maildir.example')!
    expect(a.localMail).toMatchObject({ messages: 5, folders: 3 })
  })

  it('counts Local Folders for an account that stores its mail there, and says so', async () => {
    const accounts = await accountsOf(copyHome())
    const a = accounts.get('ana@deferred.example')!
    expect(a.localMail).toMatchObject({ messages: 2, folders: 3 })
    expect(said(a.localMailReason)).toMatch(/stored in “Local Folders”.*other accounts/)
  })

  it('gives a reason instead of a count when the folder is gone, and counts nothing for IMAP', async () => {
    const accounts = await accountsOf(copyHome())
    expect(accounts.get('ana@gone.example')!.localMail).toBeNull()
    expect(said(accounts.get('ana@gone.example')!.localMailReason)).toMatch(/pop\.gone\.example is not there/)
    expect(accounts.get('ana@imap.example')!.localMail).toBeUndefined()
  })

  it('never follows a link out of the home, and skips pipes, while counting the rest', async () => {
    const home = copyHome()
    const outside = mkdtempSync(path.join(os.tmpdir(), 'msi-outside-'))
    made.push(outside)
    writeFileSync(path.join(outside, 'Secret'), 'From - Mon Nov 02 09:15:00 2026\nA: 1\nB: 2\n\nsecret\n\n')
    const mail = path.join(home, PROFILE, 'Mail/pop.mbox.example')
    symlinkSync(path.join(outside, 'Secret'), path.join(mail, 'Linked'))
    symlinkSync(outside, path.join(mail, 'Outside.sbd'))
    execFileSync('mkfifo', [path.join(mail, 'Pipe')])
    // A link to a folder inside the home is followed; one to a folder already counted is not.
    mkdirSync(path.join(home, 'Old mail'))
    cpSync(path.join(mail, 'Inbox'), path.join(home, 'Old mail', '2019'))
    symlinkSync(path.join(home, 'Old mail'), path.join(mail, 'Inbox.sbd'))
    symlinkSync(path.join(mail, 'Archives.sbd'), path.join(mail, 'Sent.sbd'))
    const accounts = await accountsOf(home)
    expect(accounts.get('ana@mbox.example')!.localMail).toMatchObject({ messages: 13, folders: 7 })
  })

  it('gives a reason when the account folder itself leads out of the home', async () => {
    const home = copyHome()
    const outside = mkdtempSync(path.join(os.tmpdir(), 'msi-outside-'))
    made.push(outside)
    const mail = path.join(home, PROFILE, 'Mail/pop.gone.example')
    symlinkSync(outside, mail)
    const accounts = await accountsOf(home)
    expect(accounts.get('ana@gone.example')!.localMail).toBeNull()
    expect(said(accounts.get('ana@gone.example')!.localMailReason)).toMatch(/outside the home folder/)
  })

  it('stops at the folder limit with a reason, on a folder tree nested without end', async () => {
    const home = copyHome()
    let dir = path.join(home, PROFILE, 'Mail/pop.gone.example')
    mkdirSync(dir)
    for (let i = 0; i < 40; i++) {
      writeFileSync(path.join(dir, 'F'), '')
      dir = path.join(dir, 'F.sbd')
      mkdirSync(dir)
    }
    const accounts = await accountsOf(home)
    expect(accounts.get('ana@gone.example')!.localMail).toBeNull()
    expect(said(accounts.get('ana@gone.example')!.localMailReason)).toMatch(/nested more than 32 deep/)
  })
})

describe('reRootUnderHome', () => {
  it('moves the stored home of Windows, macOS and Linux under the scanned home', () => {
    expect(reRootUnderHome('C:\\Users\\ana\\AppData\\Roaming\\Thunderbird\\Profiles\\p\\Mail\\pop.x', '/scan')).toBe(
      '/scan/AppData/Roaming/Thunderbird/Profiles/p/Mail/pop.x',
    )
    expect(reRootUnderHome('C:\\Documents and Settings\\ana\\Application Data\\Thunderbird\\p\\Mail\\x', '/scan')).toBe(
      '/scan/Application Data/Thunderbird/p/Mail/x',
    )
    expect(reRootUnderHome('/Users/dana/Library/Thunderbird/Profiles/p/Mail/pop.x', '/scan')).toBe('/scan/Library/Thunderbird/Profiles/p/Mail/pop.x')
    expect(reRootUnderHome('/home/priya/.thunderbird/p/Mail/pop.x', '/scan')).toBe('/scan/.thunderbird/p/Mail/pop.x')
    expect(reRootUnderHome('/scan/.thunderbird/p/Mail/pop.x', '/scan')).toBe('/scan/.thunderbird/p/Mail/pop.x')
  })

  it('refuses a path outside any home, or one that climbs out', () => {
    expect(reRootUnderHome('D:\\Mail\\pop.x', '/scan')).toBeNull()
    expect(reRootUnderHome('/srv/mail/pop.x', '/scan')).toBeNull()
    expect(reRootUnderHome('C:\\Users\\ana\\..\\bob\\Mail', '/scan')).toBeNull()
  })
})
