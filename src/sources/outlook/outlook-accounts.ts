// Classic Outlook's mail accounts from a registry tree. Each account is a subkey named by
// 8 hex digits under <profile>\9375CFF0413111d3B88A00104B2A6676 (the account manager's
// key), in HKCU\Software\Microsoft\Office\{16.0,15.0}\Outlook\Profiles (Outlook 2013+) or
// HKCU\Software\Microsoft\Windows NT\CurrentVersion\Windows Messaging Subsystem\Profiles
// (Outlook 2003-2010). The clsid value names the account type. Strings are REG_BINARY
// UTF-16LE with a NUL, or REG_SZ; numbers are DWORDs. Password values are never read.
import type { Auth, MailAccount, Note, Protocol, Security, ServerSettings } from '../../model.js'
import { note } from '../../words/words.js'
import { labelledName, labelledProfile } from '../labels.js'
import type { RegistryTree, RegistryValue } from './registry-tree.js'
import { capped, LIMITS } from '../limits.js'

const ACCOUNTS_KEY = '9375CFF0413111d3B88A00104B2A6676'
const HKCU = 'HKEY_CURRENT_USER\\Software\\Microsoft'

export const PROFILE_ROOTS = [
  { root: `${HKCU}\\Office\\16.0\\Outlook\\Profiles`, defaultAt: `${HKCU}\\Office\\16.0\\Outlook`, label: 'Outlook 2016 and later' },
  { root: `${HKCU}\\Office\\15.0\\Outlook\\Profiles`, defaultAt: `${HKCU}\\Office\\15.0\\Outlook`, label: 'Outlook 2013' },
  {
    root: `${HKCU}\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles`,
    defaultAt: `${HKCU}\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles`,
    label: 'Outlook 2003-2010',
  },
] as const

/** Account types by clsid (the last two digits of {ED4754xx-B0D6-11D2-8C3B-00104B2A6676}). */
function accountKind(clsid: string | null): 'pop3' | 'imap' | 'exchange' | 'outlook.com' | null {
  if (!clsid) return null
  const c = clsid.toUpperCase()
  if (c.startsWith('{4DB5CBF0')) return 'outlook.com'
  const m = /^\{ED4754(\d\d)-B0D6-11D2-8C3B-00104B2A6676\}$/.exec(c)
  if (!m) return null
  return ({ '11': 'pop3', '12': 'imap', '14': 'exchange' } as const)[m[1] as '11' | '12' | '14'] ?? null
}

export function registryString(value: RegistryValue | undefined): string | null {
  if (!value) return null
  if (typeof value.data === 'string') return value.data.trim() || null
  if (value.data instanceof Uint8Array) {
    const b = value.data
    let out = ''
    for (let i = 0; i + 1 < b.length; i += 2) {
      const unit = b[i]! | (b[i + 1]! << 8)
      if (unit === 0) break
      out += String.fromCharCode(unit)
    }
    return out.trim() || null
  }
  if (Array.isArray(value.data)) return value.data[0] ?? null
  return null
}

function registryNumber(value: RegistryValue | undefined): number | null {
  if (!value) return null
  if (typeof value.data === 'number') return value.data
  if (value.data instanceof Uint8Array && value.data.length >= 4) return new DataView(value.data.buffer, value.data.byteOffset).getUint32(0, true)
  return null
}

const DEFAULT_PORTS: Record<'imap' | 'pop3' | 'smtp', [number, number]> = { imap: [143, 993], pop3: [110, 995], smtp: [25, 465] }
const IMPLICIT_TLS = new Set([993, 995, 465])

/** "Use SSL" / "Secure Connection": 0 none, 1 SSL, 2 TLS (STARTTLS), 3 auto (by port). */
function security(mode: number | null, port: number): Security {
  if (mode === 1) return 'tls'
  if (mode === 2) return 'starttls'
  if (mode === 3) return IMPLICIT_TLS.has(port) ? 'tls' : 'starttls'
  return 'none'
}

function server(
  key: (name: string) => RegistryValue | undefined,
  protocol: 'imap' | 'pop3' | 'smtp',
  fallbackUser: string | null,
): ServerSettings {
  const prefix = protocol === 'pop3' ? 'POP3' : protocol.toUpperCase()
  const mode = registryNumber(key(protocol === 'smtp' ? 'SMTP Secure Connection' : `${prefix} Use SSL`)) ?? registryNumber(key(`${prefix} Use SSL`))
  const port = registryNumber(key(`${prefix} Port`)) ?? DEFAULT_PORTS[protocol][mode === 1 ? 1 : 0]
  let auth: Auth = registryNumber(key(`${prefix} Use SPA`)) === 1 ? 'ntlm' : 'password'
  let username = registryString(key(`${prefix} User`))
  if (protocol === 'smtp') {
    const useAuth = registryNumber(key('SMTP Use Auth'))
    // SMTP Use Auth 1 without an SMTP User: "use same settings as my incoming mail server".
    if (useAuth === 1) username ??= fallbackUser
    else auth = 'none'
  }
  return { protocol, host: registryString(key(`${prefix} Server`)), port, security: security(mode, port), username, auth }
}

export interface OutlookProfile {
  name: string
  isDefault: boolean
  root: string
}

export function outlookProfiles(tree: RegistryTree): OutlookProfile[] {
  const out: OutlookProfile[] = []
  for (const { root, defaultAt } of PROFILE_ROOTS) {
    const defaultName = registryString(tree.value(defaultAt, 'DefaultProfile'))
    for (const name of tree.children(root)) {
      out.push({ name, isDefault: defaultName?.toLowerCase() === name.toLowerCase(), root })
    }
  }
  return out
}

export function outlookAccounts(tree: RegistryTree): { accounts: MailAccount[]; problems: Note[] } {
  const accounts: MailAccount[] = []
  const problems: Note[] = []
  const all = outlookProfiles(tree)
  const profiles = capped(all, LIMITS.outlookProfiles)
  if (profiles.over) {
    problems.push(note('notes:outlook.tooManyProfiles', { count: all.length, max: LIMITS.outlookProfiles }))
  }
  let seen = 0
  for (const profile of profiles.kept) {
    const base = `${profile.root}\\${profile.name}\\${ACCOUNTS_KEY}`
    for (const sub of tree.children(base).filter((n) => /^[0-9a-f]{8}$/i.test(n)).sort()) {
      if (accounts.length >= LIMITS.accountsPerSource) {
        seen++
        continue
      }
      const path = `${base}\\${sub}`
      const key = (name: string) => tree.value(path, name)
      const clsid = registryString(key('clsid'))
      let kind = accountKind(clsid)
      if (!kind && key('IMAP Server')) kind = 'imap'
      if (!kind && key('POP3 Server')) kind = 'pop3'
      if (!kind) {
        if (key('Email')) problems.push(note('notes:outlook.unknownType', { account: sub, profile: profile.name, type: clsid ?? '-' }))
        continue // address books, data files and other non-mail entries
      }
      const accountName = registryString(key('Account Name'))
      // Classic Outlook stores no "Email" value for an Exchange account; it names the account
      // by its address ("Account Name" = jane.doe@corp.example), so the address is that name.
      const email = registryString(key('Email')) ?? (kind === 'exchange' && accountName && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(accountName) ? accountName : null)
      const warnings: Note[] = []
      let incoming: ServerSettings
      let outgoing: ServerSettings | null = null
      let provider: MailAccount['provider'] = null
      if (kind === 'imap' || kind === 'pop3') {
        incoming = server(key, kind, null)
        outgoing = key('SMTP Server') ? server(key, 'smtp', incoming.username) : null
        if (!incoming.host) warnings.push(note('notes:outlook.noIncoming'))
      } else {
        const protocol: Protocol = 'exchange'
        incoming = { protocol, host: null, port: null, security: null, username: email, auth: kind === 'outlook.com' ? 'oauth2' : null }
        if (kind === 'outlook.com') {
          // eslint-disable-next-line i18next/no-literal-string -- a provider's name, the same in every language
          provider = { id: 'hotmail.com', name: 'Outlook.com (Microsoft)' }
          warnings.push(note('notes:outlook.outlookCom'))
        } else {
          warnings.push(note('notes:outlook.exchangeAutodiscover'))
        }
      }
      const stored = accountName ?? email
      const account: MailAccount = {
        id: `outlook:${profile.name}:${sub}`,
        client: 'outlook',
        ...(profile.isDefault ? labelledProfile(note('notes:account.defaultProfile', { profile: profile.name })) : { profile: profile.name }),
        ...(stored === null ? labelledName(note('notes:account.numbered', { number: sub })) : { name: stored }),
        email,
        incoming,
        outgoing,
        provider,
        warnings,
      }
      if (kind === 'pop3') {
        // Leave on Server: bit 0 = keep a copy on the server; absent = Outlook's default (keep).
        const leave = registryNumber(key('Leave on Server'))
        account.pop3 = { leaveOnServer: leave === null ? true : (leave & 1) === 1 }
      }
      accounts.push(account)
    }
  }
  if (seen > 0) {
    problems.push(note('notes:outlook.tooManyAccounts', { count: seen, max: LIMITS.accountsPerSource }))
  }
  return { accounts, problems }
}

/** New Outlook for Windows took over when Outlook\Preferences UseNewOutlook is 1. */
export function usesNewOutlook(tree: RegistryTree): boolean {
  return registryNumber(tree.value(`${HKCU}\\Office\\16.0\\Outlook\\Preferences`, 'UseNewOutlook')) === 1
}
