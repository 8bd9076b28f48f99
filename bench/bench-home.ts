// The scan benchmarks' home: 10 Thunderbird profiles x 30 accounts, one prefs.js padded to
// ~5 MB with escaped JSON blobs, as real big prefs.js files are (add-on and calendar data).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const PROFILES = 10
export const ACCOUNTS = 30

export function profilePrefs(profile: number, padToBytes = 0): string {
  const lines: string[] = ['// Mozilla User Preferences', '']
  const keys: string[] = []
  for (let a = 1; a <= ACCOUNTS; a++) {
    keys.push(`account${a}`)
    const host = `mail${a}.bench-${profile}.example`
    lines.push(
      `user_pref("mail.account.account${a}.identities", "id${a}");`,
      `user_pref("mail.account.account${a}.server", "server${a}");`,
      `user_pref("mail.identity.id${a}.fullName", "Bench User ${a}");`,
      `user_pref("mail.identity.id${a}.smtpServer", "smtp${a}");`,
      `user_pref("mail.identity.id${a}.useremail", "user${a}@bench-${profile}.example");`,
      `user_pref("mail.server.server${a}.directory-rel", "[ProfD]ImapMail/${host}");`,
      `user_pref("mail.server.server${a}.hostname", "${host}");`,
      `user_pref("mail.server.server${a}.port", 993);`,
      `user_pref("mail.server.server${a}.socketType", 3);`,
      `user_pref("mail.server.server${a}.type", "${a % 5 === 0 ? 'pop3' : 'imap'}");`,
      `user_pref("mail.server.server${a}.userName", "user${a}@bench-${profile}.example");`,
      `user_pref("mail.smtpserver.smtp${a}.hostname", "smtp.bench-${profile}.example");`,
      `user_pref("mail.smtpserver.smtp${a}.port", 587);`,
      `user_pref("mail.smtpserver.smtp${a}.try_ssl", 2);`,
      `user_pref("mail.smtpserver.smtp${a}.username", "user${a}@bench-${profile}.example");`,
    )
  }
  lines.push(`user_pref("mail.accountmanager.accounts", "${keys.join(',')}");`)
  lines.push(`user_pref("mail.smtpservers", "${keys.map((_, i) => `smtp${i + 1}`).join(',')}");`)
  let text = lines.join('\n') + '\n'
  // Real big prefs.js files are big because of add-on and calendar blobs: escaped JSON.
  const filler = (i: number) =>
    `user_pref("extensions.bench.blob${i}", "{\\"schema\\":1,\\"path\\":\\"C:\\\\\\\\Users\\\\\\\\bench\\\\\\\\${'x'.repeat(120)}\\",\\"on\\":true}");\n`
  for (let i = 0; text.length < padToBytes; i++) text += filler(i)
  return text
}

export function buildBenchHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'msi-bench-'))
  const root = path.join(home, '.thunderbird')
  const ini: string[] = ['[General]', 'StartWithLastProfile=1', '']
  for (let p = 0; p < PROFILES; p++) {
    const dir = `p${p}.default`
    ini.push(`[Profile${p}]`, `Name=p${p}`, 'IsRelative=1', `Path=${dir}`, '')
    mkdirSync(path.join(root, dir), { recursive: true })
    writeFileSync(path.join(root, dir, 'prefs.js'), profilePrefs(p, p === 0 ? 5 * 1024 * 1024 : 0))
  }
  writeFileSync(path.join(root, 'profiles.ini'), ini.join('\n'))
  return home
}
