// The readers' sentences in the user's language: a scan in German says its notes (an account's
// facts, why a profile could not be read, why mail was not counted) in German, with no English
// sentence left, and --json keeps each note's code and values and adds its words in the chosen
// language. --redact masks the values a note names, never its code.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { ScanResult } from '../../../src/model.js'
import { main } from '../../../src/cli/main.js'
import type { CliIo } from '../../../src/cli/io.js'
import { setLanguage } from '../../../src/i18n/i18n.js'
import ENGLISH_NOTES from '../../../src/i18n/locales/en/notes.json' with { type: 'json' }
import { makeHome, profilesIni, type TempHome } from '../sources/thunderbird/make-home.js'

async function run(...argv: string[]) {
  let stdout = ''
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => {}, readStdin: async () => '' }
  const code = await main(argv, io, { LANG: 'C' })
  return { code, stdout }
}

const PREFS = [
  'user_pref("mail.accountmanager.accounts", "account1,account2");',
  'user_pref("mail.accountmanager.localfoldersserver", "server2");',
  'user_pref("mail.account.account1.server", "server1");',
  'user_pref("mail.account.account1.identities", "id1");',
  'user_pref("mail.identity.id1.useremail", "berta.haller@work.example");',
  'user_pref("mail.server.server1.type", "pop3");',
  'user_pref("mail.server.server1.hostname", "pop.work.example");',
  'user_pref("mail.server.server1.userName", "berta.haller");',
  'user_pref("mail.server.server1.deferred_to_account", "account2");',
  'user_pref("mail.server.server1.directory-rel", "[ProfD]Mail/pop.work.example");',
  'user_pref("mail.account.account2.server", "server2");',
  'user_pref("mail.server.server2.type", "none");',
  'user_pref("mail.server.server2.directory-rel", "[ProfD]Mail/Local Folders");',
].join('\n')

/** Every English sentence of the notes catalogue, for "none of these is left". */
function englishSentences(catalogue: object): string[] {
  return Object.values(catalogue).flatMap((v) => (typeof v === 'string' ? [v.replace(/\{[^}]*\}.*$/s, '').trim()] : englishSentences(v as object)))
}

let home: TempHome | null = null
afterEach(() => {
  home?.cleanup()
  home = null
})
afterAll(() => setLanguage('en'))

describe('the readers’ notes in the user’s language', () => {
  it('says an account’s facts, a missing profile and mail not counted in German, no English sentence left', async () => {
    home = makeHome({
      '.thunderbird/profiles.ini': profilesIni('p.default', '\n[Profile1]\nName=weg\nIsRelative=1\nPath=gone.default\n'),
      '.thunderbird/p.default/prefs.js': PREFS,
    })
    const { code, stdout } = await run('--lang', 'de', 'scan', '--home', home.home)
    expect(code).toBe(0)
    // The account's fact, with Thunderbird's Local Folders named as a German Thunderbird names them.
    expect(stdout).toContain('Neue E-Mails dieses Kontos werden in „Lokale Ordner“ abgelegt, nicht in einem eigenen Ordner.')
    // The profile listed in profiles.ini whose folder is gone.
    expect(stdout).toContain('Der Profilordner existiert nicht. Es ist in profiles.ini eingetragen, aber der Ordner ist nicht mehr da')
    // The local mail count: the Local Folders' folder is not there.
    expect(stdout).toMatch(/Nicht gezählt: Der E-Mail-Ordner .*Local Folders ist nicht vorhanden/)
    for (const sentence of englishSentences(ENGLISH_NOTES).filter((s) => s.split(' ').length >= 3)) expect(stdout).not.toContain(sentence)
  })

  it('keeps codes and values in --json, adds the words in the chosen language, and masks only values with --redact', async () => {
    home = makeHome({ '.thunderbird/profiles.ini': profilesIni('p.default'), '.thunderbird/p.default/prefs.js': PREFS })
    const german = JSON.parse((await run('--lang', 'de', 'scan', '--home', home.home, '--json')).stdout) as ScanResult
    const english = JSON.parse((await run('--lang', 'en', 'scan', '--home', home.home, '--json')).stdout) as ScanResult
    const deferred = (scan: ScanResult) => scan.accounts[0]!.warnings.find((w) => w.code === 'notes:thunderbird.deferredTo') as { code: string; params: object; text: string }
    expect(deferred(german).params).toEqual({ target: 'notes:thunderbird.localFolders' })
    expect(deferred(english).params).toEqual(deferred(german).params)
    expect(deferred(german).text).toBe('Neue E-Mails dieses Kontos werden in „Lokale Ordner“ abgelegt, nicht in einem eigenen Ordner.')
    expect(deferred(english).text).toBe('New mail from this account is stored in “Local Folders”, not in a folder of its own.')
    const reason = german.accounts[0]!.localMailReason as { code: string; params: { folder: string }; text: string }
    expect(reason.code).toBe('notes:localMail.folderGone')
    expect(reason.params.folder).toContain(home.home)
    expect(reason.text).toContain('Nicht gezählt')
    // --redact: the home folder's user name is masked inside the value; the code is kept.
    const redacted = JSON.parse((await run('--lang', 'de', 'scan', '--home', home.home, '--json', '--redact')).stdout) as ScanResult
    expect(redacted.accounts[0]!.localMailReason?.code).toBe('notes:localMail.folderGone')
    expect(JSON.stringify(redacted)).not.toContain('berta.haller')
  })
})
