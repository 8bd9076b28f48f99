// Servers of the providers whose Apple Mail accounts usually carry no Hostname: Mail knows
// them by account type. Taken from the offline ISPDB catalog (src/providers/), so they are the
// same servers `lookup` gives; ids are the ISPDB provider ids.
import type { ProviderRef, ServerSettings } from '../../model.js'
import { catalogById } from '../../providers/catalog.js'
import type { ServerTemplate } from '../../providers/clientconfig-xml.js'

export interface WellKnownProvider {
  provider: ProviderRef
  incoming: Omit<ServerSettings, 'username' | 'auth'>
  outgoing: Omit<ServerSettings, 'username' | 'auth'>
}

function server(template: ServerTemplate): WellKnownProvider['incoming'] {
  return { protocol: template.protocol, host: template.host, port: template.port, security: template.security }
}

/** The catalog's first IMAP server and first outgoing server of an ISPDB provider. */
function fromCatalog(id: string): WellKnownProvider {
  const entry = catalogById(id)
  const imap = entry?.config.incoming.find((s) => s.protocol === 'imap')
  const smtp = entry?.config.outgoing[0]
  if (!entry || !imap || !smtp) throw new Error(`the ISPDB catalog has no IMAP and SMTP servers for ${id}`)
  return { provider: { id, name: entry.config.name }, incoming: server(imap), outgoing: server(smtp) }
}

const GOOGLE = fromCatalog('googlemail.com')
const YAHOO = fromCatalog('yahoo.com')
const AOL = fromCatalog('aol.com')
const OUTLOOK_COM = fromCatalog('hotmail.com')
const ICLOUD = fromCatalog('me.com')

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
