// Apple Mail's own account lists before the Accounts framework: com.apple.mail.plist
// (Mac OS X 10.6 and older) and ~/Library/Mail/V*/MailData/Accounts.plist (10.7-10.10).
// MailAccounts holds incoming accounts (AccountType IMAPAccount, POPAccount, EWSAccount,
// iToolsAccount, ...); DeliveryAccounts the SMTP servers, joined by SMTPIdentifier
// "host:user" (or just "host" when no user is set).
import type { MailAccount, Note, Protocol, ServerSettings } from '../../model.js'
import { note } from '../../words/words.js'
import { asBool, asPort, asText, authFrom, defaultPort, firstAddress, securityFrom } from './mail-values.js'
import { isPlainObject } from './plist-file.js'
import { pop3Deletion } from './pop3-deletion.js'
import { stableId } from '../stable-id.js'
import { LIMITS } from '../limits.js'
import { wellKnownForHost, wellKnownForPlistType } from './well-known.js'

const PROTOCOLS: Record<string, Protocol> = {
  IMAPAccount: 'imap',
  POPAccount: 'pop3',
  EWSAccount: 'ews',
  iToolsAccount: 'imap',
  AosImapAccount: 'imap',
  GmailAccount: 'imap',
  YahooAccount: 'imap',
}
/** Mail's own "On My Mac" mailboxes: not a server account. */
const SKIPPED = new Set(['LocalAccount', 'RSSAccount'])

export interface LegacyResult {
  accounts: MailAccount[]
  /** Notes on entries that were skipped or damaged. */
  problems: Note[]
}

function typeProblem(entry: Record<string, unknown>, key: string, problems: Note[], label: string): void {
  const v = entry[key]
  if (v !== undefined && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
    problems.push(note('notes:appleMail.unexpectedType', { account: label, key }))
  }
}

function server(entry: Record<string, unknown>, protocol: Protocol, warnings: Note[], label: string): ServerSettings {
  for (const key of ['Hostname', 'PortNumber', 'SSLEnabled', 'Username']) typeProblem(entry, key, warnings, label)
  const ssl = asBool(entry.SSLEnabled)
  const port = asPort(entry.PortNumber) ?? defaultPort(protocol, ssl)
  return {
    protocol,
    host: asText(entry.Hostname),
    port,
    security: securityFrom(ssl, port),
    username: asText(entry.Username),
    auth: authFrom(entry.AuthenticationScheme),
  }
}

function smtpKey(host: unknown, user: unknown): string {
  const h = (asText(host) ?? '').toLowerCase()
  const u = asText(user)
  return u ? `${h}:${u}` : h
}

export function legacyPlistToMailAccounts(root: unknown, profile: string): LegacyResult {
  const problems: Note[] = []
  if (!isPlainObject(root)) return { accounts: [], problems: [note('notes:appleMail.notDictionary')] }
  const list = root.MailAccounts
  if (list === undefined) return { accounts: [], problems }
  if (!Array.isArray(list)) return { accounts: [], problems: [note('notes:appleMail.accountsNotList')] }
  const delivery = new Map<string, Record<string, unknown>>()
  const deliveryList = Array.isArray(root.DeliveryAccounts) ? root.DeliveryAccounts : []
  if (root.DeliveryAccounts !== undefined && !Array.isArray(root.DeliveryAccounts)) {
    problems.push(note('notes:appleMail.deliveryNotList'))
  }
  for (const d of deliveryList) {
    if (!isPlainObject(d)) continue
    delivery.set(smtpKey(d.Hostname, d.Username), d)
    if (!delivery.has(smtpKey(d.Hostname, null))) delivery.set(smtpKey(d.Hostname, null), d)
  }

  const accounts: MailAccount[] = []
  // Converting stops at the cap: a 16 MB list of 50,000 accounts costs no more than 1,000.
  const entries = list as unknown[]
  for (let index = 0; index < entries.length; index++) {
    if (accounts.length >= LIMITS.accountsPerSource) {
      problems.push(note('notes:appleMail.tooManyEntries', { count: entries.length, max: LIMITS.accountsPerSource }))
      break
    }
    const entry = entries[index]
    if (!isPlainObject(entry)) {
      problems.push(note('notes:appleMail.entryNotDictionary', { number: index + 1 }))
      continue
    }
    const type = asText(entry.AccountType) ?? ''
    if (SKIPPED.has(type)) continue
    const protocol = PROTOCOLS[type]
    const label = asText(entry.AccountName) ?? `Account ${index + 1}`
    if (!protocol) {
      problems.push(type ? note('notes:appleMail.unknownType', { account: label, type }) : note('notes:appleMail.noType', { account: label }))
      continue
    }
    const warnings: Note[] = []
    const incoming = server(entry, protocol, warnings, label)
    let outgoing: ServerSettings | null = null
    const smtpId = asText(entry.SMTPIdentifier)
    if (smtpId) {
      const [host, ...user] = smtpId.split(':')
      const d = delivery.get(smtpKey(host, user.join(':'))) ?? delivery.get(smtpKey(host, null))
      if (d) outgoing = server(d, 'smtp', warnings, label)
      else warnings.push(note('notes:appleMail.outgoingNotListed', { server: smtpId }))
    }
    const known = wellKnownForPlistType(type) ?? wellKnownForHost(incoming.host)
    if (!incoming.host && known) {
      Object.assign(incoming, known.incoming)
      outgoing ??= { ...known.outgoing, username: incoming.username, auth: incoming.auth }
      warnings.push(note('notes:appleMail.wellKnownByType', { provider: known.provider.name }))
    } else if (protocol === 'ews' && !incoming.host) {
      incoming.port = null
      incoming.security = null
      warnings.push(note('notes:appleMail.exchangeAutodiscover'))
    } else if (!incoming.host) {
      incoming.port = null
      incoming.security = null
      warnings.push(note('notes:appleMail.noIncoming'))
    }
    if (protocol === 'ews') {
      const url = asText(entry.EWSExternalURL) ?? asText(entry.ExternalURL) ?? asText(entry.InternalURL)
      if (url) incoming.url = url
    }
    const email = firstAddress(entry.EmailAddresses) ?? (incoming.username?.includes('@') ? incoming.username : null)
    // Without Mail's uniqueId (10.6 and older), a digest: AccountPath and the username hold
    // the address, and ids stay readable in --redact output.
    const id =
      asText(entry.uniqueId) ??
      stableId(asText(entry.AccountPath) ?? `${type}\u0000${incoming.host ?? ''}\u0000${incoming.username ?? ''}\u0000${index}`)
    const account: MailAccount = {
      id: `apple-mail:${profile}:${id}`,
      client: 'apple-mail',
      profile,
      name: label,
      email,
      incoming,
      outgoing,
      provider: known?.provider ?? null,
      warnings,
    }
    if (protocol === 'pop3') account.pop3 = pop3Deletion(entry, warnings)
    accounts.push(account)
  }
  return { accounts, problems }
}
