// Raw failure -> one Verdict (docs/verdicts.md), in a stated order:
//   1. socket and TLS (Node error codes),
//   2. server words: cleartext refused, IMAP switched off, app password, web-login block,
//      Microsoft's OAuth-only refusals (and admin consent / SMTP AUTH off), transient limits,
//      account problems, Microsoft's bare refusals (only with Microsoft context), then a
//      generic wrong password,
//   3. anything else: 'unknown', and the caller shows the server's own words.
// "Wrong password" only when the server said so (Thunderbird's ConfigVerifier does the same).
// Texts are recorded provider replies; see test/fixtures/diagnose/server-texts.ts for sources.
import type { Verdict } from '../model.js'
import { normalizeFailureText } from './normalize-failure-text.js'
import type { ProviderContext } from './provider-context.js'
import { PROBE_CODES } from '../probe/probe-codes.js'
import { classifyThunderbirdAlert } from './thunderbird-alerts.js'

export interface FailureFacts {
  /** Node/OpenSSL error code (ECONNREFUSED, CERT_HAS_EXPIRED, ...) or a probe code (see PROBE_CODES). */
  code?: string | null
  /** The server's own words at the failing step, or an error message for TLS failures. */
  text?: string | null
  /** Issuer of the certificate the server sent, when a TLS check failed. */
  issuer?: string | null
}

const NETWORK_CODES: Record<string, Verdict> = {
  ENOTFOUND: 'dns-not-found',
  EAI_NONAME: 'dns-not-found',
  EAI_NODATA: 'dns-not-found',
  EAI_AGAIN: 'offline',
  ENETUNREACH: 'offline',
  ENETDOWN: 'offline',
  EHOSTUNREACH: 'offline',
  EHOSTDOWN: 'offline',
  ECONNREFUSED: 'connection-refused',
  ETIMEDOUT: 'timeout',
  [PROBE_CODES.timeout]: 'timeout',
  CONNECT_TIMEOUT: 'timeout',
  GREETING_TIMEOUT: 'timeout',
  ECONNRESET: 'connection-closed',
  EPIPE: 'connection-closed',
  [PROBE_CODES.closed]: 'connection-closed',
  NoConnection: 'connection-closed',
  [PROBE_CODES.wrongService]: 'wrong-service',
  [PROBE_CODES.securityMismatch]: 'security-mismatch',
  ERR_SSL_WRONG_VERSION_NUMBER: 'security-mismatch',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'security-mismatch',
  ERR_SSL_HTTP_REQUEST: 'security-mismatch',
  [PROBE_CODES.starttlsUnavailable]: 'starttls-unavailable',
  [PROBE_CODES.loginDisabled]: 'cleartext-disallowed',
  [PROBE_CODES.noSmtpAuth]: 'smtp-auth-disabled',
  [PROBE_CODES.oauthOnly]: 'oauth-required',
  ERR_SSL_UNSUPPORTED_PROTOCOL: 'tls-outdated',
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: 'tls-outdated',
  ERR_SSL_NO_PROTOCOLS_AVAILABLE: 'tls-outdated',
  ERR_SSL_DH_KEY_TOO_SMALL: 'tls-outdated',
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: 'tls-outdated',
  ERR_SSL_EE_KEY_TOO_SMALL: 'tls-outdated',
  ERR_SSL_CA_MD_TOO_WEAK: 'tls-outdated',
  CERT_HAS_EXPIRED: 'tls-expired',
  CERT_NOT_YET_VALID: 'tls-expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls-self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls-self-signed',
  // The chain ends at an issuer this computer does not have: a missing intermediate, or an
  // interception proxy's root (named as such when its issuer is known). Never "self-signed".
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls-incomplete-chain',
  UNABLE_TO_GET_ISSUER_CERT: 'tls-incomplete-chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls-incomplete-chain',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls-hostname-mismatch',
  HOSTNAME_MISMATCH: 'tls-hostname-mismatch',
}

const TLS_TRUST_VERDICTS: Verdict[] = ['tls-self-signed', 'tls-incomplete-chain']

// Antivirus and company proxies that re-sign mail connections with their own root.
const INTERCEPTOR_ISSUER =
  /Avast|AVG|Kaspersky|ESET|Bitdefender|Norton|Symantec Web|McAfee|Sophos|Fortinet|FortiGate|Zscaler|Netskope|Palo Alto|Cisco Umbrella|Blue ?Coat|Trend Micro|WatchGuard|Barracuda|Check Point|Untangle|Forcepoint|Webroot|Mail Shield|Web Shield|SSL Inspection|Deep Packet/i

type Rule = { verdict: Verdict; test: (text: string, ctx: ProviderContext) => boolean }
const has = (pattern: RegExp) => (text: string) => pattern.test(text)

// Microsoft's bare refusals: they never say "wrong password", and since basic auth was turned
// off they mean "use Sign in with Microsoft" (MailKit#483, imapsync#395, magento-2-smtp#258).
// Matched inside a longer message too: CRMs and PHP wrap them ("Can not authenticate to IMAP
// server: AUTHENTICATE failed.", freescout#2085), and the rule runs only after every more
// specific one (limits, account problems) had its turn.
const MICROSOFT_BARE_REFUSAL =
  /\b(?:LOGIN|AUTHENTICATE) failed\b|Logon failure: unknown user name or bad password|\b5\.7\.3 Authentication unsuccessful/i

// A bare refusal from Apple: iCloud never says why, and a normal Apple Account password is
// always refused in other apps (support.apple.com/en-us/102654), so it means "app-specific
// password" (imapfilter#125, node-imap#839, nylas-mail#1911).
const APPLE_BARE_REFUSAL = /\[AUTHENTICATIONFAILED\]|authentication failed|invalid credentials|LOGIN failed/i

/** Server words -> verdict, in the order stated above. */
export const TEXT_RULES: readonly Rule[] = [
  { verdict: 'pop3-unsupported', test: has(/POP3? (?:is |are )?not supported|does(?: not|n't) support POP3?\b|POP3? accounts? (?:can ?not|cannot) be (?:connected|synced)|integration to POP3? accounts? is not possible/i) },
  // Yandex "530 5.7.7 Email sending without SSL/TLS encryption is not allowed"; Exchange
  // "451 5.7.3 STARTTLS is required to send mail".
  { verdict: 'cleartext-disallowed', test: has(/plaintext authentication (?:disallowed|is disabled|not allowed)|cleartext (?:authentication|logins?) (?:disallowed|not allowed|disabled)|\[PRIVACYREQUIRED\]|LOGINDISABLED|Login is disabled|Logging in is disabled|Must issue a STARTTLS command first|STARTTLS is required|5\.7\.11 Encryption required|Encryption required for requested authentication|without SSL\/TLS encryption is not allowed/i) },
  // Yandex "LOGIN invalid credentials or IMAP is disabled" (the fix covers both: switch IMAP on
  // and use an app password); NetEase SMTP "550 User has no permission" (the SMTP service is off).
  { verdict: 'imap-disabled', test: has(/not enabled for (?:IMAP|POP3?)(?: use)?|(?:IMAP|POP3?) access (?:is )?(?:disabled|turned off|not enabled)|yet to enable (?:IMAP|POP)|(?:IMAP|POP3?) is (?:disabled|not enabled) for (?:this|your) (?:account|mailbox|domain)|or IMAP is disabled|User has no permission/i) },
  // Mail.ru "NEOBHODIM parol prilozheniya ... / Aplication password is REQUIRED" (sic); QQ "Please
  // enter your authorization code to login" and its help page id 1001256, also when the Chinese
  // words arrive garbled; T-Online "Toid authentication disabled" (the Telekom login is refused,
  // the separate E-Mail-Passwort is needed).
  { verdict: 'app-password-required', test: has(/application[- ]specific password|InvalidSecondFactor|app password (?:is )?required|appl?ication password is required|parol prilozheniya|пароль (?:для внешнего )?приложени|authori[sz](?:ation|ed) code|enter your authorization|授权码|cgi-bin\/help\?subtype=1&&id=28&&no=1001256|Toid authentication disabled/i) },
  { verdict: 'app-password-required', test: (text, ctx) => ctx.family === 'apple' && APPLE_BARE_REFUSAL.test(text) },
  // NetEase "SELECT Unsafe Login. Please contact kefu@188.com": the login was taken as unsafe;
  // Yandex "please, prove you are not a robot".
  { verdict: 'web-login-required', test: has(/log ?in (?:via|with) your web browser|\[WEBALERT|accounts\/answer\/78754|WebLoginRequired|accounts\.google\.com\/(?:signin\/continue|ContinueSignIn)|web login required|sign in (?:via|through|using) (?:a|your) (?:web )?browser|\[ALERT\] Please log ?in|Unsafe Login|not a robot/i) },
  // AADSTS900941 (risky app: admin consent required) and AADSTS900981 (the request for admin
  // consent went to the reviewers): learn.microsoft.com .../application-sign-in-unexpected-user-consent-error.
  { verdict: 'admin-consent-required', test: has(/AADSTS9009[34]|AADSTS900981|AADSTS65001|need(?:s)? admin approval|does not have access to consent|admin(?:istrator)? consent (?:is )?required|requires? admin(?:istrator)? approval/i) },
  // The same screens and refusals as Microsoft's localized pages word them (German AADSTS90094,
  // AADSTS900941 and AADSTS900981 texts and the consent prompt's "Administratorgenehmigung
  // erforderlich": azure-docs.de-de application-sign-in-unexpected-user-consent-error.md,
  // configure-user-consent.md), the "Need admin approval" screen as Microsoft's French, Spanish
  // and Italian troubleshooting page names it (learn.microsoft.com/<lang>/troubleshoot/entra/
  // entra-id/app-integration/troubleshoot-consent-issues, read 2026-11-30), and the English
  // AADSTS90094 text without its code.
  // "Approval required" (the admin consent workflow's screen, in each language of
  // configure-admin-consent-workflow.md) counts only as the whole text: inside a server's reply
  // the phrase means something else.
  { verdict: 'admin-consent-required', test: has(/Administratorgenehmigung (?:ist )?erforderlich|Administratoreinwilligung ist erforderlich|Anforderung zur Administratoreinwilligung|die nur ein Administrator erteilen kann|Approbation administrateur requise|Se necesita la aprobación del administrador|È necessaria l['’]approvazione dell['’]amministratore|that only an admin(?:istrator)? can grant|^[\s"'„“«‘]*(?:Approval required|Genehmigung erforderlich|Approbation requise|Aprobación necesaria|Aprovação necessária|Approvazione richiesta|Goedkeuring vereist)[\s"'“”»’.!]*$/i) },
  { verdict: 'smtp-auth-disabled', test: has(/SmtpClientAuthentication is disabled|smtp_auth_disabled|5\.7\.57|authentication (?:is )?not enabled|AUTH (?:command )?not (?:available|supported|enabled)/i) },
  // Security defaults and Conditional Access block password sign-ins for the whole tenant:
  // "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security
  // defaults policy" / "..., the request did not meet the criteria to be authenticated
  // successfully" (gophish#3220, Exchange Online SMTP AUTH troubleshooting notes). 5.7.139 in
  // any other language is classified by its code: only the English "credentials were incorrect"
  // says the password itself was wrong.
  { verdict: 'oauth-required', test: has(/basic authentication is (?:disabled|not supported)|5\.7\.30|OAuth ?2?(?:\.0)? (?:is )?required|only OAuth|modern authentication (?:is )?required|security defaults policy|did not meet the criteria to be authenticated/i) },
  { verdict: 'oauth-required', test: (text) => /\b5\.7\.139\b/.test(text) && !/credentials were incorrect|SmtpClientAuthentication/i.test(text) },
  { verdict: 'too-many-connections', test: has(/too many (?:simultaneous |concurrent )?connections|maximum number of connections|mail_max_userip_connections|\[IN-USE\]|mailbox (?:is )?(?:already )?(?:in use|locked)|already in use by/i) },
  // Exchange Online "Request is throttled. Suggested Backoff Time: 299910 milliseconds";
  // IceWarp "Intrusion prevention active for <ip>" (a hosting server's lockout).
  { verdict: 'rate-limited', test: has(/\[THROTTLED\]|\[OVERQUOTA\]|rate[- ]limit|Request is throttled|Suggested Backoff Time|Intrusion prevention|too many (?:login|authentication|failed|invalid)[^.]*(?:attempts|failures|commands)|exceeded (?:command or bandwidth|the (?:login|rate))|4\.7\.0 Too many|try again (?:in|after) \d+ ?(?:seconds|minutes)|temporarily (?:blocked|locked)/i) },
  { verdict: 'server-unavailable', test: has(/\[UNAVAILABLE\]|\[SYS\/TEMP\]|temporary authentication failure|service (?:is )?(?:temporarily )?(?:not |un)available|^4\d\d[ -]|\[SERVERBUG\]|server (?:is )?(?:busy|shutting down)|System error|Temporary System Problem/i) },
  // Microsoft's outbound-spam block: "554 5.2.0 STOREDRV.Submission.Exception:
  // OutboundSpamException ... WASCL UserAction verdict is not None" (the account may not send
  // until it is verified or unblocked on the web).
  { verdict: 'account-problem', test: has(/\[EXPIRED\]|\[CONTACTADMIN\]|\[SYS\/PERM\]|account (?:is |has been )?(?:disabled|suspended|locked|expired|blocked|deactivated|inactive)|password (?:has )?expired|mailbox (?:is )?(?:disabled|inactive|not found)|user account (?:is )?disabled|AADSTS50057|AADSTS50053|OutboundSpamException|WASCL UserAction/i) },
  { verdict: 'oauth-required', test: (text, ctx) => ctx.family === 'microsoft' && MICROSOFT_BARE_REFUSAL.test(text) && !/credentials were incorrect|AADSTS50126/i.test(text) },
  // Exchange "BAD User is authenticated but not connected": it accepted the login, then refuses
  // every command; a wrong password or a login without access to the mailbox (imapsync FAQ
  // Office365 R1; email-oauth2-proxy#74).
  { verdict: 'auth-failed', test: has(/\[AUTHENTICATIONFAILED\]|authentication failed|invalid credentials|-ERR \[AUTH\]|\b535[ -]5\.7\.8|\b5\.7\.8\b|Username and Password not accepted|invalid (?:login|user(?:name)? or password|password or user(?:name)?|password)|credentials were incorrect|unknown user name or bad password|incorrect (?:user(?:name)?|password|authentication data)|(?:user(?:name)?|password) (?:is )?incorrect|bad password|wrong password|LOGIN failed|AUTHENTICATE failed|Authentication unsuccessful|AADSTS50126|authenticated but not connected|check (?:your )?(?:username and password|credentials)|verify (?:your )?credentials|^535\b/i) },
]

/** The verdict for words alone (explain, and a probe's failed step). */
export function classifyText(text: string, ctx: ProviderContext): Verdict {
  const clean = normalizeFailureText(text)
  if (!clean) return 'unknown'
  for (const rule of TEXT_RULES) if (rule.test(clean, ctx)) return rule.verdict
  return 'unknown'
}

/** The verdict for a probe failure: socket and TLS codes first, then the server's words. */
export function classifyFailure(facts: FailureFacts, ctx: ProviderContext): Verdict {
  const byCode = facts.code ? NETWORK_CODES[facts.code] : undefined
  if (byCode) {
    if (TLS_TRUST_VERDICTS.includes(byCode) && facts.issuer && INTERCEPTOR_ISSUER.test(facts.issuer)) return 'tls-intercepted'
    return byCode
  }
  const text = facts.text ?? ''
  // OpenSSL says these in words only (no stable code across Node versions).
  if (/wrong version number|packet length too long|http request|unknown protocol/i.test(text)) return 'security-mismatch'
  if (/unsupported protocol|protocol version|no protocols available|dh key too small|handshake failure/i.test(text)) return 'tls-outdated'
  return classifyText(text, ctx)
}

// What mail apps, client libraries and CRMs show for socket and TLS failures, as people paste
// them. Node's own messages (lib/_tls_wrap.js and OpenSSL's X509 verify texts), Java's PKIX
// ("unable to find valid certification path to requested target"), .NET's SslStream ("The
// remote certificate is invalid according to the validation procedure"), Python's ssl
// ("[SSL: CERTIFICATE_VERIFY_FAILED]"), Go's x509 ("certificate signed by unknown authority"),
// PHP's OpenSSL streams ("stream_socket_enable_crypto(): ... certificate verify failed"),
// rustls ("NotValidForName"), and the codes inside "connect ECONNREFUSED 1.2.3.4:993".

// Checked before any code: a timeout while waiting for the greeting means the client waited
// for plain text on a TLS port (or the reverse), not a slow server (imapflow#148: "Your TLS
// config (secure option) is probably wrong"; nodemailer "Greeting never received" with
// ETIMEDOUT; MailKit timing out in PostConnectAsync, i.e. before the greeting).
const GREETING_WORDS: [RegExp, Verdict][] = [
  [/Greeting never received|GRE+TING_TIMEOUT|Failed to (?:receive|read) greeting|Maybe should use TLS|timed out[\s\S]*PostConnectAsync/i, 'security-mismatch'],
  // Another protocol's greeting where IMAP, POP3 or SMTP was expected.
  [/(?:unexpected|invalid|syntax error in)[\w\s]{0,20}greeting|Unexpected token in IMAP greeting/i, 'wrong-service'],
  [/\b220[ -]\S+ E?SMTP\b[\s\S]*Unexpected char/i, 'wrong-service'],
]

// Words that name a socket or TLS failure for certain; the server's words cannot say otherwise.
const SOCKET_AND_TLS_WORDS: [RegExp, Verdict][] = [
  [/self[- ]signed certificate|certificate verification failed; 19\b/i, 'tls-self-signed'],
  [/unable to get local issuer certificate|unable to get issuer certificate|Verify return code: 20\b/i, 'tls-incomplete-chain'],
  [/unable to verify the first certificate|unable to verify leaf signature/i, 'tls-incomplete-chain'],
  [/certificate has expired|certificate is not yet valid/i, 'tls-expired'],
  [/does not match certificate'?s? (?:alt ?names|subject)|Hostname\/IP does not match|certificate name mismatch|NotValidForName/i, 'tls-hostname-mismatch'],
  [/unable to find valid certification path|PKIX path building failed|Trust anchor for certification path not found|remote certificate is invalid according to the validation procedure|certificate signed by unknown authority|certificate verify failed/i, 'tls-self-signed'],
  [/wrong version number|packet length too long|unknown protocol/i, 'security-mismatch'],
  [/unsupported protocol|tlsv1 alert protocol version|no protocols available/i, 'tls-outdated'],
  [/Name or service not known|nodename nor servname|No such host is known/i, 'dns-not-found'],
  [/Network is unreachable|No route to host|\[Errno 101\]/i, 'offline'],
  [/connection refused/i, 'connection-refused'],
]

// Words of a client that gave up without the server's reason: only when the server's own words
// (a refusal before the disconnect) name nothing more precise.
const CLIENT_GAVE_UP_WORDS: [RegExp, Verdict][] = [
  [/connection timed out|timed out while connecting|operation timed out|connection timeout/i, 'timeout'],
  [/(?:can ?not|could not|unable to|failed to) (?:connect|open connection)|error connecting to (?:mail )?server/i, 'timeout'],
  [/socket hang up|connection (?:was )?(?:reset|closed unexpectedly)|\[CLOSED\]|connection broken|Unexpected close|Connection closed|unexpectedly disconnected|without being connected/i, 'connection-closed'],
]

const firstMatch = (table: [RegExp, Verdict][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1]

/**
 * The verdict for a message the user pasted (explain): the greeting words first, then a Node
 * error code in the text, then socket and TLS wording, then the server words of classifyText,
 * then Thunderbird's own alerts in its languages (thunderbird-alerts.ts: the server's words, when
 * pasted with them, say more), and last a client's own "could not connect".
 */
export function classifyPasted(text: string, ctx: ProviderContext): Verdict {
  const greeting = firstMatch(GREETING_WORDS, text)
  if (greeting) return greeting
  const code = text.match(/\b[A-Z][A-Z0-9_]{4,}\b/g)?.find((token) => token in NETWORK_CODES && !token.startsWith('PROBE_'))
  if (code) return classifyFailure({ code, text }, ctx)
  const byWords = firstMatch(SOCKET_AND_TLS_WORDS, text)
  if (byWords) return byWords
  const byServer = classifyText(text, ctx)
  if (byServer !== 'unknown') return byServer
  return classifyThunderbirdAlert(text, ctx) ?? firstMatch(CLIENT_GAVE_UP_WORDS, text) ?? 'unknown'
}

