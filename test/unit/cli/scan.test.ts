import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import type { ScanResult } from '../../../src/model.js'
import { main } from '../../../src/cli/main.js'
import type { CliIo } from '../../../src/cli/io.js'
import { fixture, makeHome, profilesIni, type TempHome } from '../sources/thunderbird/make-home.js'

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

/** Each "Steps:" command of a scan's output, as a real shell splits it into words (the program's name left off). */
function stepsCommands(stdout: string): string[][] {
  return [...stdout.matchAll(/Steps: mail-settings-inspector (.+)/g)].map((m) =>
    execFileSync('sh', ['-c', `printf '%s\\0' ${m[1]}`], { encoding: 'utf8' }).split('\0').slice(0, -1),
  )
}

let home: TempHome | null = null
afterEach(() => {
  home?.cleanup()
  home = null
})

describe('demo', () => {
  it('shows the bundled macOS, Windows and Flatpak Thunderbird profiles in plain words', async () => {
    const { code, stdout } = await run('demo')
    expect(code).toBe(0)
    expect(stdout).toContain('Thunderbird - profile Library/Thunderbird/Profiles/k7x2p9qe.default-release')
    expect(stdout).toContain('Thunderbird - profile AppData/Roaming/Thunderbird/Profiles/r4b9x2mf.default-release')
    expect(stdout).toContain('Thunderbird - profile .var/app/org.mozilla.Thunderbird/.thunderbird/x3m8q2za.default-esr')
    expect(stdout).toMatch(/Incoming mail server: +imap\.gmail\.com \(IMAP\)/)
    expect(stdout).toMatch(/Incoming mail server: +pop\.gmx\.com \(POP3\)/)
    expect(stdout).toMatch(/Leave mail on server: +No/)
    expect(stdout).toMatch(/Incoming mail server: +outlook\.office365\.com \(IMAP\)/)
    expect(stdout).toMatch(/Security: +Encrypted from the start \(SSL\/TLS\)/)
    expect(stdout).toMatch(/Security: +Encrypted after connecting \(STARTTLS\)/)
    expect(stdout).toMatch(/Sign-in: +Provider's web sign-in \(OAuth2\)/)
  })

  it('gives each account the guidance core’s answer for a CRM, and the command for its steps', async () => {
    const { stdout } = await run('demo')
    const block = (email: string) => stdout.slice(stdout.indexOf(`${email} (`)).split('\n\n')[0]!
    const gmail = block('dana.whitfield.studio@gmail.com')
    expect(gmail).toMatch(/For a CRM: +IMAP: Yes\n +Password: +An app password, not your normal password\n +Best: +your CRM's "Sign in with Google" button/)
    expect(gmail).toContain('signs in through Gmail’s own page (OAuth2)')
    expect(gmail).toMatch(/Steps: mail-settings-inspector connect --account thunderbird-[0-9a-f]+/)
    const gmx = block('dana.whitfield@gmx.com')
    expect(gmx).toContain('! This account uses POP3: a CRM needs IMAP')
    expect(gmx).toContain('! IMAP must be switched on first')
    // The readers keep to facts: the POP3 decision is said once, by the core.
    expect(stdout).not.toContain('a CRM cannot sync POP3')
    const ms = block('marcus.okafor@brightwater-legal.example')
    expect(ms).toMatch(/Password: +No password works: sign in with Microsoft/)
    // Redacted output names no account id (an Outlook profile's name can be a person's).
    const { stdout: redacted } = await run('demo', '--redact')
    expect(redacted).toContain('For a CRM:')
    expect(redacted).not.toContain('connect --account')
  })

  it('prints one ScanResult document with --json', async () => {
    const { code, stdout } = await run('demo', '--json')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as ScanResult
    const tb = result.accounts.filter((a) => a.client === 'thunderbird')
    expect(tb.map((a) => a.email).sort()).toEqual([
      'dana.whitfield.studio@gmail.com',
      'dana.whitfield@gmx.com',
      'marcus.okafor@brightwater-legal.example',
      'priya@raman-design.example',
    ])
    const gmx = tb.find((a) => a.email === 'dana.whitfield@gmx.com')!
    expect(gmx.incoming).toEqual({ protocol: 'pop3', host: 'pop.gmx.com', port: 995, security: 'tls', username: 'dana.whitfield@gmx.com', auth: 'password' })
    expect(gmx.pop3).toEqual({ leaveOnServer: false })
    expect(result.sources.filter((s) => s.client === 'thunderbird').every((s) => s.status === 'ok')).toBe(true)
  })

  it('prints for every account a steps command that, pasted into a shell, finds that account', async () => {
    const { stdout } = await run('demo')
    const commands = stepsCommands(stdout)
    expect(commands).toHaveLength(18)
    // One of each kind: Thunderbird, Apple Mail (its ids hold a space: "Mail V2") and classic
    // Outlook (from the sample's .reg export).
    const kinds = ['thunderbird-', 'apple-mail:Mail V2:', 'outlook:'].map((prefix) => commands.find((words) => words[2]!.startsWith(prefix))!)
    for (const words of kinds) {
      const connect = await run(...words)
      expect({ words, stderr: connect.stderr }).toEqual({ words, stderr: '' })
      expect(connect.stdout).toMatch(/^Connecting \S+ to a CRM\n/)
    }
  })

  it('refuses --home: demo always reads the sample home', async () => {
    const { code, stderr } = await run('demo', '--home', '/tmp')
    expect(code).toBe(2)
    expect(stderr).toMatch(/scan --home DIR/)
  })
})

describe('scan', () => {
  function badHome(): TempHome {
    return makeHome({
      '.thunderbird/profiles.ini':
        '[Profile0]\nName=good\nIsRelative=1\nPath=good.default\n\n[Profile1]\nName=gone\nIsRelative=1\nPath=gone.default\n',
      '.thunderbird/good.default/prefs.js': fixture('eras/tb52-prefs.js'),
    })
  }

  it('reads --home DIR and lists each source that could not be read, and why', async () => {
    home = badHome()
    const { code, stdout } = await run('scan', '--home', home.home)
    expect(code).toBe(0)
    expect(stdout).toContain('tomasz.kowal@gmail.com')
    expect(stdout).toContain('Not everything could be read:')
    expect(stdout).toContain(`Thunderbird, ${home.path('.thunderbird/gone.default')}: Not on this computer. The profile folder does not exist.`)
  })

  it('names --home DIR in each steps command, quoted for the shell, so connect finds the account', async () => {
    home = makeHome()
    // A folder name a shell would split or end a quote at.
    const dir = home.write("Jane's copy/home dir/.thunderbird/profiles.ini", profilesIni('p.default'))
    home.write("Jane's copy/home dir/.thunderbird/p.default/prefs.js", fixture('eras/tb52-prefs.js'))
    const copied = home.path("Jane's copy/home dir")
    expect(dir.startsWith(copied)).toBe(true)
    const { stdout } = await run('scan', '--home', copied)
    const commands = stepsCommands(stdout)
    expect(commands.length).toBeGreaterThan(0)
    for (const words of commands) {
      expect(words.slice(-2)).toEqual(['--home', copied])
      const connect = await run(...words)
      expect(connect.stderr).toBe('')
      expect(connect.stdout).toMatch(/^Connecting \S+ to a CRM\n/)
    }
  })

  it('masks usernames and email local parts with --redact, keeping hosts and ports', async () => {
    home = badHome()
    const { stdout } = await run('scan', '--home', home.home, '--redact')
    expect(stdout).not.toContain('tomasz.kowal@gmail.com')
    expect(stdout).not.toContain('tomasz@kowal-studio.example')
    expect(stdout).toContain('t***@gmail.com')
    expect(stdout).toMatch(/imap\.gmail\.com/)
    expect(stdout).toMatch(/Port: +993/)
  })

  it('combines --json and --redact', async () => {
    home = badHome()
    const { stdout } = await run('scan', '--home', home.home, '--json', '--redact')
    const result = JSON.parse(stdout) as ScanResult
    const gmail = result.accounts.find((a) => a.incoming.host === 'imap.gmail.com')!
    expect(gmail.email).toBe('t***@gmail.com')
    expect(gmail.incoming.username).toBe('t***@gmail.com')
    expect(gmail.incoming.port).toBe(993)
    expect(stdout).not.toMatch(/tomasz/)
  })

  it('--redact leaves no username or local part of any demo account readable, in any reader', async () => {
    const plain = JSON.parse((await run('demo', '--json')).stdout) as ScanResult
    const redacted = (await run('demo', '--json', '--redact')).stdout
    const values = new Set<string>()
    for (const a of plain.accounts) {
      for (const v of [a.email, a.incoming.username, a.outgoing?.username]) {
        if (!v) continue
        values.add(v)
        // The local part, and each part of a DOMAIN\\user name.
        for (const part of v.split('@')[0]!.split('\\')) values.add(part)
      }
    }
    expect(plain.accounts.map((a) => a.client)).toEqual(expect.arrayContaining(['thunderbird', 'apple-mail', 'outlook']))
    for (const v of values) {
      // As a whole word: "sam" must not match the "samples" folder of the demo's path.
      const word = new RegExp(`(^|[^A-Za-z0-9._-])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9._-])`, 'i')
      expect(redacted, v).not.toMatch(word)
    }
  })

  it('--redact also masks another account named in a warning (a POP3 account stored in it)', async () => {
    const prefs = [
      'user_pref("mail.accountmanager.accounts", "account1,account2");',
      'user_pref("mail.account.account1.server", "server1");',
      'user_pref("mail.account.account1.identities", "id1");',
      'user_pref("mail.identity.id1.useremail", "bob.work@work.example");',
      'user_pref("mail.server.server1.type", "pop3");',
      'user_pref("mail.server.server1.hostname", "pop.work.example");',
      'user_pref("mail.server.server1.userName", "bob.work@work.example");',
      'user_pref("mail.server.server1.deferred_to_account", "account2");',
      'user_pref("mail.account.account2.server", "server2");',
      'user_pref("mail.account.account2.identities", "id2");',
      'user_pref("mail.identity.id2.useremail", "alice.private@home.example");',
      'user_pref("mail.server.server2.type", "imap");',
      'user_pref("mail.server.server2.name", "alice.private@home.example");',
      'user_pref("mail.server.server2.hostname", "imap.home.example");',
      'user_pref("mail.server.server2.userName", "alice.private@home.example");',
    ].join('\n')
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('p.default'), '.thunderbird/p.default/prefs.js': prefs })
    const plain = JSON.parse((await run('scan', '--home', home.home, '--json')).stdout) as ScanResult
    const pop = plain.accounts.find((a) => a.incoming.protocol === 'pop3')!
    expect(JSON.stringify(pop.warnings)).toContain('"target":"alice.private@home.example"')
    // --json says each note in words too, in the chosen language.
    expect((pop.warnings.find((w) => w.code === 'notes:thunderbird.deferredTo') as { text?: string }).text).toBe('New mail from this account is stored in “alice.private@home.example”, not in a folder of its own.')
    const { stdout } = await run('scan', '--home', home.home, '--json', '--redact')
    expect(stdout).not.toContain('alice.private')
    expect(stdout).not.toContain('bob.work')
    expect(stdout).toContain('a***@home.example')
  })

  it('notes accounts that Thunderbird itself ignores', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('p.default'), '.thunderbird/p.default/prefs.js': fixture('eras/tb115-prefs.js') })
    const { stdout } = await run('scan', '--home', home.home)
    expect(stdout).toContain('Notes on what was read:')
    expect(stdout).toMatch(/account5.*missing/)
  })

  it('says so when no mail account is found', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('empty.default'), '.thunderbird/empty.default/prefs.js': '// nothing\nuser_pref("a", 1);' })
    const { stdout } = await run('scan', '--home', home.home)
    expect(stdout).toContain('No mail accounts were found.')
    expect(stdout).toContain('Read, but no mail accounts set up:')
  })

  it('exits 2 when --home names no folder, instead of finding "no accounts"', async () => {
    home = makeHome({ 'file.txt': 'x' })
    for (const dir of [home.path('missing'), home.path('file.txt')]) {
      const { code, stdout, stderr } = await run('scan', '--home', dir)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain(dir)
    }
  })

  it('exits 2 on an unknown flag', async () => {
    const { code, stderr } = await run('scan', '--bogus')
    expect(code).toBe(2)
    expect(stderr).toMatch(/bogus/)
  })
})
