// The one answer to "what does my CRM need?" for an address or a scanned account: IMAP or
// not, which password, which sign-in button, the fields in CRM-form order, the blockers with
// their next steps, links and ready-to-send messages. Every screen, the CLI's `connect` and the
// report render this; none decides on its own. Codes and parameters only: the words are in
// the words table (guidance-words.ts). Provider facts come from the policy (policy-types.ts:
// the IMAP access code and the provider's own words), through providerContext.
import type {
  BlockerCode,
  CrmPassword,
  Guidance,
  GuidanceBlocker,
  GuidanceField,
  GuidanceLink,
  GuidanceMessage,
  GuidanceNoteCode,
  GuidanceStep,
  ImapAccess,
  LookupResult,
  MailAccount,
  PasswordPolicy,
  ServerSettings,
  SignIn,
  Verdict,
} from '../model.js'
import { HELP_LINKS, isAllowedHelpUrl, localizedHelpUrl } from '../diagnose/help-links.js'
import { currentLanguage } from '../i18n/i18n.js'
import { providerContext, type ProviderContext } from '../diagnose/provider-context.js'
import { consentRequestFrom } from './consent-request.js'

export interface GuidanceInput {
  /** The typed address, or the account's. */
  email: string | null
  /** The scanned account, when guidance is for one. */
  account?: MailAccount | null
  /** Lookup's answer for the address (or the account's IMAP replacement). */
  lookup?: LookupResult | null
  /** Nothing answered and a well-known name did not resolve either. */
  offline?: boolean
  errorText?: string | null
  crmName?: string | null
  /** What a login test or a pasted error said (it can reveal what no policy knew). */
  verdict?: Verdict | null
  /** The POP3 account was just added again as IMAP (the POP3 wizard): answer for that IMAP account. */
  movedToImap?: boolean
}

const PASSWORD_FOR_POLICY: Record<PasswordPolicy, CrmPassword> = {
  normal: 'normal',
  'app-password': 'app-password',
  'mail-password': 'separate-password',
  bridge: 'bridge',
  'oauth-only': 'oauth-only',
  'not-applicable': 'not-applicable',
}

const EXCHANGE_PROTOCOLS = new Set<ServerSettings['protocol']>(['exchange', 'ews', 'graph'])

/** Implicit TLS first, then STARTTLS, then none (a CRM's "SSL on" matches the first). */
function bestServer(servers: readonly ServerSettings[], protocol: 'imap' | 'smtp'): ServerSettings | null {
  const rank = (s: ServerSettings) => (s.security === 'tls' ? 0 : s.security === 'starttls' ? 1 : 2)
  return [...servers].filter((s) => s.protocol === protocol && s.host).sort((a, b) => rank(a) - rank(b))[0] ?? null
}

interface Servers {
  incoming: ServerSettings | null
  outgoing: ServerSettings | null
}

/** The IMAP and SMTP servers for the CRM: the account's own when it is IMAP, else lookup's. */
function crmServers(email: string | null, account: MailAccount | null, lookup: LookupResult | null): Servers {
  const found = lookup ? { imap: bestServer(lookup.incoming, 'imap'), smtp: bestServer(lookup.outgoing, 'smtp') } : { imap: null, smtp: null }
  const ownSmtp = account?.outgoing?.protocol === 'smtp' && account.outgoing.host ? account.outgoing : null
  if (account?.incoming.protocol === 'imap') return { incoming: account.incoming, outgoing: ownSmtp ?? found.smtp }
  if (!found.imap) return { incoming: null, outgoing: ownSmtp ?? found.smtp }
  // A POP3 account moving to IMAP keeps its own login name.
  const username = account?.incoming.username ?? found.imap.username ?? email
  return { incoming: { ...found.imap, username }, outgoing: ownSmtp ?? (found.smtp ? { ...found.smtp, username: found.smtp.username ?? email } : null) }
}

function crmFields(email: string | null, servers: Servers): GuidanceField[] {
  const { incoming, outgoing } = servers
  if (!incoming) return []
  const username = incoming.username ?? email
  const fields: GuidanceField[] = [
    { key: 'email', value: email, sensitive: true },
    { key: 'imapHost', value: incoming.host, sensitive: false },
    { key: 'imapPort', value: incoming.port, sensitive: false },
    { key: 'imapSsl', value: incoming.security, sensitive: false },
    { key: 'username', value: username, sensitive: true },
  ]
  if (outgoing) {
    fields.push(
      { key: 'smtpHost', value: outgoing.host, sensitive: false },
      { key: 'smtpPort', value: outgoing.port, sensitive: false },
      { key: 'smtpSsl', value: outgoing.security, sensitive: false },
    )
    if (outgoing.username && outgoing.username !== username) fields.push({ key: 'smtpUsername', value: outgoing.username, sensitive: true })
  }
  return fields
}

function signInFor(ctx: ProviderContext, exchange: boolean): SignIn | null {
  if (ctx.family === 'google') return 'google'
  if (ctx.family === 'microsoft' || exchange) return 'microsoft'
  return null
}

function isExchange(ctx: ProviderContext, account: MailAccount | null, lookup: LookupResult | null): boolean {
  if (ctx.family === 'microsoft') return false
  if (account && EXCHANGE_PROTOCOLS.has(account.incoming.protocol)) return true
  const found = lookup?.incoming ?? []
  return found.some((s) => EXCHANGE_PROTOCOLS.has(s.protocol)) && !found.some((s) => s.protocol === 'imap')
}

function domainOf(email: string | null): string {
  return email?.split('@')[1]?.toLowerCase() ?? ''
}

/** Does the answer offer IMAP at all? From the policy, else from what lookup published. */
function imapAccess(ctx: ProviderContext, servers: Servers, lookup: LookupResult | null, exchange: boolean): ImapAccess {
  const policy = ctx.policy
  // The dated, sourced access fact of the provider (policy-types.ts ImapAccess) decides first.
  const access = ctx.knowledge?.imap
  if ((policy && !policy.offersImap) || access === 'none') return 'no'
  if (!policy && lookup?.offersImap === false) return 'no'
  if (exchange) return 'admin'
  if (access === 'admin') return 'admin'
  if (access === 'after-enabling') return 'after-enabling'
  if (access === 'on') return 'yes'
  if (policy?.enableImapUrl) return 'after-enabling'
  if (policy || servers.incoming) return 'yes'
  return 'unknown'
}

function step(code: GuidanceStep['code'], params?: GuidanceStep['params']): GuidanceStep {
  return params ? { code, params } : { code }
}

function link(code: GuidanceLink['code'], url: string | undefined): GuidanceLink | null {
  return url && isAllowedHelpUrl(url) ? { code, url } : null
}

/** The steps that get the password the CRM's IMAP form needs. */
function passwordSteps(password: CrmPassword | null, secondFactor: boolean): GuidanceStep[] {
  switch (password) {
    case 'app-password':
      return [...(secondFactor ? [step('turn-on-second-factor')] : []), step('make-app-password')]
    case 'separate-password':
      return [step('make-separate-password')]
    case 'bridge':
      return [step('use-bridge-password')]
    case 'normal':
    case null:
      return [step('use-normal-password')]
    case 'oauth-only':
    case 'not-applicable':
      return []
  }
}

export function guidanceFor(input: GuidanceInput): Guidance {
  const account = input.account ?? null
  const lookup = input.lookup ?? null
  const email = input.email ?? account?.email ?? lookup?.email ?? null
  const host = account?.incoming.host ?? lookup?.incoming.find((s) => s.host)?.host ?? null
  const ctx = providerContext({ email, host, port: account?.incoming.port ?? null, providerId: lookup?.provider?.id ?? null })
  const policy = ctx.policy
  const words = ctx.knowledge?.words
  const exchange = isExchange(ctx, account, lookup)
  const servers = crmServers(email, account, lookup)
  const fields = crmFields(email, servers)
  const verdict = input.verdict ?? null
  let imap = imapAccess(ctx, servers, lookup, exchange)
  let password: CrmPassword | null = policy ? PASSWORD_FOR_POLICY[policy.password] : null
  let signIn = signInFor(ctx, exchange)
  const consent = consentRequestFrom(input.errorText)
  // The server's (or the CRM's) own words beat what the policy expected.
  if (verdict === 'app-password-required' && (password === null || password === 'normal')) password = 'app-password'
  if (verdict === 'oauth-required' || verdict === 'admin-consent-required') {
    password = 'oauth-only'
    signIn ??= 'microsoft'
  }
  if (verdict === 'web-login-required') signIn ??= ctx.family === 'google' ? 'google' : null
  if (verdict === 'imap-disabled' && (imap === 'yes' || imap === 'unknown')) imap = 'after-enabling'
  const crmName = input.crmName?.trim() || null

  const blockers: GuidanceBlocker[] = []
  const links: GuidanceLink[] = []
  const messages: GuidanceMessage[] = []
  const notes: GuidanceNoteCode[] = []
  // Help pages in the reader's language where the provider offers one (help-links.ts).
  const language = currentLanguage()
  const addLink = (l: GuidanceLink | null) => {
    if (l && !links.some((x) => x.code === l.code)) links.push({ ...l, url: localizedHelpUrl(l.url, language) })
  }
  const block = (code: BlockerCode, steps: GuidanceStep[], params?: GuidanceBlocker['params']) =>
    blockers.push(params ? { code, steps, params } : { code, steps })
  const providerName = ctx.name ?? ''

  // Nothing to work with: say why, and offer typing the settings by hand.
  if (verdict === 'offline' || (!account && !servers.incoming && !exchange && imap !== 'no' && input.offline)) {
    block('offline', [step('check-internet'), step('type-settings-yourself')])
  } else if (!account && !servers.incoming && !exchange && imap !== 'no' && lookup?.source === 'none') {
    block('no-settings', [step('ask-provider-settings'), step('type-settings-yourself')], { domain: domainOf(email) })
  }
  const stillPop3 = !input.movedToImap && (account?.incoming.protocol === 'pop3' || (verdict === 'pop3-unsupported' && account?.incoming.protocol !== 'imap'))
  if (stillPop3) {
    block('pop3-account', [step('move-pop3-to-imap')], { leaveOnServer: String(account?.pop3?.leaveOnServer ?? false) })
  }
  if (imap === 'no') {
    const popOnly = lookup?.incoming.some((s) => s.protocol === 'pop3') || account?.incoming.protocol === 'pop3'
    block(popOnly ? 'pop3-only-provider' : 'no-imap-service', [step('no-imap-other-mailbox')], { provider: providerName })
  }
  if (exchange) {
    const server = lookup?.incoming.find((s) => EXCHANGE_PROTOCOLS.has(s.protocol))
    const params: Record<string, string> = { domain: domainOf(email) }
    const where = server?.url ?? server?.host ?? account?.incoming.url ?? account?.incoming.host
    if (where) params.server = where
    block('exchange', [step('ask-it-exchange'), step('sign-in-microsoft')], params)
    messages.push({ code: 'exchange-it', params: { ...params, email: email ?? '' } })
  }
  if (imap === 'after-enabling') {
    // `menu`: the catalogue key of the provider's menu path (providers.json), a stable code the
    // words table renders in the reader's language.
    const menu = words?.enableImapSteps
    block('imap-switched-off', [step('enable-imap', menu ? { provider: providerName, menu } : { provider: providerName })], { provider: providerName })
    addLink(link('enable-imap', policy?.enableImapUrl))
  }
  const adminApproval =
    (ctx.family === 'microsoft' && ctx.knowledge?.imap === 'admin') || consent !== null || verdict === 'admin-consent-required'
  if (imap === 'admin' && !exchange && !adminApproval) {
    // Google Workspace: the admin's switch, not the user's.
    block('imap-switched-off', [step('ask-admin-enable-imap', { provider: providerName })], { provider: providerName, by: 'admin' })
  }
  if (adminApproval) {
    const params: Record<string, string> = {}
    const appName = consent?.appName ?? crmName
    if (appName) params.appName = appName
    if (consent?.appId) params.appId = consent.appId
    if (consent?.code) params.code = consent.code
    block('admin-approval', [step('ask-admin-consent')], params)
    messages.push({ code: 'admin-consent', params: { ...params, email: email ?? '', domain: domainOf(email) } })
    addLink({ code: 'admin-consent', url: HELP_LINKS.microsoftAdminConsent.url })
    addLink({ code: 'user-consent', url: USER_CONSENT_URL })
  }
  const plain = [servers.incoming, servers.outgoing].filter((s) => s?.security === 'none').map((s) => s!.protocol)
  if (verdict === 'cleartext-disallowed' && plain.length === 0) plain.push('imap')
  if (plain.length > 0) block('unencrypted', [step('use-encrypted-connection')], { protocols: plain.join(',') })
  if (password === 'bridge') block('bridge-local', [step('no-imap-other-mailbox')], { provider: providerName })

  if (account && (account.incoming.auth === 'oauth2' || account.outgoing?.auth === 'oauth2')) notes.push('account-uses-oauth')
  if (policy?.usernameForm === 'local-part') notes.push('username-local-part')
  if (policy?.usernameForm === 'either') notes.push('username-either')
  if (password === 'oauth-only') notes.push('smtp-oauth-too')

  const usable = fields.length > 0 && imap !== 'no' && password !== 'bridge' && !blockers.some((b) => b.code === 'pop3-account' && !servers.incoming)
  const fieldsUse: Guidance['fieldsUse'] = !usable ? 'none' : password === 'oauth-only' ? 'with-sign-in' : 'copy'

  if (password === 'app-password' || password === 'separate-password') addLink(link('app-password', policy?.appPasswordUrl))
  if (password === 'bridge') addLink(link('bridge', policy?.appPasswordUrl))

  // The path: the provider's sign-in button first where it applies, then each blocker's
  // steps, then the password and the copy list when the copy list can work.
  const steps: GuidanceStep[] = []
  const add = (s: GuidanceStep) => {
    if (!steps.some((x) => x.code === s.code)) steps.push(s)
  }
  if (signIn && !exchange) add(step(signIn === 'google' ? 'sign-in-google' : 'sign-in-microsoft'))
  for (const b of blockers) b.steps.forEach(add)
  if (fieldsUse === 'copy') {
    const pw = passwordSteps(password, !!words?.secondFactorTerm)
    // After a sign-in button the IMAP form is the other way, not the next step.
    if (signIn && !exchange && pw[0]) pw[0] = { ...pw[0], params: { ...pw[0].params, otherwise: 'true' } }
    pw.forEach(add)
    add(step('copy-fields'))
    add(step('test-login'))
  }

  return {
    email,
    provider: lookup?.provider ?? account?.provider ?? (ctx.name && policy ? { id: policy.id, name: policy.name } : null),
    imap,
    password,
    signIn,
    terms: { password: words?.passwordTerm ?? null, secondFactor: words?.secondFactorTerm ?? null, format: words?.passwordFormat ?? null },
    fields,
    fieldsUse,
    blockers,
    steps,
    links,
    messages,
    notes,
    source: account ? 'account' : (lookup?.source ?? 'none'),
    verdict,
    primaryAction: signIn || blockers.length > 0 || (password !== null && password !== 'normal') ? 'connect-wizard' : 'test-login',
  }
}

// Microsoft's page on letting users approve apps themselves (checked 2026-11-30 with the
// search tool): the admin's other option besides granting consent for everyone.
const USER_CONSENT_URL = 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/configure-user-consent'
