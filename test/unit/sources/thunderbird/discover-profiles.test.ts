import { symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeProfileFs } from '../../../../src/sources/thunderbird/profile-fs.js'
import { readThunderbirdProfiles } from '../../../../src/sources/thunderbird/reader.js'
import { parseIni, readProfilesIni } from '../../../../src/sources/thunderbird/profiles-ini.js'
import { fixture, makeHome, profilesIni, type TempHome } from './make-home.js'
import { said } from '../../../helpers/said.js'

const MINIMAL = (email: string) =>
  [
    'user_pref("mail.accountmanager.accounts", "account1");',
    'user_pref("mail.account.account1.server", "server1");',
    'user_pref("mail.account.account1.identities", "id1");',
    `user_pref("mail.identity.id1.useremail", "${email}");`,
    'user_pref("mail.server.server1.type", "imap");',
    'user_pref("mail.server.server1.hostname", "imap.example.net");',
  ].join('\n')

let home: TempHome | null = null
afterEach(() => {
  home?.cleanup()
  home = null
})

describe('profiles.ini', () => {
  it('reads every [ProfileN], relative and absolute, and the defaults of [Install...] sections', () => {
    const ini = parseIni(
      '[Install308046B0AF4A39CB]\r\nDefault=Profiles/b.default-release\r\nLocked=1\r\n\r\n' +
        '[Profile1]\r\nName=b\r\nIsRelative=1\r\nPath=Profiles/b.default-release\r\n\r\n' +
        '[Profile0]\r\nName=a\r\nIsRelative=0\r\nPath=/srv/mail/a\r\nDefault=1\r\n\r\n' +
        '[Profile5]\r\nName=gap\r\nIsRelative=1\r\nPath=Profiles/gap\r\n',
    )
    const { profiles, problems } = readProfilesIni(ini)
    expect(problems).toEqual([])
    expect(profiles.map((p) => [p.name, p.path, p.isRelative, p.isDefault])).toEqual([
      ['b', 'Profiles/b.default-release', true, true],
      ['a', '/srv/mail/a', false, true],
      ['gap', 'Profiles/gap', true, false],
    ])
  })

  it('adds a profile named only by installs.ini and reports a [ProfileN] without Path', () => {
    const { profiles, problems } = readProfilesIni(
      parseIni('[Profile0]\nName=broken\nIsRelative=1\n'),
      parseIni('[ABCDEF0123456789]\nDefault=Profiles/only-in-installs\n'),
    )
    expect(profiles.map((p) => p.path)).toEqual(['Profiles/only-in-installs'])
    expect(problems[0]?.section).toBe('Profile0')
  })

  it('reads the real Windows profiles.ini, LF and CRLF', () => {
    for (const name of ['real/cmcdragonkai-windows-profiles.ini', 'real/cmcdragonkai-windows-profiles.crlf.ini']) {
      const { profiles } = readProfilesIni(parseIni(fixture(name).toString('utf8')))
      expect(profiles).toEqual([{ section: 'Profile0', name: 'Default', path: 'Profiles/Default', isRelative: true, isDefault: true }])
    }
  })
})

describe('discovery under a home, every OS at once', () => {
  const places: [string, string, string][] = [
    ['thunderbird', 'Library/Thunderbird', 'Profiles/a1.default-release'],
    ['thunderbird', 'AppData/Roaming/Thunderbird', 'Profiles/b2.default-release'],
    ['thunderbird', '.thunderbird', 'c3.default-release'],
    ['thunderbird', '.icedove', 'd4.default'],
    ['thunderbird', '.var/app/org.mozilla.Thunderbird/.thunderbird', 'e5.default-esr'],
    ['thunderbird', '.var/app/eu.betterbird.Betterbird/.thunderbird', 'f6.default-release'],
    ['thunderbird', 'snap/thunderbird/common/.thunderbird', 'g7.default'],
    ['seamonkey', 'AppData/Roaming/Mozilla/SeaMonkey', 'Profiles/h8.default'],
    ['seamonkey', 'Library/Application Support/SeaMonkey', 'Profiles/i9.default'],
    ['seamonkey', '.mozilla/seamonkey', 'j0.default'],
    ['postbox', 'AppData/Roaming/Postbox', 'Profiles/k1.default'],
    ['postbox', 'AppData/Roaming/PostboxApp', 'Profiles/l2.default'],
    ['postbox', 'Library/Application Support/Postbox', 'Profiles/m3.default'],
    ['postbox', 'Library/Application Support/PostboxApp', 'Profiles/n4.default'],
  ]

  it('finds a profile in each known location, with the right client and a home-relative profile name', async () => {
    home = makeHome()
    places.forEach(([, root, profile], i) => {
      home!.write(`${root}/profiles.ini`, profilesIni(profile))
      home!.write(`${root}/${profile}/prefs.js`, MINIMAL(`user${i}@example.net`))
    })
    const result = await readThunderbirdProfiles(home.home)
    expect(result.sources.filter((s) => s.status !== 'ok')).toEqual([])
    const got = result.accounts.map((a) => [a.client, a.profile, a.email]).sort()
    const want = places.map(([client, root, profile], i) => [client, `${root}/${profile}`, `user${i}@example.net`]).sort()
    expect(got).toEqual(want)
    for (const s of result.sources) expect(path.isAbsolute(s.location)).toBe(true)
  })

  it('reads Windows-style relative paths and a CRLF profiles.ini from a copied Windows home', async () => {
    home = makeHome({
      'AppData/Roaming/Thunderbird/profiles.ini': fixture('real/cmcdragonkai-windows-profiles.crlf.ini'),
      'AppData/Roaming/Thunderbird/Profiles/Default/prefs.js': fixture('real/cmcdragonkai-tb45.5-windows-prefs.crlf.js'),
    })
    const result = await readThunderbirdProfiles(home.home)
    expect(result.accounts).toHaveLength(3)
    expect(result.sources).toEqual([
      { client: 'thunderbird', location: home.path('AppData/Roaming/Thunderbird/Profiles/Default'), status: 'ok', accounts: 3 },
    ])
  })

  it('reads a SeaMonkey and a Postbox profile from their fixtures', async () => {
    home = makeHome({
      '.mozilla/seamonkey/profiles.ini': profilesIni('x.default'),
      '.mozilla/seamonkey/x.default/prefs.js': fixture('clients/seamonkey-prefs.js'),
      'Library/Application Support/Postbox/profiles.ini': profilesIni('Profiles/y.default'),
      'Library/Application Support/Postbox/Profiles/y.default/prefs.js': fixture('clients/postbox-prefs.js'),
    })
    const { accounts } = await readThunderbirdProfiles(home.home)
    expect(accounts.map((a) => [a.client, a.email])).toEqual([
      ['seamonkey', 'greta.holm@seafarer.example'],
      ['postbox', 'leo.marsh@icloud.com'],
    ])
  })

  it('reads a profile folder once when .icedove links to .thunderbird', async () => {
    home = makeHome({
      '.thunderbird/profiles.ini': profilesIni('z.default'),
      '.thunderbird/z.default/prefs.js': MINIMAL('once@example.net'),
    })
    symlinkSync(home.path('.thunderbird'), home.path('.icedove'))
    const { accounts, sources } = await readThunderbirdProfiles(home.home)
    expect(accounts).toHaveLength(1)
    expect(sources).toHaveLength(1)
  })

  it('finds profiles by their prefs.js when profiles.ini is missing', async () => {
    home = makeHome({ '.thunderbird/q.default/prefs.js': MINIMAL('noini@example.net') })
    const { accounts } = await readThunderbirdProfiles(home.home)
    expect(accounts.map((a) => a.email)).toEqual(['noini@example.net'])
  })

  it('says nothing about clients that are not installed', async () => {
    home = makeHome()
    expect(await readThunderbirdProfiles(home.home)).toEqual({ accounts: [], sources: [] })
  })
})

describe('discovery: profiles that cannot be read', () => {
  it('reports a profile whose folder is missing and still reads the others', async () => {
    home = makeHome({
      '.thunderbird/profiles.ini':
        '[Profile0]\nName=gone\nIsRelative=1\nPath=gone.default\n\n[Profile1]\nName=ok\nIsRelative=1\nPath=ok.default\n',
      '.thunderbird/ok.default/prefs.js': MINIMAL('still@example.net'),
    })
    const { accounts, sources } = await readThunderbirdProfiles(home.home)
    expect(accounts.map((a) => a.email)).toEqual(['still@example.net'])
    const gone = sources.find((s) => s.location.endsWith('gone.default'))
    expect(gone).toMatchObject({ status: 'not-found', accounts: 0 })
    expect(said(gone?.message)).toMatch(/listed in profiles\.ini.*gone/)
  })

  it('does not read a profile that profiles.ini places outside the home, and says so', async () => {
    const outside = makeHome({ 'elsewhere/prefs.js': MINIMAL('outside@example.net') })
    try {
      home = makeHome({
        '.thunderbird/profiles.ini':
          `[Profile0]\nName=abs\nIsRelative=0\nPath=${outside.path('elsewhere')}\n\n` +
          '[Profile1]\nName=rel\nIsRelative=1\nPath=../../../../../../../../etc\n\n' +
          '[Profile2]\nName=win\nIsRelative=0\nPath=C:\\Users\\ana\\AppData\\Roaming\\Thunderbird\\Profiles\\w.default\n',
      })
      const { accounts, sources } = await readThunderbirdProfiles(home.home)
      expect(accounts).toEqual([])
      expect(sources).toHaveLength(3)
      for (const s of sources) expect(s.status).toBe('not-found')
      expect(said(sources[0]!.message)).toMatch(/outside the home folder/)
      expect(said(sources[1]!.message)).toMatch(/outside the home folder/)
      expect(said(sources[2]!.message)).toMatch(/another computer/)
    } finally {
      outside.cleanup()
    }
  })

  it("reads a profile kept elsewhere on this computer when the home is this computer's own", async () => {
    // A plain `scan` of your own computer: Thunderbird really uses that folder (another
    // drive, say), so it is read; only a copied home keeps the refusal above.
    const outside = makeHome({ 'elsewhere/prefs.js': MINIMAL('outside@example.net') })
    try {
      home = makeHome({ '.thunderbird/profiles.ini': `[Profile0]\nName=abs\nIsRelative=0\nPath=${outside.path('elsewhere')}\n` })
      const { accounts, sources } = await readThunderbirdProfiles(home.home, undefined, { ownComputer: true })
      expect(accounts.map((a) => [a.email, a.profile])).toEqual([['outside@example.net', outside.path('elsewhere')]])
      expect(sources.map((s) => s.status)).toEqual(['ok'])
    } finally {
      outside.cleanup()
    }
  })

  it('reports a symlink loop as unreadable', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('loop.default') })
    symlinkSync(home.path('.thunderbird/loop.default'), home.path('.thunderbird/loop.default'))
    const { sources } = await readThunderbirdProfiles(home.home)
    expect(sources).toHaveLength(1)
    expect(sources[0]).toMatchObject({ status: 'unreadable', accounts: 0 })
    expect(said(sources[0]!.message)).toMatch(/symlink loop/)
  })

  it('reports a profile that is a file, not a folder', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('file.default'), '.thunderbird/file.default': 'x' })
    const { sources } = await readThunderbirdProfiles(home.home)
    expect(sources[0]).toMatchObject({ status: 'unreadable' })
    expect(said(sources[0]!.message)).toMatch(/a file is in its place/)
  })

  it('reports profiles.ini problems in a report of their own', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': '[Profile0]\nName=nopath\n' })
    const { sources } = await readThunderbirdProfiles(home.home)
    expect(sources.map((s) => [s.location, s.status])).toEqual([
      [home.path('.thunderbird/profiles.ini'), 'unreadable'],
      [home.path('.thunderbird/profiles.ini'), 'not-found'],
    ])
  })
})

describe('discovery: more profiles.ini shapes', () => {
  it('reads an absolute profile path that lies inside the home', async () => {
    home = makeHome({ 'mail/abs.default/prefs.js': MINIMAL('abs@example.net') })
    home.write('.thunderbird/profiles.ini', `[Profile0]\nName=abs\nIsRelative=0\nPath=${home.path('mail/abs.default')}\n`)
    const { accounts } = await readThunderbirdProfiles(home.home)
    expect(accounts.map((a) => [a.email, a.profile])).toEqual([['abs@example.net', 'mail/abs.default']])
  })

  it('reads a profile named only by installs.ini', async () => {
    home = makeHome({
      'Library/Thunderbird/profiles.ini': '[General]\nStartWithLastProfile=1\nVersion=2\n',
      'Library/Thunderbird/installs.ini': '[2656FF1E876E9973]\nDefault=Profiles/i.default-release\nLocked=1\n',
      'Library/Thunderbird/Profiles/i.default-release/prefs.js': MINIMAL('install@example.net'),
    })
    const { accounts } = await readThunderbirdProfiles(home.home)
    expect(accounts.map((a) => a.email)).toEqual(['install@example.net'])
  })

  it('reports an unreadable user.js as partial and still applies prefs.js', async () => {
    home = makeHome({
      '.thunderbird/profiles.ini': profilesIni('u.default'),
      '.thunderbird/u.default/prefs.js': MINIMAL('userjs@example.net'),
    })
    symlinkSync(home.path('.thunderbird/u.default/user.js'), home.path('.thunderbird/u.default/user.js'))
    const { accounts, sources } = await readThunderbirdProfiles(home.home)
    expect(accounts).toHaveLength(1)
    expect(sources[0]).toMatchObject({ status: 'partial', accounts: 1 })
    expect(said(sources[0]!.message)).toMatch(/user\.js.*symlink loop/)
  })
})

describe('discovery: profile roots that cannot be read', () => {
  it('reports a profiles folder that links to itself', async () => {
    home = makeHome()
    symlinkSync(home.path('.thunderbird'), home.path('.thunderbird'))
    const { sources } = await readThunderbirdProfiles(home.home)
    expect(sources.map((s) => ({ ...s, message: said(s.message) }))).toEqual([
      {
        client: 'thunderbird',
        location: home.path('.thunderbird'),
        status: 'unreadable',
        accounts: 0,
        message: 'Thunderbird (Linux): the profiles folder could not be opened: it is a link that leads back to itself (a symlink loop).',
      },
    ])
  })

  it('reports a profiles folder that cannot be opened and still reads the other clients', async () => {
    home = makeHome({
      '.thunderbird/profiles.ini': profilesIni('a.default'),
      '.thunderbird/a.default/prefs.js': MINIMAL('a@example.net'),
      '.mozilla/seamonkey/profiles.ini': profilesIni('s.default'),
      '.mozilla/seamonkey/s.default/prefs.js': MINIMAL('s@example.net'),
    })
    const denied = home.path('.thunderbird')
    const fs = {
      ...nodeProfileFs,
      stat: async (file: string) => {
        if (file === denied) throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
        return nodeProfileFs.stat(file)
      },
    }
    const { accounts, sources } = await readThunderbirdProfiles(home.home, fs)
    expect(accounts.map((a) => a.email)).toEqual(['s@example.net'])
    expect(sources.find((s) => s.location === denied)).toMatchObject({ status: 'permission-denied' })
  })
})
