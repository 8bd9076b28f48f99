import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { realFileAccess } from '../../../src/sources/apple-mail/fs-access.js'
import { findUnreadableClients } from '../../../src/sources/unreadable-clients.js'
import { said } from '../../helpers/said.js'

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
    expect(sources.map((s) => s.label)).toEqual(['New Outlook for Windows', 'Windows Mail', 'Outlook for Mac'])
    expect(said(sources[0]!.message)).toMatch(/^New Outlook for Windows.*cannot be read here/)
    expect(said(sources[1]!.message)).toMatch(/^Windows Mail.*cannot be read here/)
    expect(said(sources[2]!.message)).toMatch(/^Outlook for Mac.*cannot be read here/)
    // Where to look instead: the steps, once (not repeated in the message).
    expect(sources[0]!.fix?.steps.join(' ')).toMatch(/Settings \(the gear\) > Accounts/)
    expect(sources[1]!.fix?.steps.join(' ')).toMatch(/Manage accounts/)
    expect(sources[2]!.fix?.steps.join(' ')).toMatch(/Settings.*Accounts/)
    for (const s of sources) expect(said(s.message)).not.toContain(s.fix!.steps[0]!)
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
