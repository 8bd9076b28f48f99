// Recorded provider texts for the scripted servers (test/helpers/scripted-server.ts). Every
// text is copied from a public log; the source is cited next to it. Hosts/ids in brackets are
// kept as recorded because real users paste them that way.

export interface ServerScript {
  name: string
  protocol: 'imap' | 'pop3' | 'smtp'
  /** Where the texts were recorded. */
  source: string
  /** First line(s) the server sends (IMAP "* OK ...", POP3 "+OK ...", SMTP "220 ..."). */
  greeting: string
  /** IMAP CAPABILITY atoms / POP3 CAPA lines / SMTP EHLO keywords (STARTTLS/STLS added by the server when offered). */
  capabilities: string[]
  /** SMTP: the text after "250-" on the first EHLO line. */
  ehloGreeting?: string
  /** Answer to LOGIN / PASS / AUTH: IMAP "NO ..." (tag added), POP3 "-ERR ...", SMTP "535 ..." (\n for multi-line). */
  login: (user: string, password: string) => string
  /** IMAP AUTHENTICATE answer when it differs from LOGIN's. */
  authenticate?: (user: string, password: string) => string
  bye?: string
}

const GMAIL_GREETING = '* OK Gimap ready for requests from 127.0.0.1 is27mb3495359jab' // BrianLeishman/go-imap#25
// Gmail's capabilities before login (imapsync FAQ.Gmail / common client logs).
const GMAIL_CAPS = ['IMAP4rev1', 'UNSELECT', 'IDLE', 'NAMESPACE', 'QUOTA', 'ID', 'XLIST', 'CHILDREN', 'X-GM-EXT-1', 'XYZZY', 'SASL-IR', 'AUTH=XOAUTH2', 'AUTH=PLAIN', 'AUTH=PLAIN-CLIENTTOKEN', 'AUTH=OAUTHBEARER', 'AUTH=XOAUTH']

/** Gmail refusing a normal password on an account with 2-Step Verification. */
export const GMAIL_IMAP_APP_PASSWORD: ServerScript = {
  name: 'gmail-imap-app-password',
  protocol: 'imap',
  source: 'LukeSmithxyz/mutt-wizard#831, BrianLeishman/go-imap#25',
  greeting: GMAIL_GREETING,
  capabilities: GMAIL_CAPS,
  login: () => 'NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)',
}

export const GMAIL_IMAP_WEB_LOGIN: ServerScript = {
  ...GMAIL_IMAP_APP_PASSWORD,
  name: 'gmail-imap-web-login',
  source: 'mailcow/mailcow-dockerized#4277, barbushin/php-imap#87',
  login: () => 'NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)',
}

export const GMAIL_IMAP_DISABLED: ServerScript = {
  ...GMAIL_IMAP_APP_PASSWORD,
  name: 'gmail-imap-disabled',
  source: 'Firefox OS gaia email app tests ("gmail IMAP user disabled error"), imaplib test doubles on GitHub',
  login: () =>
    'NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)',
}

export const GMAIL_IMAP_BAD_CREDENTIALS: ServerScript = {
  ...GMAIL_IMAP_APP_PASSWORD,
  name: 'gmail-imap-bad-credentials',
  source: 'imapsync/imapsync#175',
  login: () => 'NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
}

export const GMAIL_IMAP_TOO_MANY: ServerScript = {
  ...GMAIL_IMAP_APP_PASSWORD,
  name: 'gmail-imap-too-many',
  source: 'zone-eu/wildduck#35 (andris9 quoting Gmail)',
  login: () => 'NO [ALERT] Too many simultaneous connections. (Failure)',
}

/**
 * Microsoft 365 / Exchange Online refusing a password: a bare "LOGIN failed." (MailKit#483,
 * imapsync#395). Only XOAUTH2 is advertised so a client uses LOGIN, as most CRMs do.
 */
export const MICROSOFT_365_IMAP: ServerScript = {
  name: 'microsoft-365-imap',
  protocol: 'imap',
  source: 'jstedfast/MailKit#460 (greeting, capabilities), jstedfast/MailKit#483 (replies)',
  greeting:
    '* OK The Microsoft Exchange IMAP4 service is ready. [UwBOADEAUABSADAAMgBDAEEAMAAwADEANQAuAG4AYQBtAHAAcgBkADAAMgAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]',
  capabilities: ['IMAP4', 'IMAP4rev1', 'AUTH=XOAUTH2', 'SASL-IR', 'UIDPLUS', 'MOVE', 'ID', 'UNSELECT', 'CHILDREN', 'IDLE', 'NAMESPACE', 'LITERAL+'],
  login: () => 'NO LOGIN failed.',
  authenticate: () => 'NO AUTHENTICATE failed.',
  bye: 'Microsoft Exchange Server 2016 IMAP4 server signing off.',
}

export const YAHOO_IMAP_BAD_CREDENTIALS: ServerScript = {
  name: 'yahoo-imap-bad-credentials',
  protocol: 'imap',
  source: 'Enough-Software/enough_mail#245 (imap.mail.yahoo.com log)',
  greeting: '* OK Welcome! IMAP Server up and ready to accept your request',
  capabilities: ['IMAP4rev1', 'ID', 'MOVE', 'NAMESPACE', 'UIDPLUS', 'LITERAL+', 'CHILDREN', 'UNSELECT', 'AUTH=PLAIN', 'AUTH=LOGIN', 'AUTH=XOAUTH2', 'SASL-IR'],
  login: () => 'NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials',
  authenticate: () => 'NO [AUTHENTICATIONFAILED] AUTHENTICATE Invalid credentials',
}

export const DOVECOT_TOO_MANY_CONNECTIONS: ServerScript = {
  name: 'dovecot-too-many-connections',
  protocol: 'imap',
  source: 'mscdex/node-imap#606',
  greeting: '* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Server ready',
  capabilities: ['IMAP4rev1', 'LITERAL+', 'SASL-IR', 'LOGIN-REFERRALS', 'ID', 'ENABLE', 'IDLE', 'AUTH=PLAIN'],
  login: () => 'NO [UNAVAILABLE] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=16)',
}

/** A server that repeats what it was sent (the kind of reply that could leak a password). */
export function echoingImap(): ServerScript {
  return {
    name: 'echoing-imap',
    protocol: 'imap',
    source: 'synthetic: tests password scrubbing',
    greeting: '* OK Echo IMAP ready',
    capabilities: ['IMAP4rev1', 'AUTH=PLAIN', 'SASL-IR'],
    login: (user, password) => `NO [AUTHENTICATIONFAILED] Invalid login for ${user} with password ${password}`,
  }
}

export const BIGFOOT_POP3_BAD_PASSWORD: ServerScript = {
  name: 'bigfoot-pop3-auth',
  protocol: 'pop3',
  source: 'curl/curl#10073 (pop.online.no)',
  greeting: '+OK POP3 Bigfoot v1.0 server ready <96413.1670625352@mail56c60.megamailservers.eu>',
  capabilities: ['TOP', 'USER', 'RESP-CODES', 'AUTH-RESP-CODE', 'EXPIRE NEVER', 'UIDL', 'IMPLEMENTATION Bigfoot-v1'],
  login: () => '-ERR [AUTH] Invalid password or username',
}

export const POP3_IN_USE: ServerScript = {
  name: 'pop3-in-use',
  protocol: 'pop3',
  source: 'horms/perdition#4',
  greeting: '+OK Dovecot ready.',
  capabilities: ['TOP', 'USER', 'RESP-CODES', 'UIDL', 'SASL PLAIN'],
  login: () => '-ERR [IN-USE] mailbox already in use by pid 12345',
}

export const MICROSOFT_POP3: ServerScript = {
  name: 'microsoft-pop3',
  protocol: 'pop3',
  source: 'mattnenterprise/rust-pop3#17 (reply); greeting as Exchange prints it',
  greeting: '+OK The Microsoft Exchange POP3 service is ready.',
  capabilities: ['TOP', 'UIDL', 'SASL PLAIN', 'USER'],
  login: () => '-ERR Logon failure: unknown user name or bad password.',
}

const GMAIL_SMTP_CAPS = ['SIZE 35882577', '8BITMIME', 'AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH', 'ENHANCEDSTATUSCODES', 'PIPELINING', 'CHUNKING', 'SMTPUTF8'] // WWBN/AVideo#3212

export const GMAIL_SMTP_APP_PASSWORD: ServerScript = {
  name: 'gmail-smtp-app-password',
  protocol: 'smtp',
  source: 'nodemailer/nodemailer#1116',
  greeting: '220 smtp.gmail.com ESMTP o13sm2119833lfg.90 - gsmtp',
  ehloGreeting: 'smtp.gmail.com at your service, [127.0.0.1]',
  capabilities: GMAIL_SMTP_CAPS,
  login: () =>
    '534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor o13sm2119833lfg.90 - gsmtp',
}

export const GMAIL_SMTP_BAD_CREDENTIALS: ServerScript = {
  ...GMAIL_SMTP_APP_PASSWORD,
  name: 'gmail-smtp-bad-credentials',
  source: 'dawidd6/action-send-mail#205',
  login: () =>
    '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials af79cd13be357-794f3061475sm18893085a.74 - gsmtp',
}

const OFFICE365_SMTP_GREETING =
  '220 LO4P302CA0005.outlook.office365.com Microsoft ESMTP MAIL Service ready at Thu, 10 Oct 2024 22:49:55 +0000 [08DCE8B62813AB2B]' // simonrob/email-oauth2-proxy#297

export const MICROSOFT_SMTP_BASIC_AUTH_DISABLED: ServerScript = {
  name: 'microsoft-smtp-basic-auth-disabled',
  protocol: 'smtp',
  source: 'nodemailer/nodemailer#1714',
  greeting: OFFICE365_SMTP_GREETING,
  ehloGreeting: 'LO4P302CA0005.outlook.office365.com Hello [127.0.0.1]',
  capabilities: ['SIZE 157286400', 'PIPELINING', 'DSN', 'ENHANCEDSTATUSCODES', 'AUTH LOGIN XOAUTH2', '8BITMIME', 'BINARYMIME', 'CHUNKING', 'SMTPUTF8'],
  login: () =>
    '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]',
}

export const MICROSOFT_SMTP_AUTH_DISABLED_FOR_TENANT: ServerScript = {
  ...MICROSOFT_SMTP_BASIC_AUTH_DISABLED,
  name: 'microsoft-smtp-auth-disabled',
  source: 'nodemailer/nodemailer#1484',
  login: () =>
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]',
}

// The multi-line banner of Exim on cPanel shared hosting (zmap/zgrab2 SMTP scanner tests and
// many hosting logs); Exim refuses a wrong login with "535 Incorrect authentication data".
export const CPANEL_EXIM_SMTP: ServerScript = {
  name: 'cpanel-exim-smtp',
  protocol: 'smtp',
  source: 'zmap/zgrab2 smtp banner test; Exim smtp_auth failure text',
  greeting:
    '220-server261.web-hosting.example ESMTP Exim 4.96.2 #2 Sat, 24 Aug 2024 12:25:53 -0400 \r\n220-We do not authorize the use of this system to transport unsolicited,\r\n220 and/or bulk e-mail.',
  ehloGreeting: 'server261.web-hosting.example Hello mail-settings-inspector [127.0.0.1]',
  capabilities: ['SIZE 52428800', '8BITMIME', 'PIPELINING', 'PIPE_CONNECT', 'AUTH PLAIN LOGIN', 'HELP'],
  login: () => '535 Incorrect authentication data',
}

export const ALL_SCRIPTS: ServerScript[] = [
  GMAIL_IMAP_APP_PASSWORD,
  GMAIL_IMAP_WEB_LOGIN,
  GMAIL_IMAP_DISABLED,
  GMAIL_IMAP_BAD_CREDENTIALS,
  GMAIL_IMAP_TOO_MANY,
  MICROSOFT_365_IMAP,
  YAHOO_IMAP_BAD_CREDENTIALS,
  DOVECOT_TOO_MANY_CONNECTIONS,
  BIGFOOT_POP3_BAD_PASSWORD,
  POP3_IN_USE,
  MICROSOFT_POP3,
  GMAIL_SMTP_APP_PASSWORD,
  GMAIL_SMTP_BAD_CREDENTIALS,
  MICROSOFT_SMTP_BASIC_AUTH_DISABLED,
  MICROSOFT_SMTP_AUTH_DISABLED_FOR_TENANT,
  CPANEL_EXIM_SMTP,
]
