import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, openSync, writeSync, closeSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { scanHome } from '../../../../src/sources/scan.js'
import { nodeProfileFs, type ProfileFs } from '../../../../src/sources/thunderbird/profile-fs.js'
import { readThunderbirdProfiles, thunderbirdReader } from '../../../../src/sources/thunderbird/reader.js'
import { fixture, makeHome, profilesIni, type TempHome } from './make-home.js'
import { said } from '../../../helpers/said.js'

const GOOD = fixture('eras/tb115-prefs.js')

let home: TempHome | null = null
afterEach(() => {
  home?.cleanup()
  home = null
})

/** A home with one good profile and one profile whose prefs.js is `bad`. */
function homeWithBadProfile(bad: string | Uint8Array | null): TempHome {
  const t = makeHome({
    '.thunderbird/profiles.ini':
      '[Profile0]\nName=good\nIsRelative=1\nPath=good.default\n\n[Profile1]\nName=bad\nIsRelative=1\nPath=bad.default\n',
    '.thunderbird/good.default/prefs.js': GOOD,
  })
  if (bad === null) mkdirSync(t.path('.thunderbird/bad.default'), { recursive: true })
  else t.write('.thunderbird/bad.default/prefs.js', bad)
  return t
}

async function badReport(t: TempHome, fs?: ProfileFs) {
  const result = await readThunderbirdProfiles(t.home, fs)
  // The good profile is always read in full.
  expect(result.accounts.filter((a) => a.profile === '.thunderbird/good.default')).toHaveLength(2)
  const report = result.sources.find((s) => s.location === t.path('.thunderbird/bad.default'))
  expect(report).toBeDefined()
  return { report: report!, result }
}

describe('thunderbird reader: bad input never loses other results', () => {
  it('an empty prefs.js', async () => {
    home = homeWithBadProfile('')
    const { report } = await badReport(home)
    expect(report).toMatchObject({ status: 'unreadable', accounts: 0 })
    expect(said(report.message)).toMatch(/empty/)
  })

  it('a profile with no prefs.js at all', async () => {
    home = homeWithBadProfile(null)
    const { report } = await badReport(home)
    expect(report).toMatchObject({ status: 'not-found' })
    expect(said(report.message)).toMatch(/no settings file/)
  })

  it('a truncated prefs.js keeps the accounts it still describes', async () => {
    const cut = GOOD.subarray(0, GOOD.indexOf('mail.server.server6.socketType'))
    home = homeWithBadProfile(cut)
    const { report, result } = await badReport(home)
    expect(report.status).toBe('partial')
    expect(said(report.message)).toMatch(/1 line of prefs\.js could not be read \(first at line \d+: unterminated string literal\)/)
    // The cut fell inside the last account's server: that account is reported, the first kept.
    expect(said(report.message)).toMatch(/account6/)
    const fromBad = result.accounts.filter((a) => a.profile === '.thunderbird/bad.default')
    expect(fromBad.map((a) => a.email)).toEqual(['sam.lindqvist@nordkust.example'])
  })

  it('a binary prefs.js', async () => {
    const noise = Buffer.from(randomBytes(64 * 1024).map((b) => (b === 0 ? 1 : b)))
    home = homeWithBadProfile(noise)
    const { report } = await badReport(home)
    expect(report).toMatchObject({ status: 'unreadable', accounts: 0 })
    expect(said(report.message)).toMatch(/not in the format Thunderbird writes/)
  })

  it('non-UTF-8 bytes are read as latin-1', async () => {
    home = homeWithBadProfile(fixture('clients/latin1-prefs.js'))
    const { report, result } = await badReport(home)
    expect(report).toMatchObject({ status: 'ok', accounts: 1 })
    expect(result.accounts.find((a) => a.email === 'rene@cafe-lumiere.example')?.name).toBe('René - Café Lumière')
  })

  it('a 50 MB prefs.js, generated here', async () => {
    home = homeWithBadProfile(GOOD)
    const file = home.path('.thunderbird/bad.default/prefs.js')
    const fd = openSync(file, 'a')
    const chunk = Buffer.from(
      Array.from({ length: 2000 }, (_, i) => `user_pref("extensions.filler.${i}", "${'x'.repeat(200)}");\n`).join(''),
    )
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk)
    closeSync(fd)
    const { report } = await badReport(home)
    expect(report).toMatchObject({ status: 'ok', accounts: 2 })
  })

  it('a pipe, or a link to an endless device, where prefs.js or profiles.ini should be', async () => {
    // A FIFO's open() waits for a writer and /dev/zero never ends: either would hang the scan.
    home = homeWithBadProfile(null)
    execFileSync('mkfifo', [home.path('.thunderbird/bad.default/prefs.js')])
    const { report } = await badReport(home)
    expect(report.status).toBe('unreadable')
    expect(said(report.message)).toMatch(/prefs\.js is not an ordinary file/)

    const other = makeHome({ '.icedove/p.default/prefs.js': GOOD, '.thunderbird/good.default/prefs.js': GOOD })
    try {
      symlinkSync('/dev/zero', other.path('.icedove/profiles.ini'))
      execFileSync('mkfifo', [other.path('.thunderbird/profiles.ini')])
      // Unconfined, so the link reaches the device check (a --home scan stops it earlier: it leads outside).
      const result = await readThunderbirdProfiles(other.home, nodeProfileFs)
      // Both roots fall back to looking for profile folders, and say why.
      expect(result.accounts).toHaveLength(4)
      expect(result.sources.filter((s) => /profiles\.ini is not an ordinary file/.test(said(s.message)))).toHaveLength(2)
    } finally {
      other.cleanup()
    }
  })

  it('a folder where prefs.js should be', async () => {
    home = homeWithBadProfile(null)
    mkdirSync(home.path('.thunderbird/bad.default/prefs.js'))
    const { report } = await badReport(home)
    expect(report.status).toBe('unreadable')
    expect(said(report.message)).toMatch(/is a folder/)
  })

  it('a profile that cannot be opened (permission denied)', async () => {
    home = homeWithBadProfile(GOOD)
    const denied = home.path('.thunderbird/bad.default')
    // Tests run as root, where chmod 000 does not stop reads: inject the error instead.
    const fs: ProfileFs = {
      ...nodeProfileFs,
      stat: async (file) => {
        if (file === denied || file.startsWith(denied + path.sep)) {
          throw Object.assign(new Error(`EACCES: permission denied, stat '${file}'`), { code: 'EACCES' })
        }
        return nodeProfileFs.stat(file)
      },
    }
    const { report } = await badReport(home, fs)
    expect(report).toMatchObject({ status: 'permission-denied', accounts: 0 })
    expect(said(report.message)).toBe('The profile folder could not be opened: permission denied.')
  })

  it('an unreadable profiles.ini still finds the profiles in the folder', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('p.default'), '.thunderbird/p.default/prefs.js': GOOD })
    const ini = home.path('.thunderbird/profiles.ini')
    const fs: ProfileFs = {
      ...nodeProfileFs,
      readFile: async (file, max) => {
        if (file === ini) throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
        return nodeProfileFs.readFile(file, max)
      },
    }
    const result = await readThunderbirdProfiles(home.home, fs)
    expect(result.accounts).toHaveLength(2)
    expect(result.sources.find((s) => s.location === ini)).toMatchObject({ status: 'permission-denied' })
  })

  it('an fs that throws anything at all never makes the reader throw', async () => {
    home = homeWithBadProfile(GOOD)
    const fs: ProfileFs = {
      readFile: async () => {
        throw new TypeError('boom')
      },
      stat: async () => {
        throw 'not even an Error'
      },
      readdir: async () => {
        throw null
      },
      realpath: async () => {
        throw new Error('x')
      },
    }
    const result = await readThunderbirdProfiles(home.home, fs)
    expect(result.accounts).toEqual([])
    for (const s of result.sources) {
      expect(s.status).toBe('unreadable')
      expect(said(s.message)).toMatch(/could not be read/)
    }
  })
})

describe('thunderbird reader: stored passwords', () => {
  it('never opens logins.json, key4.db or signons.sqlite', async () => {
    home = makeHome({
      '.thunderbird/profiles.ini': profilesIni('p.default'),
      '.thunderbird/p.default/prefs.js': GOOD,
      '.thunderbird/p.default/user.js': 'user_pref("mail.server.server2.port", 993);',
      '.thunderbird/p.default/logins.json': '{"logins":[{"encryptedPassword":"secret"}]}',
      '.thunderbird/p.default/key4.db': 'SQLite format 3\0',
      '.thunderbird/p.default/signons.sqlite': 'SQLite format 3\0',
    })
    const touched: string[] = []
    const recording: ProfileFs = {
      readFile: (f, max) => (touched.push(f), nodeProfileFs.readFile(f, max)),
      stat: (f) => (touched.push(f), nodeProfileFs.stat(f)),
      readdir: (d) => (touched.push(d), nodeProfileFs.readdir(d)),
      realpath: (f) => (touched.push(f), nodeProfileFs.realpath(f)),
    }
    const result = await readThunderbirdProfiles(home.home, recording)
    expect(result.accounts).toHaveLength(2)
    expect(touched.some((f) => f.endsWith('prefs.js'))).toBe(true)
    expect(touched.some((f) => f.endsWith('user.js'))).toBe(true)
    for (const f of touched) expect(path.basename(f)).not.toMatch(/^(logins\.json|key[34]\.db|signons.*)$/)
  })
})

describe('thunderbird reader: as registered in scanHome', () => {
  it('is the reader scanHome uses for the Thunderbird family', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('p.default'), '.thunderbird/p.default/prefs.js': GOOD })
    const direct = await thunderbirdReader.read({ home: home.home })
    const scan = await scanHome({ home: home.home }, [thunderbirdReader])
    expect(scan.sources).toEqual(direct.sources)
    // scanHome adds the provider; the reader itself leaves it empty.
    const withoutProvider = (accounts: typeof direct.accounts) => accounts.map(({ provider: _provider, ...rest }) => rest)
    expect(withoutProvider(scan.accounts)).toEqual(withoutProvider(direct.accounts))
    expect(direct.accounts.every((a) => a.provider === null)).toBe(true)
  })
})
