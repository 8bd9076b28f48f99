// Gathers what the guidance core needs for one query (the scanned account, lookup's answer,
// whether the internet answers at all), then asks it. The decisions are all in guidance.ts.
import type { Guidance, GuidanceQuery, LookupResult, MailAccount } from '../model.js'
import { explainText } from '../diagnose/explain.js'
import { guidanceFor } from './guidance.js'

export interface GuidanceSources {
  findAccount(id: string): Promise<MailAccount>
  lookup(email: string, offline: boolean): Promise<LookupResult>
  /** The IMAP replacement for a POP3 (or other non-IMAP) account. */
  imapForAccount(account: MailAccount, offline: boolean): Promise<LookupResult>
  internetAnswers(): Promise<boolean>
}

/** An IMAP account with its SMTP server needs no lookup: it already has all the CRM asks for. */
function complete(account: MailAccount): boolean {
  return account.incoming.protocol === 'imap' && account.outgoing?.protocol === 'smtp' && !!account.outgoing.host
}

export async function answerGuidance(query: GuidanceQuery, sources: GuidanceSources): Promise<Guidance> {
  const offline = query.offline ?? false
  const account = query.accountId ? await sources.findAccount(query.accountId) : null
  let lookup: LookupResult | null = null
  if (account && !complete(account)) {
    lookup = account.incoming.protocol === 'imap' && account.email ? await sources.lookup(account.email, offline) : await sources.imapForAccount(account, offline)
  } else if (!account && query.email) {
    lookup = await sources.lookup(query.email, offline)
  }
  // "Nothing found" from the network: tell a missing connection from an unknown domain.
  const nothingAnswered = !offline && lookup?.source === 'none' && !(await sources.internetAnswers())
  const email = account?.email ?? query.email ?? null
  // A pasted error's verdict counts like a test's (explain classifies it the same way).
  const verdict = query.verdict ?? (query.errorText ? explainText(query.errorText, email ? { email } : {}).verdict : null)
  return guidanceFor({
    email,
    verdict: verdict === 'unknown' ? null : verdict,
    account,
    lookup,
    offline: nothingAnswered,
    errorText: query.errorText ?? null,
    crmName: query.crmName ?? null,
    movedToImap: query.movedToImap ?? false,
  })
}
