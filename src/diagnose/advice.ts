// Verdict -> advice in the user's words: what happened, why, the next thing to do, and at most
// two allow-listed links (docs/style.md "Every error screen says what happened, why, and the next
// thing to do, in that order, with the one link that helps"). Provider variants where the fix
// differs (Google/Apple/Yahoo/AOL app passwords, Microsoft's OAuth-only servers). The words are
// the `advice` catalogue in the current language (docs/i18n.md); provider facts (menu paths,
// notes, the password's name) are keys of the `providers` catalogue, rendered in that language too.
import type { Advice, TestRequest, TlsDetails, Verdict } from '../model.js'
import { HELP_LINKS, isAllowedHelpUrl, localizedHelpUrl } from './help-links.js'
import type { ProviderContext } from './provider-context.js'
import { alternativeUsername } from './alternative-username.js'
import { surfaceAdviceWords, verdictTitle, type WordsSurface } from '../words/words.js'
import { currentLanguage, i18n, t } from '../i18n/i18n.js'
import type { ProviderKnowledge, ProviderTextKey } from '../providers/policy-types.js'
import { policyNotes } from '../providers/policy-words.js'

export interface AdviceInput {
  ctx: ProviderContext
  /** The server's words (already password-scrubbed), shown for 'unknown'. */
  serverText?: string | null
  protocol?: TestRequest['protocol']
  username?: string | null
  email?: string | null
  tls?: TlsDetails
  /** The words were pasted by the user (explain), not said by a server during a test. */
  pasted?: boolean
  /** Who reads the advice: the CLI names its options (--ca), the app does not have them (default). */
  surface?: WordsSurface
}

type Link = Advice['links'][number]
type Body = Omit<Advice, 'verdict' | 'links' | 'alternativeUsername'> & { links?: (Link | null)[] }

function policyLink(label: string, url: string | undefined): Link | null {
  return url && isAllowedHelpUrl(url) ? { label, url } : null
}

type HelpLinkName = keyof typeof HELP_LINKS

/** One of the known help pages, labelled in the current language. */
function help(name: HelpLinkName): Link {
  return { label: t(`advice:link.${name}`), url: HELP_LINKS[name].url }
}

function appPasswordLink(ctx: ProviderContext): Link | null {
  switch (ctx.family) {
    case 'google':
      return help('googleAppPassword')
    case 'apple':
      return help('appleAppPassword')
    case 'yahoo':
      return help('yahooAppPassword')
    case 'aol':
      return help('aolAppPassword')
    default:
      return policyLink(t('advice:link.appPassword', { provider: ctx.name ?? t('advice:providerUnknownStart') }), ctx.policy?.appPasswordUrl)
  }
}

/** The "what happened" sentence, with the certificate's fingerprint after it when there is one. */
function withCertificate(what: string, tls: TlsDetails | undefined): string {
  return tls?.fingerprint256 ? `${what} ${t('advice:certificate', { fingerprint: tls.fingerprint256 })}` : what
}

const PROVIDER = (ctx: ProviderContext) => ctx.name ?? t('advice:providerUnknown')

const APP_PASSWORD_FAMILIES = ['google', 'apple', 'yahoo', 'aol']

// "Which password?" in the provider's own words, from its policy (policies-*.ts): Apple's
// app-specific password, QQ's authorization code, Telekom's E-Mail-Passwort, Proton's Bridge
// password. Without a policy, the family default (Google, Apple, Yahoo, AOL want app passwords).

// The note that names the plan (Fastmail's Basic plan, mail.com Premium, Proton's paid Bridge),
// found by its English text so the reader gets it in theirs.
function planNote(k: ProviderKnowledge): string | null {
  const key = k.notes.find((n) => /plan|Premium|Bridge/i.test(englishOf(n)))
  return key ? t(key) : null
}

function englishOf(key: ProviderTextKey): string {
  const colon = key.indexOf(':')
  return String(i18n.getResource('en', key.slice(0, colon), key.slice(colon + 1)) ?? '')
}

function authFailed(ctx: ProviderContext): Body {
  const k = ctx.knowledge ?? null
  const provider = PROVIDER(ctx)
  const check = [t('advice:authFailed.checkPassword'), t('advice:authFailed.checkUsername')]
  const base = { title: verdictTitle('auth-failed'), what: t('advice:authFailed.what'), links: [appPasswordLink(ctx)] }
  if (!k) {
    const wantsAppPassword = !!ctx.family && APP_PASSWORD_FAMILIES.includes(ctx.family)
    const next = wantsAppPassword ? [t('advice:authFailed.familyAppPasswordNext', { provider }), ...check] : check
    return { ...base, why: wantsAppPassword ? t('advice:authFailed.familyAppPasswordWhy', { provider }) : t('advice:authFailed.why'), next }
  }
  // The provider's word in the reader's language (providers.json, or guidance's common term); a
  // name of the provider's own ("secure mail key", "授权码") is quoted as its interface writes it.
  const password = t(k.words.passwordName)
  const twoFactor = k.words.twoFactorName && t(k.words.twoFactorName)
  // A policy whose username is neither form says which in its first note (iCloud custom domains).
  const username = k.policy.usernameForm === 'other' ? policyNotes(k).slice(0, 1) : []
  switch (k.policy.password) {
    case 'app-password': {
      const next = twoFactor
        ? t('advice:authFailed.appPasswordNextTwoFactor', { provider, password, twoFactor })
        : t('advice:authFailed.appPasswordNext', { provider, password })
      return { ...base, why: t('advice:authFailed.appPasswordWhy', { provider, password }), next: [next, ...username, ...check] }
    }
    case 'mail-password':
      return { ...base, why: t('advice:authFailed.mailPasswordWhy', { provider, password }), next: [t('advice:authFailed.mailPasswordNext', { password }), ...check] }
    case 'bridge':
      return { ...base, why: t('advice:authFailed.bridgeWhy', { provider }), next: [t('advice:authFailed.bridgeNext', { password }), ...check] }
    case 'not-applicable':
      // No IMAP, POP3 or SMTP at all (Tuta, HEY): no password of any kind gets a program in.
      return { ...base, what: t('advice:disabled.noneWhat', { provider }), why: t('advice:disabled.noneWhy', { provider }), next: policyNotes(k) }
    case 'oauth-only':
      return {
        ...base,
        what: t('advice:authFailed.oauthOnlyWhat'),
        why: t('advice:authFailed.oauthOnlyWhy', { provider }),
        next: [t('advice:authFailed.oauthOnlyNext', { brand: k.signIn === 'google' ? 'Google' : 'Microsoft' })],
        links: [k.signIn === 'microsoft' ? help('microsoftBasicAuth') : null],
      }
    case 'normal': {
      // GMX, WEB.DE, freenet ... answer a bare "authentication failed" while access is off.
      const steps = k.words.enableImapSteps && t(k.words.enableImapSteps)
      const switchedOff =
        k.imap === 'after-enabling'
          ? [steps ? t('advice:authFailed.normalSwitchedOff', { provider, steps }) : t('advice:authFailed.normalSwitchedOffNoSteps', { provider })]
          : []
      return {
        ...base,
        why: t('advice:authFailed.normalWhy', { provider, password }),
        next: [...check, ...switchedOff],
        links: [policyLink(t('advice:link.enableImap', { provider, what: 'IMAP' }), k.policy.enableImapUrl)],
      }
    }
  }
}

// Where to switch IMAP on, from the policy: the user's own settings, the admin's console, a
// paid plan, or nowhere (Tuta, HEY). Personal Gmail has IMAP always on since January 2025.
function imapDisabled(ctx: ProviderContext, what: 'IMAP' | 'POP'): Body {
  const k = ctx.knowledge ?? null
  const provider = PROVIDER(ctx)
  const title = what === 'IMAP' ? verdictTitle('imap-disabled') : t('advice:disabled.popTitle')
  const refused = t('advice:disabled.what', { what })
  const enableLink = (url: string | undefined) => policyLink(t('advice:link.enableImap', { provider, what }), url)
  const gmailWorkspace = t('advice:disabled.gmailWorkspace')
  if (!k) {
    const google = ctx.family === 'google'
    return {
      title,
      what: refused,
      why: t('advice:disabled.why'),
      next: [google ? gmailWorkspace : t('advice:disabled.turnOn', { what })],
      links: [google ? help('googleImap') : enableLink(ctx.policy?.enableImapUrl)],
    }
  }
  const steps = k.words.enableImapSteps && t(k.words.enableImapSteps)
  switch (k.imap) {
    case 'none':
      return {
        title: t('advice:disabled.noneTitle', { provider, what }),
        what: t('advice:disabled.noneWhat', { provider }),
        why: t('advice:disabled.noneWhy', { provider }),
        next: policyNotes(k),
      }
    case 'admin':
      return {
        title,
        what: refused,
        why: t('advice:disabled.adminWhy', { provider, what }),
        next: [steps ? t('advice:disabled.adminNextSteps', { what, steps }) : t('advice:disabled.adminNext', { what })],
        links: [k.signIn === 'google' ? help('googleImap') : enableLink(k.policy.enableImapUrl)],
      }
    case 'paid-plan':
      return {
        title,
        what: refused,
        why: t('advice:disabled.paidWhy', { provider, what }),
        next: [
          planNote(k) ?? t('advice:disabled.paidNext', { provider, what }),
          ...(steps ? [t('advice:disabled.paidThen', { steps })] : []),
        ],
        links: [enableLink(k.policy.enableImapUrl)],
      }
    case 'on':
      return {
        title,
        what: refused,
        why: t('advice:disabled.onWhy', { provider, what }),
        next: [k.signIn === 'google' ? gmailWorkspace : t('advice:disabled.onNext', { provider, what })],
        links: [k.signIn === 'google' ? help('googleImap') : enableLink(k.policy.enableImapUrl)],
      }
    case 'after-enabling':
      return {
        title,
        what: refused,
        why: t('advice:disabled.afterEnablingWhy', { provider, what }),
        next: [steps ? t('advice:disabled.afterEnablingNextSteps', { provider, steps }) : t('advice:disabled.afterEnablingNext', { provider, what }), t('advice:disabled.testAgain')],
        links: [enableLink(k.policy.enableImapUrl)],
      }
  }
}

function body(verdict: Verdict, input: AdviceInput): Body {
  const { ctx } = input
  const proto = (input.protocol ?? 'imap').toUpperCase()
  const provider = PROVIDER(ctx)
  const title = verdictTitle(verdict)
  switch (verdict) {
    case 'ok':
      return { title, what: t('advice:ok.what'), why: t('advice:ok.why'), next: [t('advice:ok.next1')] }
    case 'dns-not-found':
      return { title, what: t('advice:dns-not-found.what'), why: t('advice:dns-not-found.why'), next: [t('advice:dns-not-found.next1'), t('advice:dns-not-found.next2')] }
    case 'offline':
      return { title, what: t('advice:offline.what'), why: t('advice:offline.why'), next: [t('advice:offline.next1')] }
    case 'connection-refused':
      return { title, what: t('advice:connection-refused.what'), why: t('advice:connection-refused.why'), next: [t('advice:connection-refused.next1')] }
    case 'timeout':
      return { title, what: t('advice:timeout.what'), why: t('advice:timeout.why'), next: [t('advice:timeout.next1'), t('advice:timeout.next2')] }
    case 'connection-closed':
      return { title, what: t('advice:connection-closed.what'), why: t('advice:connection-closed.why'), next: [t('advice:connection-closed.next1'), t('advice:connection-closed.next2')] }
    case 'security-mismatch':
      return { title, what: t('advice:security-mismatch.what'), why: t('advice:security-mismatch.why'), next: [t('advice:security-mismatch.next1')] }
    case 'wrong-service':
      return { title, what: t('advice:wrong-service.what'), why: t('advice:wrong-service.why'), next: [t('advice:wrong-service.next1')] }
    case 'starttls-unavailable':
      return { title, what: t('advice:starttls-unavailable.what'), why: t('advice:starttls-unavailable.why'), next: [t('advice:starttls-unavailable.next1')] }
    case 'tls-expired':
      return { title, what: withCertificate(t('advice:tls-expired.what'), input.tls), why: t('advice:tls-expired.why'), next: [t('advice:tls-expired.next1'), t('advice:tls-expired.next2')] }
    case 'tls-self-signed':
      return {
        title,
        what: withCertificate(t('advice:tls-self-signed.what'), input.tls),
        why: t('advice:tls-self-signed.why'),
        next: [t('advice:tls-self-signed.next1'), surfaceAdviceWords('test-with-own-ca', input.surface ?? 'app')],
      }
    case 'tls-intercepted':
      return { title, what: withCertificate(t('advice:tls-intercepted.what'), input.tls), why: t('advice:tls-intercepted.why'), next: [t('advice:tls-intercepted.next1'), t('advice:tls-intercepted.next2')] }
    case 'tls-hostname-mismatch':
      return { title, what: withCertificate(t('advice:tls-hostname-mismatch.what'), input.tls), why: t('advice:tls-hostname-mismatch.why'), next: [t('advice:tls-hostname-mismatch.next1')] }
    case 'tls-incomplete-chain':
      return { title, what: withCertificate(t('advice:tls-incomplete-chain.what'), input.tls), why: t('advice:tls-incomplete-chain.why'), next: [t('advice:tls-incomplete-chain.next1')] }
    case 'tls-outdated':
      return { title, what: t('advice:tls-outdated.what'), why: t('advice:tls-outdated.why'), next: [t('advice:tls-outdated.next1')] }
    case 'cleartext-disallowed':
      return { title, what: t('advice:cleartext-disallowed.what'), why: t('advice:cleartext-disallowed.why'), next: [t('advice:cleartext-disallowed.next1')] }
    case 'app-password-required':
      return {
        title,
        what: t('advice:app-password-required.what', { provider }),
        why: t('advice:app-password-required.why'),
        next: [t('advice:app-password-required.next1'), t('advice:app-password-required.next2')],
        links: [appPasswordLink(ctx)],
      }
    case 'web-login-required':
      return {
        title,
        what: t('advice:web-login-required.what', { provider }),
        why: t('advice:web-login-required.why'),
        next: [t('advice:web-login-required.next1'), ctx.family === 'google' ? t('advice:web-login-required.googleNext2') : t('advice:web-login-required.next2')],
        links: [ctx.family === 'google' ? help('googleWebLogin') : null],
      }
    case 'imap-disabled':
      return imapDisabled(ctx, proto === 'POP3' ? 'POP' : 'IMAP')
    case 'oauth-required':
      // Without context the words themselves ("basic authentication is disabled", 5.7.139) are Microsoft's.
      if (ctx.family === 'microsoft' || !ctx.family) {
        return {
          title: t('advice:oauth-required.microsoftTitle'),
          what: t('advice:oauth-required.microsoftWhat'),
          why: t('advice:oauth-required.microsoftWhy'),
          next: [t('advice:oauth-required.microsoftNext1'), t('advice:oauth-required.microsoftNext2')],
          links: [help('microsoftBasicAuth'), ctx.policy?.id === 'outlook-com' ? help('microsoftPopImap') : null],
        }
      }
      return {
        title: t('advice:oauth-required.title', { provider }),
        what: t('advice:oauth-required.what', { provider }),
        why: t('advice:oauth-required.why', { provider }),
        next: [t('advice:oauth-required.next1', { provider }), t('advice:oauth-required.next2')],
      }
    case 'admin-consent-required':
      return {
        title,
        what: t('advice:admin-consent-required.what'),
        why: t('advice:admin-consent-required.why'),
        next: [t('advice:admin-consent-required.next1'), t('advice:admin-consent-required.next2')],
        links: [help('microsoftAdminConsent')],
      }
    case 'smtp-auth-disabled':
      return {
        title,
        what: t('advice:smtp-auth-disabled.what'),
        why: t('advice:smtp-auth-disabled.why'),
        next: [t('advice:smtp-auth-disabled.next1'), t('advice:smtp-auth-disabled.next2')],
        links: [ctx.family === 'microsoft' || !ctx.family ? help('microsoftSmtpAuth') : null],
      }
    case 'too-many-connections':
      return { title, what: t('advice:too-many-connections.what'), why: t('advice:too-many-connections.why'), next: [t('advice:too-many-connections.next1')] }
    case 'rate-limited':
      return { title, what: t('advice:rate-limited.what'), why: t('advice:rate-limited.why'), next: [t('advice:rate-limited.next1')] }
    case 'server-unavailable':
      return { title, what: t('advice:server-unavailable.what'), why: t('advice:server-unavailable.why'), next: [t('advice:server-unavailable.next1')] }
    case 'account-problem':
      return { title, what: t('advice:account-problem.what'), why: t('advice:account-problem.why'), next: [t('advice:account-problem.next1')] }
    case 'auth-failed':
      return authFailed(ctx)
    case 'pop3-unsupported':
      return { title, what: t('advice:pop3-unsupported.what'), why: t('advice:pop3-unsupported.why'), next: [t('advice:pop3-unsupported.next1'), t('advice:pop3-unsupported.next2')] }
    case 'unknown':
      if (input.pasted) {
        return {
          title,
          what: t('advice:unknown.pastedWhat', { text: input.serverText ?? '' }),
          why: t('advice:unknown.pastedWhy'),
          next: [t('advice:unknown.pastedNext1'), t('advice:unknown.pastedNext2')],
        }
      }
      return {
        title: t('advice:unknown.title'),
        what: input.serverText ? t('advice:unknown.serverSaid', { text: input.serverText }) : t('advice:unknown.noMessage'),
        why: t('advice:unknown.why'),
        next: [t('advice:unknown.next1')],
      }
  }
}

export function adviceFor(verdict: Verdict, input: AdviceInput): Advice {
  const b = body(verdict, input)
  const language = currentLanguage()
  const links = (b.links ?? [])
    .filter((l): l is Link => !!l)
    .map((l) => ({ ...l, url: localizedHelpUrl(l.url, language) }))
    .filter((l) => isAllowedHelpUrl(l.url))
    .slice(0, 2)
  const advice: Advice = { verdict, title: b.title, what: b.what, why: b.why, next: b.next, links }
  if (verdict === 'auth-failed') {
    const other = alternativeUsername(input.username ?? null, input.email ?? null)
    // Not when the provider's known form is the one just tried: a second failed login for nothing.
    const form = input.ctx.policy?.usernameForm
    const wasted = (form === 'email' && !other?.includes('@')) || (form === 'local-part' && !!other?.includes('@'))
    if (other && !wasted) advice.alternativeUsername = other
  }
  return advice
}
