// A CRM cannot sync POP3. For a POP3 account: the same provider's IMAP settings, or a plain
// "this provider offers no IMAP". Offline: the catalog and our own table only.
import type { MailAccount, Note, ProviderRef, ServerSettings } from '../model.js'
import { note } from '../words/words.js'
import { catalogByDomain, catalogByHost, catalogById } from './catalog.js'
import { identifyProvider } from './identify.js'
import type { ServerTemplate } from './clientconfig-xml.js'
import { resolveServer, splitAddress, type AddressParts } from './placeholders.js'

export interface ImapAdvice {
  /** true: here are the IMAP settings; false: the provider has none; null: we do not know. */
  offersImap: boolean | null
  provider: ProviderRef | null
  incoming: ServerSettings | null
  outgoing: ServerSettings | null
  /** One sentence for the user. */
  message: Note
}

/** The account's address: its email, else a username that is an address. */
export function addressOf(account: MailAccount): AddressParts | null {
  const candidates = [account.email, account.incoming.username, account.outgoing?.username]
  for (const c of candidates) {
    const parts = c ? splitAddress(c) : null
    if (parts) return parts
  }
  return null
}

export function imapSettingsFor(account: MailAccount): ImapAdvice {
  const parts = addressOf(account)
  const who = identifyProvider({ email: parts?.address ?? null, host: account.incoming.host, port: account.incoming.port })
  const provider = who?.provider ?? account.provider
  const own = who?.knowledge ?? null
  const entry =
    (parts && catalogByDomain(parts.domain)) ||
    (who?.catalogId ? catalogById(who.catalogId) : null) ||
    own?.ispdbIds.map((id) => catalogById(id)).find((e) => e !== null) ||
    (account.incoming.host ? catalogByHost(account.incoming.host) : null)
  const templates = own?.servers ?? entry?.config ?? null
  const named = (code: 'offersImap' | 'noImap') => (provider ? note(`notes:imapForAccount.${code}`, { provider: provider.name }) : note(`notes:imapForAccount.${code}Unnamed`))
  if (!templates) {
    return { offersImap: null, provider, incoming: null, outgoing: null, message: note('notes:imapForAccount.unknown') }
  }
  const imap = templates.incoming.find((t) => t.protocol === 'imap')
  if (!imap || own?.policy.offersImap === false) {
    return { offersImap: false, provider, incoming: null, outgoing: null, message: named('noImap') }
  }
  const fill = parts ?? { address: account.incoming.username ?? '', localPart: account.incoming.username ?? '', domain: '' }
  const smtp = templates.outgoing[0]
  // As lookup does: where the provider takes (app) passwords, show "password" even when the
  // ISPDB lists OAuth2 first.
  const resolve = (t: ServerTemplate): ServerSettings => {
    const s = resolveServer(t, fill)
    if (own && own.policy.password !== 'oauth-only' && s.auth === 'oauth2' && t.auths.includes('password')) s.auth = 'password'
    return s
  }
  return {
    offersImap: true,
    provider,
    incoming: resolve(imap),
    outgoing: smtp ? resolve(smtp) : null,
    message: named('offersImap'),
  }
}
