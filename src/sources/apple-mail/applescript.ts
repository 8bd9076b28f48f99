// The route that needs no Full Disk Access: ask Mail itself over AppleScript. It starts
// Mail and macOS shows an Automation prompt once, so it runs only on an explicit user
// action. Property names are Mail's scripting dictionary (Mail.sdef: account's server name,
// port, uses ssl, user name, authentication, account type, email addresses, delivery
// account; pop account's delete mail on server). The script prints "key<TAB>value" lines,
// one "end" line per account; parseAppleMailAnswer reads that text and nothing else.
import type { Auth, MailAccount, Note, ServerSettings } from '../../model.js'
import { note } from '../../words/words.js'
import { labelledProfile, unnamedAccount } from '../labels.js'
import { asBool, asPort, securityFrom } from './mail-values.js'
import { wellKnownForHost } from './well-known.js'
import { stableId } from '../stable-id.js'

export const APPLE_MAIL_SCRIPT = `
on clean(v)
  if v is missing value then return ""
  set t to v as text
  set AppleScript's text item delimiters to {tab, return, linefeed}
  set parts to text items of t
  set AppleScript's text item delimiters to " "
  set t to parts as text
  set AppleScript's text item delimiters to ""
  return t
end clean
on line_(k, v)
  return k & tab & my clean(v) & linefeed
end line_
tell application "Mail"
  set out to ""
  repeat with a in every account
    set out to out & my line_("account", name of a)
    set out to out & my line_("type", account type of a)
    set out to out & my line_("enabled", enabled of a)
    set out to out & my line_("server", server name of a)
    set out to out & my line_("port", port of a)
    set out to out & my line_("ssl", uses ssl of a)
    set out to out & my line_("user", user name of a)
    set out to out & my line_("auth", authentication of a)
    repeat with e in (email addresses of a)
      set out to out & my line_("email", e)
    end repeat
    try
      set out to out & my line_("leave-on-server", not (delete mail on server of a))
    end try
    try
      set d to delivery account of a
      if d is not missing value then
        set out to out & my line_("smtp-server", server name of d)
        set out to out & my line_("smtp-port", port of d)
        set out to out & my line_("smtp-ssl", uses ssl of d)
        set out to out & my line_("smtp-user", user name of d)
        set out to out & my line_("smtp-auth", authentication of d)
      end if
    end try
    set out to out & "end" & linefeed
  end repeat
  return out
end tell
`

/** Mail's authentication enumeration, as AppleScript prints it. */
function authFromScript(value: string | undefined): Auth | null {
  switch ((value ?? '').trim().toLowerCase()) {
    case '':
      return null
    case 'password':
      return 'password'
    case 'md5':
    case 'apop':
      return 'password-encrypted'
    case 'ntlm':
      return 'ntlm'
    case 'kerberos 5':
      return 'gssapi'
    case 'external':
      return 'client-certificate'
    case 'none':
      return 'none'
    default:
      return 'unknown' // "Apple token" (iCloud) and anything newer
  }
}

function protocolOf(type: string | undefined): 'imap' | 'pop3' | 'ews' | null {
  switch ((type ?? '').trim().toLowerCase()) {
    case 'imap':
    case 'icloud':
      return 'imap'
    case 'pop':
      return 'pop3'
    case 'ews':
      return 'ews'
    default:
      return null
  }
}

function serverOf(fields: Map<string, string[]>, prefix: string, protocol: ServerSettings['protocol']): ServerSettings {
  const get = (k: string) => fields.get(`${prefix}${k}`)?.[0]
  const port = asPort(get('port'))
  return {
    protocol,
    host: get('server')?.trim() || null,
    port,
    security: securityFrom(asBool(get('ssl')), port),
    username: get('user')?.trim() || null,
    auth: authFromScript(get('auth')),
  }
}

/** Parse what APPLE_MAIL_SCRIPT printed. Unknown lines and account types are skipped. */
export function parseAppleMailAnswer(text: string): { accounts: MailAccount[]; skipped: string[] } {
  const accounts: MailAccount[] = []
  const skipped: string[] = []
  let fields = new Map<string, string[]>()
  const finish = () => {
    if (fields.size === 0) return
    const stored = fields.get('account')?.[0]?.trim() || null
    const label = stored === null ? unnamedAccount() : null
    const name = stored ?? label!.name
    const protocol = protocolOf(fields.get('type')?.[0])
    if (!protocol) {
      const type = fields.get('type')?.[0]
      // eslint-disable-next-line i18next/no-literal-string -- an account's name and its type code, no words
      skipped.push(type ? `"${name}" (${type})` : `"${name}"`)
      fields = new Map()
      return
    }
    const incoming = serverOf(fields, '', protocol)
    const outgoing = fields.has('smtp-server') ? serverOf(fields, 'smtp-', 'smtp') : null
    const warnings: Note[] = []
    if (fields.get('enabled')?.[0] === 'false') warnings.push(note('notes:appleMail.switchedOff'))
    if (incoming.auth === 'unknown') warnings.push(note('notes:appleMail.appleToken'))
    const email = fields.get('email')?.find((e) => e.includes('@'))?.trim() ?? null
    const account: MailAccount = {
      // A digest: the name and username are often the address, and ids are not masked. Of the
      // stored name only: our label for an unnamed account follows the language.
      id: `apple-mail:applescript:${stableId(`${stored ?? ''}\u0000${incoming.username ?? ''}`)}`,
      client: 'apple-mail',
      ...labelledProfile(note('notes:account.askedAppleMail')),
      ...(label ?? { name }),
      email,
      incoming,
      outgoing,
      provider: wellKnownForHost(incoming.host)?.provider ?? null,
      warnings,
    }
    const leave = asBool(fields.get('leave-on-server')?.[0])
    if (protocol === 'pop3') account.pop3 = { leaveOnServer: leave ?? false }
    accounts.push(account)
    fields = new Map()
  }
  for (const raw of text.split(/\r?\n|\r/)) {
    if (raw.trim() === 'end') {
      finish()
      continue
    }
    const tab = raw.indexOf('\t')
    if (tab < 0) continue
    const key = raw.slice(0, tab).trim()
    fields.set(key, [...(fields.get(key) ?? []), raw.slice(tab + 1)])
  }
  finish() // output cut short: keep what arrived
  return { accounts, skipped }
}
