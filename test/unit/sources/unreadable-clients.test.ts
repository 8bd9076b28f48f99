import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { realFileAccess } from '../../../src/sources/apple-mail/fs-access.js'
import { findUnreadableClients } from '../../../src/sources/unreadable-clients.js'

const homes: string[] = []
afterEach(() => {
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true })
})

describe('clients whose settings cannot be read here', () => {
  it('names new Outlook, Windows Mail and Outlook for Mac, and says where to look instead', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'unreadable-'))
    homes.push(home)
    for (const dir of ['AppData/Local/Microsoft/Olk', 'AppData/Local/Comms/UnistoreDB', 'Library/Group Containers/UBF8T346G9.Office/Outlook']) {
      mkdirSync(path.join(home, dir), { recursive: true })
    }
    const { accounts, sources } = await findUnreadableClients({ home })
    expect(accounts).toEqual([])
    expect(sources.map((s) => s.status)).toEqual(['unreadable', 'unreadable', 'unreadable'])
    expect(sources[0]!.message).toMatch(/^New Outlook for Windows.*Settings \(the gear\) > Accounts/)
    expect(sources[1]!.message).toMatch(/^Windows Mail.*Manage accounts/)
    expect(sources[2]!.message).toMatch(/^Outlook for Mac.*Settings.*Accounts/)
    expect(sources.every((s) => (s.fix?.steps.length ?? 0) > 0)).toBe(true)
  })

  it('says nothing when none of them is there, and counts a refused look as present', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'unreadable-'))
    homes.push(home)
    expect((await findUnreadableClients({ home })).sources).toEqual([])
    const refused = await findUnreadableClients({ home }, {
      ...realFileAccess,
      isDirectory: async (p) => (p.includes('Group Containers') ? Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })) : realFileAccess.isDirectory(p)),
    })
    expect(refused.sources.map((s) => s.location)).toEqual([path.join(home, 'Library/Group Containers/UBF8T346G9.Office/Outlook')])
  })
})
