// The fixture home of the flows' end-to-end tests: one Thunderbird profile whose accounts
// point at loopback servers started by the test (scripted Gmail-like and Microsoft-like
// IMAP, Dovecot). Written as Thunderbird writes prefs.js: user_pref("name", value);
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export interface FixtureServer {
  host: string
  port: number
  /** Thunderbird's socketType: 0 = plain, 2 = STARTTLS, 3 = SSL/TLS (nsMsgSocketType in MailNewsTypes2.idl). */
  socketType: 0 | 2 | 3
}

export interface FixtureAccount {
  key: string
  email: string
  username: string
  /** Thunderbird's server type; 'ews' is an Exchange mailbox (Thunderbird 140's Exchange support). */
  type: 'imap' | 'pop3' | 'ews'
  /** The Exchange Web Services address of an 'ews' account (mail.server.*.ews_url). */
  ewsUrl?: string
  incoming: FixtureServer
  smtp?: FixtureServer
  leaveOnServer?: boolean
  /** Thunderbird's authMethod (nsMsgAuthMethod in MailNewsTypes2.idl): 3 = normal password, 10 = OAuth2. */
  authMethod?: number
}

function pref(name: string, value: string | number | boolean): string {
  return `user_pref(${JSON.stringify(name)}, ${typeof value === 'string' ? JSON.stringify(value) : String(value)});`
}

export function prefsFor(accounts: FixtureAccount[]): string {
  const lines = ['// Mozilla User Preferences', pref('mail.accountmanager.accounts', accounts.map((a) => `account_${a.key}`).join(','))]
  const smtpKeys: string[] = []
  for (const a of accounts) {
    lines.push(
      pref(`mail.account.account_${a.key}.server`, `server_${a.key}`),
      pref(`mail.account.account_${a.key}.identities`, `id_${a.key}`),
      pref(`mail.server.server_${a.key}.type`, a.type),
      pref(`mail.server.server_${a.key}.hostname`, a.incoming.host),
      pref(`mail.server.server_${a.key}.port`, a.incoming.port),
      pref(`mail.server.server_${a.key}.socketType`, a.incoming.socketType),
      pref(`mail.server.server_${a.key}.userName`, a.username),
      pref(`mail.server.server_${a.key}.name`, a.email),
      pref(`mail.identity.id_${a.key}.useremail`, a.email),
      pref(`mail.identity.id_${a.key}.fullName`, 'Fixture Person'),
    )
    if (a.authMethod !== undefined) lines.push(pref(`mail.server.server_${a.key}.authMethod`, a.authMethod))
    if (a.ewsUrl) lines.push(pref(`mail.server.server_${a.key}.ews_url`, a.ewsUrl))
    if (a.type === 'pop3') lines.push(pref(`mail.server.server_${a.key}.leave_on_server`, a.leaveOnServer ?? false))
    if (a.smtp) {
      smtpKeys.push(`smtp_${a.key}`)
      lines.push(
        pref(`mail.identity.id_${a.key}.smtpServer`, `smtp_${a.key}`),
        pref(`mail.smtpserver.smtp_${a.key}.hostname`, a.smtp.host),
        pref(`mail.smtpserver.smtp_${a.key}.port`, a.smtp.port),
        pref(`mail.smtpserver.smtp_${a.key}.try_ssl`, a.smtp.socketType),
        pref(`mail.smtpserver.smtp_${a.key}.username`, a.username),
      )
      if (a.authMethod !== undefined) lines.push(pref(`mail.smtpserver.smtp_${a.key}.auth_method`, a.authMethod))
    }
  }
  if (smtpKeys.length) lines.push(pref('mail.smtpservers', smtpKeys.join(',')))
  return `${lines.join('\n')}\n`
}

/** A fresh home with a Linux Thunderbird profile holding these accounts. */
export async function writeFlowsHome(accounts: FixtureAccount[]): Promise<string> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'flows-home-'))
  const root = path.join(home, '.thunderbird')
  await mkdir(path.join(root, 'fixture.default'), { recursive: true })
  await writeFile(path.join(root, 'profiles.ini'), '[General]\nStartWithLastProfile=1\n\n[Profile0]\nName=default\nIsRelative=1\nPath=fixture.default\nDefault=1\n')
  await writeFile(path.join(root, 'fixture.default', 'prefs.js'), prefsFor(accounts))
  return home
}
