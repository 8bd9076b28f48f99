// The readers' file calls come in two forms (src/sources/file-calls.ts): fs.promises for the app,
// calls on the main thread for the command. A user must never see a difference: the same
// answers, the same errors, the same scan.
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fileCalls, useBlockingFileCalls } from '../../../src/sources/file-calls.js'
import { scanHome } from '../../../src/sources/scan.js'
import { packagePath } from '../../../src/package-root.js'
import { makeHome, profilesIni, type TempHome } from './thunderbird/make-home.js'

const homes: TempHome[] = []
afterEach(() => {
  for (const h of homes.splice(0)) h.cleanup()
  useBlockingFileCalls(false)
})

/** What a call answered, or the error's code, syscall and path (never its stack). */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await call() }
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    return { code: e.code, syscall: e.syscall, path: e.path, message: e.message }
  }
}

async function answers(blocking: boolean, place: (p: string) => string): Promise<unknown[]> {
  useBlockingFileCalls(blocking)
  const calls = fileCalls()
  const names = ['file', 'link', 'dir', 'dangling', 'missing', 'file/below']
  const out: unknown[] = []
  for (const name of names) {
    const p = place(name)
    out.push(await outcome(() => calls.realpath(p)))
    out.push(await outcome(() => calls.present(p)))
    out.push(await outcome(async () => {
      const s = await calls.stat(p)
      return { file: s.isFile(), dir: s.isDirectory(), size: s.size }
    }))
    out.push(await outcome(async () => (await calls.readdir(p)).sort()))
    out.push(await outcome(async () => (await calls.readdirEntries(p)).map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink()]).sort()))
    out.push(await outcome(async () => {
      const handle = await calls.open(p, 0)
      try {
        const size = (await handle.stat()).size
        const buffer = Buffer.alloc(size + 1)
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
        return { size, text: buffer.subarray(0, bytesRead).toString('utf8') }
      } finally {
        await handle.close()
      }
    }))
  }
  return out
}

describe('the two forms of file calls', () => {
  it('answer alike: results and errors (code, syscall, path, message)', async () => {
    const h = makeHome({ file: 'settings\n', 'dir/inner.txt': 'x' })
    homes.push(h)
    symlinkSync(h.path('file'), h.path('link'))
    symlinkSync(h.path('nowhere'), h.path('dangling'))
    const promised = await answers(false, h.path)
    const blocking = await answers(true, h.path)
    expect(blocking).toEqual(promised)
    // The answers are real ones, not two equal failures.
    expect(promised[0]).toEqual({ ok: h.path('file') })
    expect(promised[6]).toEqual({ ok: h.path('file') })
    // present: something is there (a file, a link to one, a folder) or nothing is (a dangling
    // link, a missing name, a name below a file).
    const present = (name: string) => promised[['file', 'link', 'dir', 'dangling', 'missing', 'file/below'].indexOf(name) * 6 + 1]
    expect(['file', 'link', 'dir', 'dangling', 'missing', 'file/below'].map(present)).toEqual([true, true, true, false, false, false].map((ok) => ({ ok })))
  })

  it('give the same scan of the sample home (every reader) and of a crafted one', async () => {
    const sample = packagePath('samples', 'home')
    const h = makeHome({
      '.thunderbird/profiles.ini': `${profilesIni('a.default')}\n[Profile1]\nName=b\nIsRelative=1\nPath=b.default\n\n[Profile2]\nName=c\nIsRelative=1\nPath=c.default\n`,
      '.thunderbird/a.default/prefs.js': [
        'user_pref("mail.accountmanager.accounts", "account1");',
        'user_pref("mail.account.account1.server", "server1");',
        'user_pref("mail.account.account1.identities", "id1");',
        'user_pref("mail.identity.id1.useremail", "pop@example.com");',
        'user_pref("mail.server.server1.hostname", "pop.example.com");',
        'user_pref("mail.server.server1.type", "pop3");',
        'user_pref("mail.server.server1.directory-rel", "[ProfD]Mail/pop.example.com");',
        '',
      ].join('\n'),
      '.thunderbird/a.default/Mail/pop.example.com/Inbox': 'From a@example.com Mon Jan  1 00:00:00 2024\nSubject: 1\n\nx\n\nFrom b@example.com Mon Jan  1 00:00:00 2024\nSubject: 2\n\ny\n',
      '.thunderbird/b.default/prefs.js/placeholder': 'a folder where prefs.js should be',
    })
    homes.push(h)
    // A profile whose prefs.js is a pipe, and a mail folder linked out of the home.
    mkdirSync(h.path('.thunderbird/c.default'))
    execFileSync('mkfifo', [h.path('.thunderbird/c.default/prefs.js')])
    symlinkSync('/etc', h.path('.thunderbird/a.default/Mail/pop.example.com/Outside.sbd'))
    writeFileSync(h.path('.thunderbird/a.default/user.js'), 'user_pref("mail.server.server1.port", 995);\n')
    for (const [home, registryFile] of [
      [sample, path.join(sample, 'outlook-registry.reg')],
      [h.home, undefined],
    ] as const) {
      const promised = await scanHome({ home, registryFile, platform: 'linux' })
      const blocking = await scanHome({ home, registryFile, platform: 'linux', blockingFileCalls: true })
      expect(blocking).toEqual(promised)
      expect(promised.accounts.length).toBeGreaterThan(0)
    }
  })
})
