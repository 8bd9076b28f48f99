// Outlook POP3 accounts: the data file (.pst) is named when found, and the count is honestly
// not given (this tool does not open Outlook data files).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { readOutlook } from '../../../../src/sources/outlook/reader.js'
import { said } from '../../../helpers/said.js'

const registry = fileURLToPath(new URL('../../../fixtures/outlook/outlook-2016.reg', import.meta.url))
const made: string[] = []
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true })
})

function home(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'msi-outlook-local-'))
  made.push(d)
  return d
}

describe('Outlook local mail', () => {
  it("names the POP3 account's own data file and its size, without a count", async () => {
    const h = home()
    mkdirSync(path.join(h, 'Documents', 'Outlook Files'), { recursive: true })
    const { accounts: before } = await readOutlook({ home: h, registryFile: registry })
    const pop = before.find((a) => a.incoming.protocol === 'pop3')!
    writeFileSync(path.join(h, 'Documents', 'Outlook Files', `${pop.email}.pst`), Buffer.alloc(3 * 1024 * 1024))
    writeFileSync(path.join(h, 'Documents', 'Outlook Files', 'someone-else@example.com.pst'), 'x')
    const { accounts } = await readOutlook({ home: h, registryFile: registry })
    const a = accounts.find((x) => x.incoming.protocol === 'pop3')!
    expect(a.localMail).toBeNull()
    expect(said(a.localMailReason)).toContain(path.join(h, 'Documents', 'Outlook Files', `${pop.email}.pst`))
    expect(said(a.localMailReason)).toMatch(/\(3\.0 MB\).*does not open Outlook data files/)
    for (const other of accounts.filter((x) => x.incoming.protocol !== 'pop3')) expect(other.localMail).toBeUndefined()
  })

  it('says the data file was not found when there is none', async () => {
    const { accounts } = await readOutlook({ home: home(), registryFile: registry })
    const a = accounts.find((x) => x.incoming.protocol === 'pop3')!
    expect(a.localMail).toBeNull()
    expect(said(a.localMailReason)).toMatch(/was not found in the usual folders/)
  })
})
