// Servers of the providers whose Apple Mail accounts usually carry no Hostname: Mail knows
// them by account type. Values from Mozilla's ISPDB (googlemail.com, yahoo.com, aol.com,
// hotmail.com, me.com in thunderbird/autoconfig ispdb/); ids are the ISPDB provider ids.
import type { ProviderRef, ServerSettings } from '../../model.js'

export interface WellKnownProvider {
  provider: ProviderRef
  incoming: Omit<ServerSettings, 'username' | 'auth'>
  outgoing: Omit<ServerSettings, 'username' | 'auth'>
}

const GOOGLE: WellKnownProvider = {
  provider: { id: 'googlemail.com', name: 'Google Mail' },
  incoming: { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls' },
  outgoing: { protocol: 'smtp', host: 'smtp.gmail.com', port: 465, security: 'tls' },
}
const YAHOO: WellKnownProvider = {
  provider: { id: 'yahoo.com', name: 'Yahoo! Mail' },
  incoming: { protocol: 'imap', host: 'imap.mail.yahoo.com', port: 993, security: 'tls' },
  outgoing: { protocol: 'smtp', host: 'smtp.mail.yahoo.com', port: 465, security: 'tls' },
}
const AOL: WellKnownProvider = {
  provider: { id: 'aol.com', name: 'AOL Mail' },
  incoming: { protocol: 'imap', host: 'imap.aol.com', port: 993, security: 'tls' },
  outgoing: { protocol: 'smtp', host: 'smtp.aol.com', port: 465, security: 'tls' },
}
const OUTLOOK_COM: WellKnownProvider = {
  provider: { id: 'hotmail.com', name: 'Outlook.com (Microsoft)' },
  incoming: { protocol: 'imap', host: 'outlook.office365.com', port: 993, security: 'tls' },
  outgoing: { protocol: 'smtp', host: 'smtp-mail.outlook.com', port: 587, security: 'starttls' },
}
const ICLOUD: WellKnownProvider = {
  provider: { id: 'me.com', name: 'Apple iCloud' },
  incoming: { protocol: 'imap', host: 'imap.mail.me.com', port: 993, security: 'tls' },
  outgoing: { protocol: 'smtp', host: 'smtp.mail.me.com', port: 587, security: 'starttls' },
}

/** Accounts-framework type identifiers (Accounts4.sqlite ZACCOUNTTYPE.ZIDENTIFIER). */
const BY_ACCOUNT_TYPE: Record<string, WellKnownProvider> = {
  'com.apple.account.Google': GOOGLE,
  'com.apple.account.Yahoo': YAHOO,
  'com.apple.account.aol': AOL,
  'com.apple.account.Hotmail': OUTLOOK_COM,
  'com.apple.account.AppleAccount': ICLOUD,
}

/** Accounts.plist AccountType values of the 10.7-10.10 era. */
const BY_PLIST_TYPE: Record<string, WellKnownProvider> = {
  GmailAccount: GOOGLE,
  iToolsAccount: ICLOUD,
  AosImapAccount: ICLOUD,
  YahooAccount: YAHOO,
}

export function wellKnownForAccountType(typeIdentifier: string | null): WellKnownProvider | null {
  return typeIdentifier ? (BY_ACCOUNT_TYPE[typeIdentifier] ?? null) : null
}

export function wellKnownForPlistType(accountType: string): WellKnownProvider | null {
  return BY_PLIST_TYPE[accountType] ?? null
}

/** The well-known provider of a host Mail did store (imap.gmail.com -> Google Mail). */
export function wellKnownForHost(host: string | null): WellKnownProvider | null {
  if (!host) return null
  const h = host.toLowerCase()
  for (const p of [GOOGLE, YAHOO, AOL, OUTLOOK_COM, ICLOUD]) {
    if (p.incoming.host === h || p.outgoing.host === h) return p
  }
  return null
}
