// Who is on the other end? The same server words mean different things per provider (a bare
// "LOGIN failed." from Microsoft means "passwords are not accepted here"), so the classifier
// and the advice take this context. The address and host go through providers/identify (the
// hand-kept policy); the greeting catches a custom domain hosted at Microsoft or Google.
import { identifyProvider, knowledgeForPolicyId } from '../providers/identify.js'
import type { PolicyEntry, ProviderKnowledge } from '../providers/policy-types.js'

export type ProviderFamily = 'google' | 'microsoft' | 'yahoo' | 'aol' | 'apple' | 'other'

export interface ProviderContext {
  family: ProviderFamily | null
  /** Display name, e.g. "Microsoft 365". */
  name: string | null
  policy: PolicyEntry | null
  /** The whole hand-kept entry (the provider's own words, IMAP access), when there is one. */
  knowledge?: ProviderKnowledge | null
}

export interface ContextQuery {
  email?: string | null
  host?: string | null
  port?: number | null
  /** The provider a lookup already identified (by MX too, which email and host cannot show). */
  providerId?: string | null
  /** The server's greeting (IMAP "* OK ...", POP3 "+OK ...", SMTP "220 ..."). */
  greeting?: string | null
}

const FAMILY_BY_POLICY: Record<string, ProviderFamily> = {
  gmail: 'google',
  'google-workspace': 'google',
  'microsoft-365': 'microsoft',
  'outlook-com': 'microsoft',
  yahoo: 'yahoo',
  att: 'yahoo',
  aol: 'aol',
  verizon: 'aol',
  icloud: 'apple',
}

// Greetings as recorded: Exchange "The Microsoft Exchange IMAP4 service is ready" and
// "outlook.office365.com Microsoft ESMTP MAIL Service ready"; Gmail "Gimap ready", "gsmtp", and
// the help address Gmail puts in its refusals (pasted texts: explain passes them here too).
const GREETING_FAMILIES: [RegExp, ProviderFamily, string][] = [
  [/Microsoft Exchange|Microsoft ESMTP|outlook\.office365\.com|\.outlook\.com\b/i, 'microsoft', 'Microsoft 365'],
  [/\bGimap\b|\bgsmtp\b|smtp\.gmail\.com|support\.google\.com\/mail\b/i, 'google', 'Google'],
  [/yahoo/i, 'yahoo', 'Yahoo'],
]

export function providerContext(query: ContextQuery): ProviderContext {
  let found: ReturnType<typeof identifyProvider> = null
  try {
    found = identifyProvider({ email: query.email ?? null, host: query.host ?? null, port: query.port ?? null })
  } catch {
    found = null
  }
  // A custom domain is known by its MX only (iCloud, Proton, Zoho organisations): lookup has it.
  const known = !found?.knowledge && query.providerId ? knowledgeForPolicyId(query.providerId) : null
  if (known) found = { provider: { id: known.policy.id, name: known.policy.name }, knowledge: known, catalogId: null, by: 'mx' }
  const byGreeting = GREETING_FAMILIES.find(([pattern]) => !!query.greeting && pattern.test(query.greeting))
  if (found) {
    const policy = found.knowledge?.policy ?? null
    const family = FAMILY_BY_POLICY[found.provider.id] ?? 'other'
    // A hosting company's domain with mail at Microsoft/Google: the greeting knows better.
    if (family === 'other' && byGreeting) return { family: byGreeting[1], name: byGreeting[2], policy: null }
    return { family, name: found.provider.name, policy, knowledge: found.knowledge }
  }
  if (byGreeting) return { family: byGreeting[1], name: byGreeting[2], policy: null }
  return { family: null, name: null, policy: null }
}

