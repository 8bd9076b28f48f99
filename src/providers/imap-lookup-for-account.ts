// The API's answer for "which IMAP settings replace this POP3 account?" (InspectorApi.imapSettingsForAccount):
// imapSettingsFor's offline answer (by address or by the account's server host, so a custom
// domain on pop.gmx.net still gets GMX), else lookup of the account's address, same deadline.
import type { LookupResult, MailAccount } from '../model.js'
import { identifyProvider } from './identify.js'
import { providerNotes } from './provider-notes.js'
import { addressOf, imapSettingsFor, type ImapAdvice } from './imap-for-account.js'
import type { LookupOptions } from './lookup.js'

function adviceAsLookup(account: MailAccount, advice: ImapAdvice): LookupResult {
  const parts = addressOf(account)
  const knowledge = identifyProvider({ email: parts?.address ?? null, host: account.incoming.host })?.knowledge ?? null
  const result: LookupResult = {
    email: parts?.address ?? '',
    domain: parts?.domain ?? '',
    provider: advice.provider,
    source: advice.offersImap === null ? 'none' : 'catalog',
    incoming: advice.incoming ? [advice.incoming] : [],
    outgoing: advice.outgoing ? [advice.outgoing] : [],
    // The plain sentence first: the UI shows it when there is no IMAP.
    notes: [advice.message, ...(knowledge ? providerNotes(knowledge) : [])],
  }
  if (advice.offersImap !== null) result.offersImap = advice.offersImap
  return result
}

/** Offline knowledge first; the network only when it knows nothing and there is an address. */
export async function imapLookupForAccount(account: MailAccount, options: Omit<LookupOptions, 'offline'> = {}): Promise<LookupResult> {
  const advice = imapSettingsFor(account)
  const parts = addressOf(account)
  if (advice.offersImap !== null || !parts) return adviceAsLookup(account, advice)
  // The lookup machinery (sockets, DNS, XML) loads only when an account needs it: a text scan
  // asks this for every account, offline.
  const { lookupSettings } = await import('./lookup.js')
  return lookupSettings(parts.address, options)
}
