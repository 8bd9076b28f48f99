// Scan speed: a generated home with 10 Thunderbird profiles x 30 accounts plus one ~5 MB
// prefs.js. Targets: a scan in under 150 ms beyond Node's start-up; the prefs
// parser at 50 MB/s or more. Timed in-process after a warm-up.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanHome } from '../src/sources/scan.js'
import { parsePrefs } from '../src/sources/thunderbird/prefs-parser.js'
import { readThunderbirdProfiles } from '../src/sources/thunderbird/reader.js'

const PROFILES = 10
const ACCOUNTS = 30

function profilePrefs(profile: number, padToBytes = 0): string {
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

function buildHome(): string {
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

interface Timing {
  median: number
  best: number
}

/** Median and best of `runs` after a warm-up; on a busy machine the best is the fairer figure. */
async function timeIt(runs: number, fn: () => Promise<unknown> | unknown): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn() // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! }
}

const ms = (t: Timing) => `${t.median.toFixed(1)} ms median, ${t.best.toFixed(1)} ms best`

export async function run(): Promise<void> {
  const home = buildHome()
  try {
    const check = await readThunderbirdProfiles(home)
    if (check.accounts.length !== PROFILES * ACCOUNTS) {
      throw new Error(`expected ${PROFILES * ACCOUNTS} accounts, got ${check.accounts.length}`)
    }
    const big = Buffer.from(profilePrefs(0, 5 * 1024 * 1024))
    const parse = await timeIt(10, () => parsePrefs(big))
    const mbPerSecond = (t: number) => (big.length / 1e6 / (t / 1000)).toFixed(0)
    const thunderbird = await timeIt(10, () => readThunderbirdProfiles(home))
    const scan = await timeIt(10, () => scanHome({ home }))
    console.log(`home: ${PROFILES} profiles x ${ACCOUNTS} accounts, one prefs.js of ${(big.length / 1e6).toFixed(1)} MB`)
    console.log(`load average: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (figures inflate under load)`)
    console.log(`prefs parser: ${mbPerSecond(parse.median)} MB/s median, ${mbPerSecond(parse.best)} MB/s best (target >= 50)`)
    console.log(`thunderbird reader: ${ms(thunderbird)}`)
    console.log(`full scan (every reader): ${ms(scan)} (target < 150)`)
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}
