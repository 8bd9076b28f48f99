import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { parseRegistryFile, readOutlook } from '../../../../src/sources/outlook/reader.js'
import { readLiveRegistry } from '../../../../src/sources/outlook/live-registry.js'
import { outlookAccounts } from '../../../../src/sources/outlook/outlook-accounts.js'
import { said } from '../../../helpers/said.js'

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/outlook/${name}`, import.meta.url))
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'outlook-test-'))
  dirs.push(d)
  return d
}

describe('readOutlook', () => {
  it('reads Outlook 2016 accounts from a .reg export: IMAP, POP3, Exchange and Outlook.com', async () => {
    const { accounts, sources } = await readOutlook({ home: tempDir(), registryFile: fixture('outlook-2016.reg') })
    expect(sources).toMatchObject([{ client: 'outlook', status: 'ok', accounts: 4 }])
    const [exchange, imap, pop, outlookCom] = accounts
    expect(imap).toMatchObject({
      client: 'outlook',
      profile: 'Outlook (default profile)',
      name: 'Work IMAP',
      email: 'jane@example.com',
      incoming: { protocol: 'imap', host: 'mail.example.com', port: 993, security: 'tls', username: 'jane@example.com', auth: 'password' },
      outgoing: { protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'jane@example.com', auth: 'password' },
    })
    expect(pop).toMatchObject({
      incoming: { protocol: 'pop3', host: 'pop.isp.example', port: 110, security: 'none', username: 'jsmith' },
      outgoing: { host: 'smtp.isp.example', port: 25, auth: 'none', username: null },
      pop3: { leaveOnServer: false },
    })
    expect(exchange!.incoming).toMatchObject({ protocol: 'exchange', host: null })
    expect(said(exchange!.warnings)).toMatch(/autodiscover/)
    expect(outlookCom!.provider?.id).toBe('hotmail.com')
  })

  it('never reads a stored password: the secrets in the export appear nowhere in the result', async () => {
    const result = JSON.stringify(await readOutlook({ home: tempDir(), registryFile: fixture('outlook-2016.reg') }))
    const secretHex = Buffer.from('SECRET', 'utf16le').toString('hex')
    expect(result).not.toMatch(/SECRET|Hunter2/i)
    expect(result.toLowerCase()).not.toContain(secretHex)
    expect(readFileSync(fixture('outlook-2016.reg')).toString('utf16le')).toContain('Password') // the fixture does hold them
  })

  it('reads Outlook 2003-2010 (Windows Messaging Subsystem) from `reg query /s` text', async () => {
    const { accounts, sources } = await readOutlook({ home: tempDir(), registryFile: fixture('outlook-2010-reg-query.txt') })
    expect(sources[0]).toMatchObject({ status: 'ok', accounts: 2 })
    expect(accounts[0]).toMatchObject({
      profile: 'Default Outlook Profile (default profile)',
      incoming: { protocol: 'imap', host: 'imap.club.example', port: 143, security: 'none', username: 'chair' },
      outgoing: { host: 'smtp.club.example', port: 465, security: 'tls', username: 'chair', auth: 'password' },
    })
    expect(accounts[1]).toMatchObject({ incoming: { protocol: 'pop3', port: 995, security: 'tls' }, pop3: { leaveOnServer: true } })
  })

  it('keeps what it could read from a truncated export and says the rest was lost', async () => {
    const dir = tempDir()
    const full = readFileSync(fixture('outlook-2016.reg'))
    const cut = full.subarray(0, full.indexOf(Buffer.from('"POP3 Password"', 'utf16le')) - 40)
    const file = path.join(dir, 'cut.reg')
    writeFileSync(file, cut)
    const { accounts, sources } = await readOutlook({ home: dir, registryFile: file })
    expect(accounts.map((a) => a.name)).toContain('Work IMAP')
    expect(sources[0]).toMatchObject({ status: 'partial' })
    expect(said(sources[0]!.message)).toMatch(/cut off/)
  })

  it('says clearly when the registry file is missing or not a registry file', async () => {
    const dir = tempDir()
    const missing = await readOutlook({ home: dir, registryFile: path.join(dir, 'nope.reg') })
    expect(missing.sources[0]).toMatchObject({ status: 'unreadable' })
    expect(said(missing.sources[0]!.message)).toBe('The registry file could not be read: the file does not exist.')
    writeFileSync(path.join(dir, 'photo.reg'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    const wrong = await readOutlook({ home: dir, registryFile: path.join(dir, 'photo.reg') })
    expect(said(wrong.sources[0]!.message)).toMatch(/neither a \.reg export nor the output of “reg query”/)
  })

  it('names new Outlook when UseNewOutlook is on', async () => {
    const dir = tempDir()
    const text = readFileSync(fixture('outlook-2016.reg')).toString('utf16le').replace('"UseNewOutlook"=dword:00000000', '"UseNewOutlook"=dword:00000001')
    writeFileSync(path.join(dir, 'new.reg'), Buffer.concat([Buffer.from(text, 'utf16le')]))
    const { sources } = await readOutlook({ home: dir, registryFile: path.join(dir, 'new.reg') })
    expect(sources.map((s) => s.status)).toEqual(['ok', 'unreadable'])
    expect(said(sources[1]!.message)).toMatch(/New Outlook for Windows/)
    expect(sources[1]!.fix?.steps.join(' ')).toMatch(/Settings/)
  })

  it('explains how to export the registry when only a copied NTUSER.DAT is there', async () => {
    const home = tempDir()
    writeFileSync(path.join(home, 'NTUSER.DAT'), 'regf')
    const { sources } = await readOutlook({ home, platform: 'linux' })
    expect(sources[0]).toMatchObject({ status: 'unreadable' })
    expect(said(sources[0]!.message)).toMatch(/reg export HKCU\\Software\\Microsoft\\Office outlook\.reg/)
  })

  it('says nothing off Windows when no export is given and no profile copy is there', async () => {
    expect(await readOutlook({ home: tempDir(), platform: 'darwin' })).toEqual({ accounts: [], sources: [] })
  })
})

describe('the live registry adapter', () => {
  it('builds the same tree from reg.exe output for each fixed root, skipping missing keys', async () => {
    const asked: string[] = []
    const { tree } = await readLiveRegistry(async (key) => {
      asked.push(key)
      return key.includes('Windows Messaging') ? readFileSync(fixture('outlook-2010-reg-query.txt'), 'utf8') : null
    })
    expect(asked).toHaveLength(3)
    expect(asked.every((k) => k.startsWith('HKCU\\Software\\Microsoft\\'))).toBe(true)
    expect(outlookAccounts(tree).accounts.map((a) => a.name)).toEqual(['Club mail', 'Family POP'])
  })
})

describe('classic Outlook Exchange accounts', () => {
  it('report the address Outlook names them by, though no "Email" value is stored', async () => {
    const utf16 = (text: string) => [...Buffer.from(`${text}\0`, 'utf16le')].map((b) => b.toString(16).padStart(2, '0')).join(',')
    const base = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676'
    const reg = [
      'Windows Registry Editor Version 5.00',
      '',
      `[${base}\\00000001]`,
      '"clsid"="{ED475414-B0D6-11D2-8C3B-00104B2A6676}"',
      `"Account Name"=hex:${utf16('jane.doe@corp.example')}`,
      '',
      `[${base}\\00000002]`,
      '"clsid"="{ED475414-B0D6-11D2-8C3B-00104B2A6676}"',
      `"Account Name"=hex:${utf16('Company mailbox')}`,
      '',
    ].join('\r\n')
    const { accounts } = outlookAccounts(parseRegistryFile(new TextEncoder().encode(reg)).tree)
    expect(accounts.map((a) => [a.name, a.email, a.incoming.username])).toEqual([
      ['jane.doe@corp.example', 'jane.doe@corp.example', 'jane.doe@corp.example'],
      ['Company mailbox', null, null],
    ])
  })
})
