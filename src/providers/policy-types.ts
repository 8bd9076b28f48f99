import type { PasswordFormat, PasswordTerm, ProviderPolicy, SecondFactorTerm } from '../model.js'
import type { MessageKey } from '../i18n/i18n.js'
import type { ServerTemplate } from './clientconfig-xml.js'

/**
 * Words about a provider are catalogue keys, never sentences: its notes and names live in the
 * `providers` namespace (src/i18n/locales/<language>/providers.json), or in `guidance` where the
 * provider uses the common word ("app password": `guidance:term.app-password.bare`), so every
 * surface shows them in the reader's language (docs/i18n.md, "Provider words").
 */
export type ProviderTextKey = Extract<MessageKey, `providers:${string}` | `guidance:term.${string}` | `guidance:secondFactor.${string}`>

/** The policy as the data keeps it: everything the API shows but the notes, which are keys (ProviderKnowledge.notes). */
export type PolicyEntry = Omit<ProviderPolicy, 'notes'>

/**
 * Whose page a source is: the provider's own help (or its own announcement), or another site
 * that quotes or documents it. A third-party source is kept only where no page of the provider
 * itself was found, and the data says so.
 */
export type SourceKind = 'provider' | 'third-party'

/**
 * Where one provider fact comes from. Provider facts change, so every fact names the page that
 * says so and the day it was read. A fact no page confirmed has `source: null` and
 * `verified: null` and a `note` saying why (the data says it is unverified instead of inventing a page).
 * A password or username whose value is 'not-applicable' (the provider has no IMAP at all) is
 * sourced like any fact: by the page that says there is no IMAP.
 */
export interface FactSource {
  /** The https page that states the fact, or null when none was found. */
  source: string | null
  /** The day the page was read (YYYY-MM-DD), or null when unverified. */
  verified: string | null
  /** Whose page `source` is; present exactly when `source` is. */
  kind?: SourceKind
  /** Why the fact has no source, or which part of it the source does not confirm. */
  note?: string
  /** When sources disagree: what the other page says. The fact itself takes the safer side. */
  disagreement?: { source: string | null; says: string }
}

/** The facts every hand-kept policy sources; each key is one fact a user acts on. */
export type FactKey = 'password' | 'imap' | 'username' | 'servers'

/**
 * Can a CRM read this mailbox over IMAP?
 * - `on`: IMAP works without switching anything on;
 * - `after-enabling`: the user must switch IMAP on first (enableImapUrl says where);
 * - `admin`: an organisation's admin must allow it;
 * - `paid-plan`: only on a paid plan;
 * - `none`: the provider has no IMAP at all (Tuta, HEY): a CRM cannot connect by IMAP.
 */
export type ImapAccess = 'on' | 'after-enabling' | 'admin' | 'paid-plan' | 'none'

/** Which "Sign in with ..." button of a CRM fits this provider, if any. */
export type SignInButton = 'google' | 'microsoft' | null

/** The provider's own words, so advice speaks its language (Apple: "app-specific password"), as catalogue keys. */
export interface ProviderWords {
  /** What the provider calls the password mail programs need ("app password", "authorization code (授权码)"). */
  passwordName: ProviderTextKey
  /** What the provider calls its two-step sign-in, when an app password depends on it. */
  twoFactorName?: ProviderTextKey
  /** Where IMAP is switched on, in the provider's own menu words (in each language as its interface says them). */
  enableImapSteps?: ProviderTextKey
  /** The password name as a code the UIs translate (Apple: 'app-specific-password'); absent: no special name. */
  passwordTerm?: PasswordTerm
  /** The second factor as a code, when an app password needs it switched on first (guidance adds that step). */
  secondFactorTerm?: SecondFactorTerm
  /** How a generated password looks, so the user knows what to paste. */
  passwordFormat?: PasswordFormat
}

/**
 * What we know about one provider beyond its server names: the policy shown to users
 * (ProviderPolicy, the API's shape), the facts guidance reads as codes, their sources, and how
 * to recognise the provider. This is the one type the guidance core reads provider facts from.
 */
export interface ProviderKnowledge {
  policy: PolicyEntry
  /** What a user should know, one sentence each, in order: keys of the `providers` catalogue. */
  notes: ProviderTextKey[]
  /** Whether and how IMAP is available (see ImapAccess). */
  imap: ImapAccess
  /** The CRM sign-in button to prefer over a password, when the provider has one. */
  signIn: SignInButton
  words: ProviderWords
  /** Source and check date of each fact (password kind, IMAP default, username form, servers). */
  facts: Record<FactKey, FactSource>
  /** The provider's own address domains (a custom domain is recognised by host or MX). */
  emailDomains: string[]
  /** ISPDB file ids (catalog provider ids) that are this provider. */
  ispdbIds: string[]
  /** Server host names or parent domains that mean this provider ("gmail.com" matches imap.gmail.com). */
  hosts: string[]
  /**
   * MX host names or parent domains that mean this provider. A business product and the
   * consumer product of the same company are told apart by the more specific entry
   * (mxbiz1.qq.com is Tencent Exmail, mx1.qq.com is QQ Mail).
   */
  mx: string[]
  /**
   * Settings the ISPDB lacks or gets wrong for this product (Proton Bridge on the user's own
   * computer; Zoho organisation servers). `%MXDOMAIN%` in a host is the MX suffix that matched
   * (mx.zoho.eu -> zoho.eu), for providers with one server name per data centre.
   */
  servers?: { incoming: ServerTemplate[]; outgoing: ServerTemplate[] }
}
