// Verdict -> advice in the user's words: what happened, why, the next thing to do, and at most
// two allow-listed links (docs/style.md "Every error screen says what happened, why, and the next
// thing to do, in that order, with the one link that helps"). Provider variants where the fix
// differs (Google/Apple/Yahoo/AOL app passwords, Microsoft's OAuth-only servers).
import type { Advice, TestRequest, TlsDetails, Verdict } from '../model.js'
import { HELP_LINKS, isAllowedHelpUrl } from './help-links.js'
import type { ProviderContext } from './provider-context.js'
import { alternativeUsername } from './alternative-username.js'
import { surfaceAdviceWords, verdictTitle, type WordsSurface } from '../words/words.js'

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

function appPasswordLink(ctx: ProviderContext): Link | null {
  switch (ctx.family) {
    case 'google':
      return HELP_LINKS.googleAppPassword
    case 'apple':
      return HELP_LINKS.appleAppPassword
    case 'yahoo':
      return HELP_LINKS.yahooAppPassword
    case 'aol':
      return HELP_LINKS.aolAppPassword
    default:
      return policyLink(`${ctx.name ?? 'Your provider'}: make an app password`, ctx.policy?.appPasswordUrl)
  }
}

function certificateLine(tls: TlsDetails | undefined): string {
  if (!tls?.fingerprint256) return ''
  return ` The certificate's SHA-256 fingerprint is ${tls.fingerprint256}; your IT admin can compare it with the real one.`
}

const PROVIDER = (ctx: ProviderContext) => ctx.name ?? 'your email provider'
const MICROSOFT_NO_PASSWORDS =
  "Microsoft accepts no passwords here: use your CRM's \"Sign in with Microsoft\" (or \"Connect with Microsoft 365/Outlook\") button instead of typing server settings. If it says it needs admin approval, your IT admin must grant consent."

const APP_PASSWORD_FAMILIES = ['google', 'apple', 'yahoo', 'aol']

// "Which password?" in the provider's own words, from its policy (policies-*.ts): Apple's
// app-specific password, QQ's authorization code, Telekom's E-Mail-Passwort, Proton's Bridge
// password. Without a policy, the family default (Google, Apple, Yahoo, AOL want app passwords).
function authFailed(ctx: ProviderContext): Body {
  const k = ctx.knowledge ?? null
  const name = PROVIDER(ctx)
  const check = ['Check the password by signing in on the web.', 'Check whether the username should be the full address or only the part before the @.']
  const base = { title: verdictTitle('auth-failed'), what: 'The server says the username or password is wrong.', links: [appPasswordLink(ctx)] }
  if (!k) {
    const wantsAppPassword = !!ctx.family && APP_PASSWORD_FAMILIES.includes(ctx.family)
    const next = wantsAppPassword ? [`If you typed your normal ${name} password: make an app password (link below) and type that instead.`, ...check] : check
    return { ...base, why: wantsAppPassword ? `${name} usually needs an app password for other apps; your normal password is refused.` : 'A typo, an old password, or the wrong username form (full address or the part before the @).', next }
  }
  const pw = k.words.passwordName
  const twoFactor = k.words.twoFactorName ? ` (it needs ${k.words.twoFactorName} on your account)` : ''
  const username = k.policy.usernameForm === 'other' ? [k.policy.notes[0]!] : []
  switch (k.policy.password) {
    case 'app-password':
      return { ...base, why: `${name} does not accept your normal password in other apps: it wants an ${pw}.`, next: [`If you typed your normal ${name} password: make an ${pw}${twoFactor} and type that instead.`, ...username, ...check] }
    case 'mail-password':
      return { ...base, why: `${name} wants a separate ${pw} for mail programs; the login password is refused.`, next: [`Type your ${pw}, not the login password (set it on the page linked below).`, ...check] }
    case 'bridge':
      return { ...base, why: `${name} is reached through Proton Mail Bridge, which has its own password.`, next: [`Type the ${pw} shown in the Bridge app, not your Proton password.`, ...check] }
    case 'oauth-only':
      return { ...base, what: 'The server refused the password.', why: `${name} accepts no passwords in other apps.`, next: [`Use your CRM's "Sign in with ${k.signIn === 'google' ? 'Google' : 'Microsoft'}" option instead of a password.`], links: [k.signIn === 'microsoft' ? HELP_LINKS.microsoftBasicAuth : null] }
    case 'normal': {
      // GMX, WEB.DE, freenet ... answer a bare "authentication failed" while access is off.
      const switchedOff = k.imap === 'after-enabling' ? [`${name} also answers like this while IMAP/POP3 access is switched off: check it is on (${k.words.enableImapSteps ?? 'in the web mail settings'}).`] : []
      return { ...base, why: `${name} takes your ${pw} here; a typo, an old password or the wrong username form is the usual cause.`, next: [...check, ...switchedOff], links: [policyLink(`${name}: how to switch on IMAP`, k.policy.enableImapUrl)] }
    }
  }
}

// Where to switch IMAP on, from the policy: the user's own settings, the admin's console, a
// paid plan, or nowhere (Tuta, HEY). Personal Gmail has IMAP always on since January 2025.
function imapDisabled(ctx: ProviderContext, what: 'IMAP' | 'POP'): Body {
  const k = ctx.knowledge ?? null
  const name = PROVIDER(ctx)
  const title = what === 'IMAP' ? verdictTitle('imap-disabled') : 'POP is switched off for this mailbox'
  const refused = `The server refused because ${what} access is turned off for this account.`
  const enableLink = (url: string | undefined) => policyLink(`${name}: how to switch on ${what}`, url)
  if (!k) {
    const google = ctx.family === 'google'
    return { title, what: refused, why: 'Some providers and company admins switch it off by default.', next: [google ? 'Personal Gmail has IMAP always on, so this is a work or school account: your Google Workspace admin must allow IMAP.' : `Turn on ${what} in your mailbox settings on the web, or ask your IT admin.`], links: [google ? HELP_LINKS.googleImap : enableLink(ctx.policy?.enableImapUrl)] }
  }
  const steps = k.words.enableImapSteps
  switch (k.imap) {
    case 'none':
      return { title: `${name} has no ${what}`, what: `${name} offers no IMAP or POP3 at all.`, why: `${name} can only be read in its own apps.`, next: [k.policy.notes[0]!, ...k.policy.notes.slice(1)] }
    case 'admin':
      return { title, what: refused, why: `In ${name} the administrator decides which people may use ${what}.`, next: [`Ask your administrator to allow ${what} for your mailbox${steps ? ` (${steps})` : ''}.`], links: [k.signIn === 'google' ? HELP_LINKS.googleImap : enableLink(k.policy.enableImapUrl)] }
    case 'paid-plan':
      return { title, what: refused, why: `${name} includes ${what} only in paid plans.`, next: [k.policy.notes.find((n) => /plan|Premium|Bridge/i.test(n)) ?? `Check that your ${name} plan includes ${what}.`, ...(steps ? [`Then switch it on: ${steps}.`] : [])], links: [enableLink(k.policy.enableImapUrl)] }
    case 'on':
      return { title, what: refused, why: `${name} normally has ${what} on; an administrator or a security setting switched it off.`, next: [k.signIn === 'google' ? 'Personal Gmail has IMAP always on, so this is a work or school account: your Google Workspace admin must allow IMAP.' : `Ask ${name} or your administrator why ${what} is off for this mailbox.`], links: [k.signIn === 'google' ? HELP_LINKS.googleImap : enableLink(k.policy.enableImapUrl)] }
    case 'after-enabling':
      return { title, what: refused, why: `${name} keeps ${what} off until you switch it on yourself.`, next: [steps ? `Switch it on in ${name} on the web: ${steps}.` : `Switch ${what} on in ${name}'s settings on the web.`, 'Then test again; the same password works.'], links: [enableLink(k.policy.enableImapUrl)] }
  }
}

function body(verdict: Verdict, input: AdviceInput): Body {
  const { ctx } = input
  const proto = (input.protocol ?? 'imap').toUpperCase()
  switch (verdict) {
    case 'ok':
      return { title: verdictTitle('ok'), what: 'The server accepted this username and password.', why: 'Server, port, security and login all match what the server expects.', next: ['Type exactly these settings into your CRM.'] }
    case 'dns-not-found':
      return { title: verdictTitle('dns-not-found'), what: 'The server name does not exist on the internet.', why: 'It is usually a typo, or an old server name the provider has since changed.', next: ['Check the spelling of the server name.', "Look up your provider's current server name: this tool finds it from your email address, or see your provider's settings page."] }
    case 'offline':
      return { title: verdictTitle('offline'), what: 'This computer could not reach the internet.', why: 'The network is down, or a VPN or firewall blocks it.', next: ['Check that other websites open, then test again.'] }
    case 'connection-refused':
      return { title: verdictTitle('connection-refused'), what: 'The server is there but nothing answers on this port.', why: 'The port number is wrong, or the provider does not offer this service on it.', next: [`Check the port: IMAP uses 993 (SSL/TLS) or 143 (STARTTLS), POP3 995 or 110, SMTP 465 or 587.`] }
    case 'timeout':
      return { title: verdictTitle('timeout'), what: 'The server did not answer before the time limit.', why: 'A firewall, antivirus or company network may silently block this port, or the server name points to the wrong machine.', next: ['Try again on another network (for example a phone hotspot).', 'Check the server name and port.'] }
    case 'connection-closed':
      return { title: verdictTitle('connection-closed'), what: 'The server closed the connection before the test finished.', why: 'The server may limit where you can connect from, or something on the network cut the connection.', next: ['Test again in a minute.', 'If it keeps happening, ask your provider whether connections from outside are allowed.'] }
    case 'security-mismatch':
      return { title: verdictTitle('security-mismatch'), what: 'This port expects a different kind of encryption than the one chosen.', why: "SSL/TLS ports (993, 995, 465) encrypt from the first moment; STARTTLS ports (143, 110, 587) start plain and switch to encryption. Mixing them up makes the server and the app talk past each other.", next: ['Use SSL/TLS with 993, 995 or 465, and STARTTLS with 143, 110 or 587.'] }
    case 'wrong-service':
      return { title: verdictTitle('wrong-service'), what: 'The server on this port speaks another mail protocol than the one chosen (for example POP3 on the IMAP port).', why: 'The port number belongs to another service.', next: ['Check the port number and protocol: IMAP 993/143, POP3 995/110, SMTP 465/587.'] }
    case 'starttls-unavailable':
      return { title: verdictTitle('starttls-unavailable'), what: 'STARTTLS was chosen, but the server does not offer it on this port. The test stopped before sending the password.', why: 'The server has no encryption on this port, or something on the network removed the offer.', next: ['Use the SSL/TLS port instead (993 for IMAP, 995 for POP3, 465 for SMTP).'] }
    case 'tls-expired':
      return { title: verdictTitle('tls-expired'), what: `The server's security certificate is out of date, so the connection cannot be trusted.${certificateLine(input.tls)}`, why: 'The provider forgot to renew it, or the computer clock is wrong.', next: ["Check this computer's date and time.", 'Otherwise tell your provider; your CRM will refuse this server too.'] }
    case 'tls-self-signed':
      return { title: verdictTitle('tls-self-signed'), what: `The server's certificate was not issued by a trusted authority (self-signed or private). The test stopped before sending the password.${certificateLine(input.tls)}`, why: 'Small or company servers sometimes make their own certificates; a CRM in the cloud will not accept them.', next: ['Ask your provider or IT admin for the server name with a proper certificate.', surfaceAdviceWords('test-with-own-ca', input.surface ?? 'app')] }
    case 'tls-intercepted':
      return { title: verdictTitle('tls-intercepted'), what: `The certificate comes from antivirus or a company proxy, not from your provider.${certificateLine(input.tls)}`, why: 'Some antivirus "mail shield" and company firewalls open encrypted connections to scan them.', next: ['Turn off mail or SSL scanning in your antivirus, or test on another network.', 'Your CRM connects from the cloud and is not affected; the settings may still be right.'] }
    case 'tls-hostname-mismatch':
      return { title: verdictTitle('tls-hostname-mismatch'), what: `The server's certificate does not name the server you typed.${certificateLine(input.tls)}`, why: "You may use an alias of the provider's server; the certificate only covers the real name.", next: ["Use the server name from the certificate or from your provider's help page."] }
    case 'tls-incomplete-chain':
      return { title: verdictTitle('tls-incomplete-chain'), what: `The server does not send the middle certificate that links its certificate to a trusted authority.${certificateLine(input.tls)}`, why: "It is a server setup mistake; some apps fill the gap, CRMs often don't. If secure sites also fail on this computer, a company proxy or antivirus may be re-signing connections instead.", next: ['Tell your provider or IT admin that the intermediate certificate is missing.'] }
    case 'tls-outdated':
      return { title: verdictTitle('tls-outdated'), what: 'The server only offers old encryption versions that are no longer allowed.', why: 'The server has not been updated in a long time.', next: ['Ask your provider for a current server; your CRM will refuse this one too.'] }
    case 'cleartext-disallowed':
      return { title: verdictTitle('cleartext-disallowed'), what: 'The server refuses passwords over an unencrypted connection.', why: 'Sending a password unencrypted would expose it.', next: ['Choose SSL/TLS (port 993/995/465) or STARTTLS (143/110/587).'] }
    case 'app-password-required':
      return { title: verdictTitle('app-password-required'), what: `${PROVIDER(ctx)} does not accept your normal password in other apps.`, why: 'With two-step verification on, mail apps and CRMs must use a separate "app password".', next: ['Make an app password in your account\'s security settings.', 'Type the app password (not your normal password) into your CRM.'], links: [appPasswordLink(ctx)] }
    case 'web-login-required':
      return { title: verdictTitle('web-login-required'), what: `${PROVIDER(ctx)} blocked this sign-in and wants you to confirm it in a browser.`, why: 'The provider saw a sign-in it did not recognise, or wants you to use a more secure sign-in.', next: ['Sign in to your mailbox in a web browser and confirm any security prompt.', ctx.family === 'google' ? "Then use an app password, or your CRM's \"Sign in with Google\"." : 'Then test again.'], links: [ctx.family === 'google' ? HELP_LINKS.googleWebLogin : null] }
    case 'imap-disabled':
      return imapDisabled(ctx, proto === 'POP3' ? 'POP' : 'IMAP')
    case 'oauth-required':
      // Without context the words themselves ("basic authentication is disabled", 5.7.139) are Microsoft's.
      if (ctx.family === 'microsoft' || !ctx.family) {
        return { title: 'Use "Sign in with Microsoft" instead of a password', what: MICROSOFT_NO_PASSWORDS, why: 'Microsoft 365 and Outlook.com turned off password logins ("basic authentication") for IMAP, POP and SMTP; only a sign-in through Microsoft works.', next: ["In your CRM, choose the Microsoft / Office 365 / Outlook option and sign in there.", 'If it says "Need admin approval", send your IT admin the consent link it shows.'], links: [HELP_LINKS.microsoftBasicAuth, ctx.policy?.id === 'outlook-com' ? HELP_LINKS.microsoftPopImap : null] }
      }
      return { title: `Use your CRM's "Sign in with ${PROVIDER(ctx)}" instead of a password`, what: `${PROVIDER(ctx)} accepts no passwords here: use your CRM's sign-in button for this provider instead of typing server settings.`, why: `${PROVIDER(ctx)} only lets other apps in through its own sign-in page (OAuth), not with a typed password.`, next: [`In your CRM, choose the ${PROVIDER(ctx)} option (or "Sign in with ${PROVIDER(ctx)}") and sign in there.`, 'If your CRM has no such option, ask its support which sign-in it offers for this provider.'] }
    case 'admin-consent-required':
      return { title: verdictTitle('admin-consent-required'), what: "Your organisation's Microsoft account does not let you approve the CRM's access yourself.", why: 'Many companies allow only admins to grant apps access to mailboxes ("admin consent").', next: ['Send your IT admin the name of the CRM and ask them to grant admin consent for it in Microsoft Entra.', 'Then connect again with "Sign in with Microsoft".'], links: [HELP_LINKS.microsoftAdminConsent] }
    case 'smtp-auth-disabled':
      return { title: verdictTitle('smtp-auth-disabled'), what: 'The server does not allow logging in to send mail (SMTP AUTH) for this mailbox.', why: 'Microsoft 365 turns authenticated SMTP off by default; admins can turn it on per mailbox.', next: ["Prefer your CRM's \"Sign in with Microsoft\" option.", 'Otherwise ask your IT admin to turn on authenticated SMTP for this mailbox.'], links: [ctx.family === 'microsoft' || !ctx.family ? HELP_LINKS.microsoftSmtpAuth : null] }
    case 'too-many-connections':
      return { title: verdictTitle('too-many-connections'), what: 'The server refused because too many apps are connected to this mailbox at once.', why: 'Providers limit simultaneous connections (Gmail allows 15 per account).', next: ['Close other mail apps or devices that use this mailbox, wait a few minutes, and test again.'] }
    case 'rate-limited':
      return { title: verdictTitle('rate-limited'), what: 'The server is slowing down logins from you for now.', why: 'After several attempts in a row, providers pause logins to protect the account.', next: ['Wait 15 minutes before testing again; repeated attempts can lock the account.'] }
    case 'server-unavailable':
      return { title: verdictTitle('server-unavailable'), what: 'The server could not check the login right now.', why: 'It is a problem on the provider\'s side, usually short.', next: ['Test again in a few minutes.'] }
    case 'account-problem':
      return { title: verdictTitle('account-problem'), what: 'The server says the account is expired, disabled or locked.', why: 'The password may have expired, or the account was suspended.', next: ['Sign in on the web to see what the provider asks for, or contact your IT admin.'] }
    case 'auth-failed':
      return authFailed(ctx)
    case 'pop3-unsupported':
      return { title: verdictTitle('pop3-unsupported'), what: 'The CRM only connects over IMAP; this account is set up with POP3.', why: 'POP3 downloads mail and often removes it from the server, so a CRM cannot keep it in sync.', next: ['Use the IMAP server of the same provider in your CRM (the same username and password usually work).', 'In your mail app, keep POP3 or add the account again as IMAP; mail already downloaded stays on this computer.'] }
    case 'unknown':
      if (input.pasted) {
        return { title: verdictTitle('unknown'), what: `The message says: "${input.serverText ?? ''}"`, why: 'We only name a cause when we are sure, so we do not guess.', next: ["Test the login with this tool: it shows which step fails and the server's own words.", "Or search for the message on your CRM's or provider's help pages, or send it to your IT admin."] }
      }
      return { title: 'The server refused, for a reason we do not recognise', what: input.serverText ? `The server said: "${input.serverText}"` : 'The test failed without a message from the server.', why: 'We only name a cause when we are sure; these are the server\'s own words.', next: ["Search for the server's words on your provider's help pages, or send them to your IT admin."] }
  }
}

export function adviceFor(verdict: Verdict, input: AdviceInput): Advice {
  const b = body(verdict, input)
  const links = (b.links ?? []).filter((l): l is Link => !!l && isAllowedHelpUrl(l.url)).slice(0, 2)
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
