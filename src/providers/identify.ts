// Who runs this mailbox? By the address domain, by the server host (imap.gmail.com means
// Google even on a custom domain) or by the MX host (aspmx.l.google.com means Google
// Workspace). Offline: the hand-kept table plus the ISPDB catalog; no network.
import type { MailAccount, ProviderPolicy, ProviderRef } from '../model.js'
import { catalogByDomain, catalogByHost } from './catalog.js'
import type { ServerTemplate } from './clientconfig-xml.js'
import { BUSINESS_PROVIDERS } from './policies-business.js'
import { GLOBAL_PROVIDERS } from './policies-global.js'
import { REGIONAL_PROVIDERS } from './policies-regional.js'
import type { ProviderKnowledge } from './policy-types.js'
import { policyWithNotes } from './policy-words.js'
import { splitAddress } from './placeholders.js'
import { normalizeHost } from './registrable-domain.js'

export const PROVIDERS: readonly ProviderKnowledge[] = [...GLOBAL_PROVIDERS, ...REGIONAL_PROVIDERS, ...BUSINESS_PROVIDERS]

const byId = new Map(PROVIDERS.map((p) => [p.policy.id, p]))
const byIspdbId = new Map(PROVIDERS.flatMap((p) => p.ispdbIds.map((id) => [id, p] as const)))

/** The hand-kept entry of one of our policy ids (as LookupResult.provider.id names it). */
export function knowledgeForPolicyId(id: string): ProviderKnowledge | null {
  return byId.get(id) ?? null
}

export function knowledgeForIspdbId(ispdbId: string): ProviderKnowledge | null {
  return byIspdbId.get(ispdbId) ?? null
}

export interface Identification {
  provider: ProviderRef
  /** Hand-kept knowledge, when the provider is in our table. */
  knowledge: ProviderKnowledge | null
  /** The ISPDB provider id, when the catalog knows it. */
  catalogId: string | null
  by: 'email' | 'host' | 'mx'
  /** The table entry (domain suffix) that matched, e.g. "zoho.eu" for mx.zoho.eu. */
  matched?: string
}

export interface IdentifyQuery {
  email?: string | null
  host?: string | null
  port?: number | null
  mx?: string | null
}

/** The entry `host` equals or lies under (at a dot boundary: "evilzoho.com" is not "zoho.com"). */
function matchedSuffix(host: string, suffixes: readonly string[]): string | null {
  let best: string | null = null
  for (const s of suffixes) if ((host === s || host.endsWith(`.${s}`)) && (!best || s.length > best.length)) best = s
  return best
}

type SuffixList = 'emailDomains' | 'hosts' | 'mx'

/** Entry -> the first provider (table order) listing it, per list: one map lookup per label. */
const SUFFIX_INDEX: Record<SuffixList, Map<string, ProviderKnowledge>> = { emailDomains: new Map(), hosts: new Map(), mx: new Map() }
for (const list of ['emailDomains', 'hosts', 'mx'] as const) {
  for (const knowledge of PROVIDERS) for (const entry of knowledge[list]) if (!SUFFIX_INDEX[list].has(entry)) SUFFIX_INDEX[list].set(entry, knowledge)
}

/**
 * The provider whose entry matches `host` most specifically: mxbiz1.qq.com is Tencent Exmail
 * (entry "mxbiz1.qq.com") although QQ Mail owns qq.com; imappro.zoho.eu is a Zoho organisation
 * although "zoho.eu" is personal Zoho. Ties keep the table order. The host itself, then each
 * parent at a dot boundary ("evilzoho.com" is not "zoho.com"): the first hit is the longest.
 */
function bestBySuffix(host: string, list: SuffixList): { knowledge: ProviderKnowledge; matched: string } | null {
  const index = SUFFIX_INDEX[list]
  for (let at = 0; at >= 0; at = host.indexOf('.', at) + 1 || -1) {
    const candidate = at === 0 ? host : host.slice(at)
    const knowledge = index.get(candidate)
    if (knowledge) return { knowledge, matched: candidate }
  }
  return null
}

function fromKnowledge(k: ProviderKnowledge, by: Identification['by'], catalogId: string | null = null, matched?: string): Identification {
  const found: Identification = { provider: { id: k.policy.id, name: k.policy.name }, knowledge: k, catalogId, by }
  if (matched) found.matched = matched
  return found
}

// A custom domain whose mail a consumer service hosts is that company's business (or custom
// domain) product: its own address domains are the consumer one, any other domain is not.
const CUSTOM_DOMAIN_PRODUCT: Record<string, string> = {
  zoho: 'zoho-org',
  icloud: 'icloud-custom-domain',
  proton: 'proton-custom-domain',
}

// Gmail and Google Workspace share servers, as do Outlook.com and Microsoft 365: the address
// domain tells the consumer service from the business one.
function isConsumerDomain(knowledgeId: string, domain: string | null): boolean {
  if (!domain) return false
  const entry = catalogByDomain(domain)
  if (knowledgeId === 'gmail') return domain === 'gmail.com' || domain === 'googlemail.com'
  if (knowledgeId === 'microsoft-365' || knowledgeId === 'outlook-com') return entry?.id === 'hotmail.com'
  return true
}

function refine(found: Identification, domain: string | null): Identification {
  const id = found.provider.id
  if (id === 'gmail' && !isConsumerDomain('gmail', domain)) return fromKnowledge(byId.get('google-workspace')!, found.by, found.catalogId, found.matched)
  if (id === 'microsoft-365' && isConsumerDomain('outlook-com', domain)) return fromKnowledge(byId.get('outlook-com')!, found.by, found.catalogId, found.matched)
  const business = CUSTOM_DOMAIN_PRODUCT[id]
  const own = found.knowledge?.emailDomains ?? []
  // Only when the address is known and is not one of the consumer service's own domains.
  if (business && found.by !== 'email' && domain && !matchedSuffix(domain, own)) {
    return fromKnowledge(byId.get(business)!, found.by, found.catalogId, found.matched)
  }
  return found
}

/** Our own table by address domain; suffix match, so x.onmicrosoft.com is Microsoft 365. */
export function knowledgeByEmailDomain(domain: string): ProviderKnowledge | null {
  return bestBySuffix(domain, 'emailDomains')?.knowledge ?? null
}

/**
 * A provider's own server templates for this identification, with `%MXDOMAIN%` filled in from
 * the matched MX or host entry (mx.zoho.eu -> imappro.zoho.eu). Null when the provider has
 * none, or when its templates need a data centre that was not matched.
 */
export function ownServers(found: Identification): { incoming: ServerTemplate[]; outgoing: ServerTemplate[] } | null {
  const servers = found.knowledge?.servers
  if (!servers) return null
  const needsDc = [...servers.incoming, ...servers.outgoing].some((t) => t.host?.includes('%MXDOMAIN%'))
  // The data centre is the matched entry minus a product prefix ("imappro.zoho.eu" -> "zoho.eu").
  const dc = found.matched?.replace(/^(?:imappro|smtppro|imap|smtp|mx\d*)\./, '') ?? null
  if (needsDc && (!dc || found.by === 'email')) return null
  const fill = (t: ServerTemplate): ServerTemplate => (t.host && dc ? { ...t, host: t.host.replace('%MXDOMAIN%', dc) } : t)
  return { incoming: servers.incoming.map(fill), outgoing: servers.outgoing.map(fill) }
}

function byDomain(domain: string): Identification | null {
  const own = knowledgeByEmailDomain(domain)
  const entry = catalogByDomain(domain)
  if (own) return fromKnowledge(own, 'email', entry?.id ?? null)
  if (!entry) return null
  const k = knowledgeForIspdbId(entry.id)
  return k ? fromKnowledge(k, 'email', entry.id) : { provider: { id: entry.id, name: entry.config.name }, knowledge: null, catalogId: entry.id, by: 'email' }
}

function byServerHost(host: string, port: number | null | undefined, by: 'host' | 'mx'): Identification | null {
  // Proton Mail Bridge listens on the user's own computer on these default ports.
  if (by === 'host' && (host === '127.0.0.1' || host === 'localhost') && (port === 1143 || port === 1025)) {
    return fromKnowledge(byId.get('proton')!, by)
  }
  const h = normalizeHost(host)
  if (!h) return null
  const own = bestBySuffix(h, by === 'mx' ? 'mx' : 'hosts')
  const entry = catalogByHost(h)
  if (own) return fromKnowledge(own.knowledge, by, entry?.id ?? null, own.matched)
  if (!entry) return null
  const k = knowledgeForIspdbId(entry.id)
  // The catalog matches any host under a listed domain (mxdomain.qq.com under qq.com). Where our
  // table lists the provider's hosts or MX explicitly and this one is not among them, the match
  // came from a parent domain by accident: say nothing rather than name the wrong product.
  if (k && (by === 'mx' ? k.mx : k.hosts).length > 0) return null
  return k ? fromKnowledge(k, by, entry.id) : { provider: { id: entry.id, name: entry.config.name }, knowledge: null, catalogId: entry.id, by }
}

/** The provider of an address, server or MX host; the address domain wins, then host, then MX. */
export function identifyProvider(query: IdentifyQuery): Identification | null {
  const domain = query.email ? (splitAddress(query.email)?.domain ?? null) : null
  const found =
    (domain ? byDomain(domain) : null) ??
    (query.host ? byServerHost(query.host, query.port, 'host') : null) ??
    (query.mx ? byServerHost(query.mx, null, 'mx') : null)
  return found ? refine(found, domain) : null
}

/** For scan: the provider of an account from what is on disk only (address, servers). */
export function identifyAccount(account: MailAccount): ProviderRef | null {
  const tries: IdentifyQuery[] = [
    { email: account.email, host: account.incoming.host, port: account.incoming.port },
    { email: account.email, host: account.outgoing?.host ?? null, port: account.outgoing?.port ?? null },
  ]
  for (const query of tries) {
    const found = identifyProvider(query)
    if (found) return found.provider
  }
  return null
}

/**
 * For scan: our identification wins (one id scheme for every client); a reader's own guess
 * (Apple Mail and Outlook know some providers by account type, with ISPDB ids) is kept when
 * we find nothing, mapped to our id when we keep a policy for it.
 */
export function providerForScan(account: MailAccount): ProviderRef | null {
  const found = identifyAccount(account)
  if (found || !account.provider) return found
  const k = knowledgeForIspdbId(account.provider.id)
  return k ? { id: k.policy.id, name: k.policy.name } : account.provider
}

/** The hand-kept policy for an address or host, its notes in the current language, or null when we keep none for that provider. */
export function policyFor(query: IdentifyQuery): ProviderPolicy | null {
  const k = identifyProvider(query)?.knowledge
  return k ? policyWithNotes(k) : null
}
