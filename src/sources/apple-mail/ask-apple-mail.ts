// Runs APPLE_MAIL_SCRIPT with osascript (macOS only). The script goes in on stdin; argv
// holds no user data. Called only on an explicit user action (it starts Mail).
import { execFile } from 'node:child_process'
import type { ScanResult } from '../../model.js'
import { t } from '../../i18n/i18n.js'
import { note } from '../../words/words.js'
import { cutNote } from '../limits.js'
import { APPLE_MAIL_SCRIPT, parseAppleMailAnswer } from './applescript.js'

export type OsascriptRunner = (script: string) => Promise<string>

export const runOsascript: OsascriptRunner = (script) =>
  new Promise((resolve, reject) => {
    const child = execFile('/usr/bin/osascript', [], { timeout: 120_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(Object.assign(new Error(String(stderr).trim() || error.message), { cause: error }))
      resolve(stdout)
    })
    child.stdin?.end(script)
  })

export const AUTOMATION_LINK = 'x-apple.systempreferences:com.apple.preference.security?Privacy_Automation'

export async function askAppleMail(platform: NodeJS.Platform = process.platform, run: OsascriptRunner = runOsascript): Promise<ScanResult> {
  if (platform !== 'darwin') throw Object.assign(new Error(t('errors:askAppleMailNeedsMac')), { code: 'errors:askAppleMailNeedsMac' })
  // eslint-disable-next-line i18next/no-literal-string -- a program and its means, the same in every language
  const location = 'Apple Mail (AppleScript)'
  let text: string
  try {
    text = await run(APPLE_MAIL_SCRIPT)
  } catch (error) {
    const message = (error as Error).message
    // -1743: the user (or policy) did not allow this app to control Mail.
    if (/-1743|not authori[sz]ed|not allowed/i.test(message)) {
      return {
        accounts: [],
        sources: [
          {
            client: 'apple-mail',
            location,
            status: 'permission-denied',
            accounts: 0,
            message: [note('notes:askAppleMail.denied')],
            fix: {
              steps: [t('notes:askAppleMail.step1'), t('notes:askAppleMail.step2'), t('notes:askAppleMail.step3')],
              links: [AUTOMATION_LINK],
              linksOpen: 'automation-settings',
            },
          },
        ],
      }
    }
    return { accounts: [], sources: [{ client: 'apple-mail', location, status: 'unreadable', accounts: 0, message: [cutNote(note('notes:askAppleMail.noAnswer', { error: message }))] }] }
  }
  const { accounts, skipped } = parseAppleMailAnswer(text)
  const report: ScanResult['sources'][number] = { client: 'apple-mail', location, status: skipped.length ? 'partial' : 'ok', accounts: accounts.length }
  if (skipped.length) report.message = [cutNote(note('notes:askAppleMail.skipped', { accounts: skipped.join(', ') }))]
  return { accounts, sources: [report] }
}
