// Accounts-store rows (accounts-store.ts) -> the model's MailAccount. One incoming row per
// mail account (IMAP, POP, Exchange, provider types); its outgoing server is the SMTP row
// whose ZIDENTIFIER its SendingAccountIdentifier names.
import type { Auth, MailAccount, Note, Protocol, ServerSettings } from '../../model.js'
import { note } from '../../words/words.js'
import { unnamedAccount } from '../labels.js'
import type { StoreAccount } from './accounts-store.js'
import { asBool, asPort, asText, authFrom, defaultPort, firstAddress, securityFrom } from './mail-values.js'
import { wellKnownForAccountType, wellKnownForHost } from './well-known.js'
import { pop3Deletion } from './pop3-deletion.js'

const T = 'com.apple.account.'
const MAIL_DATACLASS = 'com.apple.Dataclass.Mail'

/** Account types that are mail accounts by themselves, and their protocol. */
const INCOMING: Record<string, Protocol> = {
  [`${T}IMAP`]: 'imap',
  [`${T}POP`]: 'pop3',
  [`${T}IMAPMail`]: 'imap',
  [`${T}Exchange`]: 'ews',
  [`${T}Google`]: 'imap',
  [`${T}Yahoo`]: 'imap',
  [`${T}aol`]: 'imap',
  [`${T}Hotmail`]: 'imap',
  [`${T}AppleAccount`]: 'imap',
}
/** Types whose rows are mail accounts only when the Mail data class is switched on. */
const NEEDS_MAIL_DATACLASS = new Set([`${T}Exchange`, `${T}Google`, `${T}Yahoo`, `${T}aol`, `${T}Hotmail`, `${T}AppleAccount`])

function credentialAuth(credentialType: string | null): Auth | null {
  switch (credentialType) {
    case 'oauth2':
    case 'oauth':
      return 'oauth2'
    case 'password':
      return 'password'
    case null:
      return null
    default:
      return 'unknown' // 'token' (iCloud) and others: Apple's own sign-in, no password form
  }
}

function serverFrom(row: StoreAccount, protocol: Protocol, warnings: Note[], side: 'incoming' | 'outgoing'): ServerSettings {
  const p = row.properties
  const ssl = asBool(p.SSLEnabled)
  const storedPort = asPort(p.PortNumber)
  const port = storedPort ?? defaultPort(protocol, ssl)
  if (storedPort === null && port !== null && asText(p.Hostname)) {
    warnings.push(note(side === 'incoming' ? 'notes:appleMail.incomingStandardPort' : 'notes:appleMail.outgoingStandardPort', { port }))
  }
  return {
    protocol,
    host: asText(p.Hostname),
    port,
    security: securityFrom(ssl, port),
    username: row.username ?? asText(p.Username),
    auth: p.AuthenticationScheme === undefined ? (credentialAuth(row.credentialType) ?? 'password') : authFrom(p.AuthenticationScheme),
  }
}

function isMailAccount(row: StoreAccount, all: StoreAccount[]): boolean {
  const type = row.typeIdentifier
  if (!type || !(type in INCOMING)) return false
  if (type === `${T}AppleAccount` && all.some((c) => c.parentPk === row.pk && c.typeIdentifier === `${T}IMAPMail`)) {
    return false // iCloud's mail settings live in its IMAPMail child
  }
  if (NEEDS_MAIL_DATACLASS.has(type) && row.enabledDataclasses !== null) {
    return row.enabledDataclasses.includes(MAIL_DATACLASS)
  }
  return true
}

export function storeToMailAccounts(rows: StoreAccount[], profile: string): MailAccount[] {
  const byIdentifier = new Map(rows.map((r) => [r.identifier, r]))
  const byPk = new Map(rows.map((r) => [r.pk, r]))
  const out: MailAccount[] = []
  for (const row of rows) {
    if (!isMailAccount(row, rows)) continue
    const type = row.typeIdentifier!
    const protocol = INCOMING[type]!
    const warnings: Note[] = []
    const parent = row.parentPk !== null ? byPk.get(row.parentPk) : undefined
    // An IMAPMail child of iCloud is iCloud mail; other types name their provider directly.
    const known =
      wellKnownForAccountType(type) ??
      wellKnownForAccountType(parent?.typeIdentifier ?? null) ??
      wellKnownForHost(asText(row.properties.Hostname))
    const incoming = serverFrom(row, protocol, warnings, 'incoming')
    const email =
      firstAddress(row.properties.IdentityEmailAddress) ??
      firstAddress(row.properties.EmailAliases) ??
      firstAddress(row.properties.EmailAddresses) ??
      (row.username?.includes('@') ? row.username : null) ??
      (parent?.username?.includes('@') ? parent.username : null)
    incoming.username ??= parent?.username ?? null

    let outgoing: ServerSettings | null = null
    const sendVia = asText(row.properties.SendingAccountIdentifier)
    if (sendVia) {
      const smtp = byIdentifier.get(sendVia)
      if (smtp) outgoing = serverFrom(smtp, 'smtp', warnings, 'outgoing')
      else warnings.push(note('notes:appleMail.outgoingNotInStore'))
    }

    if (protocol === 'ews') {
      const url = asText(row.properties.EWSExternalURL) ?? asText(row.properties.ExternalURL) ?? asText(row.properties.InternalURL)
      if (url) incoming.url = url
      if (!incoming.host) incoming.port = null
      incoming.security = incoming.host || url ? (incoming.security ?? 'tls') : null
      if (!incoming.host && !url) {
        warnings.push(note('notes:appleMail.exchangeAutodiscover'))
      }
    } else if (!incoming.host && known) {
      const auth = credentialAuth(row.credentialType) ?? credentialAuth(parent?.credentialType ?? null) ?? 'oauth2'
      Object.assign(incoming, known.incoming, { auth })
      outgoing ??= { ...known.outgoing, username: incoming.username, auth }
      warnings.push(note('notes:appleMail.wellKnownByType', { provider: known.provider.name }))
      if (row.credentialType === 'token' || parent?.credentialType === 'token') {
        warnings.push(note('notes:appleMail.icloudToken'))
      }
    } else if (!incoming.host) {
      incoming.port = null
      incoming.security = null
      warnings.push(note('notes:appleMail.noIncoming'))
    }
    if (row.unreadableProperties.length) {
      warnings.push(note('notes:appleMail.someUnreadable', { settings: row.unreadableProperties.join(', ') }))
    }
    if (!row.active) warnings.push(note('notes:appleMail.switchedOff'))

    const name = row.description ?? asText(row.properties.FullUserName) ?? email ?? row.typeDescription ?? null
    const account: MailAccount = {
      id: `apple-mail:${profile}:${row.identifier}`,
      client: 'apple-mail',
      profile,
      ...(name === null ? unnamedAccount() : { name }),
      email,
      incoming,
      outgoing,
      provider: known?.provider ?? null,
      warnings,
    }
    if (protocol === 'pop3') account.pop3 = pop3Deletion(row.properties, warnings)
    out.push(account)
  }
  return out
}
