// The scan's Apple Mail and Outlook entries skip loading their readers when nothing of that
// client can be in the home; whatever the home holds, they must answer exactly as the readers.
import { mkdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readAppleMail } from '../../../src/sources/apple-mail/reader.js'
import { lazyAppleMailReader, lazyOutlookReader } from '../../../src/sources/lazy-readers.js'
import { readOutlook } from '../../../src/sources/outlook/reader.js'
import { makeHome, type TempHome } from './thunderbird/make-home.js'

const homes: TempHome[] = []
afterEach(() => {
  for (const h of homes.splice(0)) h.cleanup()
})
function home(files: Record<string, string> = {}): TempHome {
  const h = makeHome(files)
  homes.push(h)
  return h
}

const REG = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook]\r\n'

describe('the lazy Apple Mail entry', () => {
  const cases: [string, (h: TempHome) => void][] = [
    ['an empty home', () => {}],
    ['a file named Library', (h) => h.write('Library', 'not a folder')],
    ['a link named Library that leads nowhere', (h) => symlinkSync(path.join(h.home, 'gone'), h.path('Library'))],
    ['an empty Library', (h) => mkdirSync(h.path('Library'))],
    ['a Mail folder without an account list', (h) => mkdirSync(h.path('Library/Mail/V10/MailData'), { recursive: true })],
    ['a damaged com.apple.mail.plist', (h) => h.write('Library/Preferences/com.apple.mail.plist', 'bplist00 broken')],
  ]
  for (const [name, make] of cases) {
    it(`answers as the reader for ${name}`, async () => {
      const h = home()
      make(h)
      for (const platform of ['darwin', 'linux'] as const) {
        const options = { home: h.home, platform }
        expect(await lazyAppleMailReader.read(options)).toEqual(await readAppleMail(options))
      }
    })
  }

  it('still finds the Mail folder a home has', async () => {
    const h = home()
    mkdirSync(h.path('Library/Mail/V10/MailData'), { recursive: true })
    const result = await lazyAppleMailReader.read({ home: h.home })
    expect(result.sources.map((s) => [s.client, s.status])).toEqual([['apple-mail', 'not-found']])
  })
})

describe('the lazy Outlook entry', () => {
  it('answers as the reader without a registry, an export or a copied hive', async () => {
    const h = home()
    const options = { home: h.home, platform: 'linux' as const }
    expect(await lazyOutlookReader.read(options)).toEqual({ accounts: [], sources: [] })
    expect(await readOutlook(options)).toEqual({ accounts: [], sources: [] })
  })

  it('reads a registry export it is given', async () => {
    const h = home({ 'outlook.reg': REG })
    const options = { home: h.home, registryFile: h.path('outlook.reg'), platform: 'linux' as const }
    const result = await lazyOutlookReader.read(options)
    expect(result).toEqual(await readOutlook(options))
    expect(result.sources.map((s) => s.client)).toEqual(['outlook'])
  })

  it('names a copied NTUSER.DAT', async () => {
    const h = home({ 'NTUSER.DAT': 'regf' })
    const options = { home: h.home, platform: 'linux' as const }
    const result = await lazyOutlookReader.read(options)
    expect(result).toEqual(await readOutlook(options))
    expect(result.sources.map((s) => s.location)).toEqual([h.path('NTUSER.DAT')])
  })
})
