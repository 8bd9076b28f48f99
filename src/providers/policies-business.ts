// Hand-kept provider policy, part 3: business products that share a company with a consumer
// product (Zoho organisations, Tencent Exmail, iCloud and Proton custom domains), hosting
// companies' mailboxes, regional providers the ISPDB lacks or gets wrong, and the services
// with no IMAP at all. Same rules as policies-global.ts: every fact with its page, whose page it
// is and the day it was read, or unverified with why.
import { FAIREMAIL_PROVIDERS, ispdbFile, own, PROTON_BRIDGE_CLIENT_CONFIG, providerDbFile, thirdParty, unverified } from './fact-source.js'
import type { ProviderKnowledge } from './policy-types.js'
import type { ServerTemplate } from './clientconfig-xml.js'

const ZOHO_ORG = 'https://support.bolddesk.com/kb/article/15603/how-to-configure-imap-in-zoho-mail'
const ZOHO_IMAP = 'https://www.zoho.com/mail/help/imap-access.html'
const ZOHO_NOTE = 'copies Zoho\'s IMAP help; Zoho\'s own page (zoho.com/mail/help/imap-access.html) was returned, but its stored text stops before the server table'
const EXMAIL = 'https://www.topmailsender.com/en/youxiang/205-tengxun-qiyeyouxiang-tencent-enterprise-mailbox'
const EXMAIL_NOTE = 'Tencent\'s own help (exmail.qq.com) was not in the stored material (searched in Chinese by the server names and 客户端专用密码); a reseller\'s copy of it (www.schwkj.cn/qqbizmail/aa10478) gives the same servers, full address and company or client-specific password'
const HEY_PROVIDER_DB = 'https://github.com/deltachat/provider-db/blob/master/_providers/hey.com.md'
const HEY_NOTE = 'chatmail\'s (formerly deltachat\'s) provider-db file hey.com.md (last checked 2020-06, status BROKEN): "hey.com does not offer the standard IMAP e-mail protocol"; HEY\'s own help (help.hey.com) says nothing on IMAP in the stored material (searched for IMAP, POP and other email apps); blog.vrypan.net (2020) and macg.co (2020) say the same: no IMAP or POP3'
const NAMECHEAP_NOTE = 'Namecheap\'s own setup article with the server names was not in the stored material (searched by mail.privateemail.com); only its pages on webmail, passwords, aliases and DNS were'
const HOSTINGER = 'https://nanopo.st/hosting/hostinger/'
const HOSTINGER_NOTE = 'Hostinger\'s own help (support.hostinger.com) on mail settings was not in the stored material (searched by the server names in pages and docs)'
// Hostinger's help: the mailbox password set in hPanel is the one "to log in to Webmail or
// configure an email client"; an app password (where the plan has them) is entered with "your
// email address ... in place of your regular mailbox password".
const HOSTINGER_RESET = 'https://www.hostinger.com/support/1583468-how-to-reset-a-hostinger-email-mailbox-password'
const HOSTINGER_APP_PASSWORD = 'https://www.hostinger.com/support/how-to-create-an-app-password-for-hostinger-email/'
const TITAN_NOTE = 'Titan\'s own help on mail program settings (support.titan.email) was not in the stored material (searched by the server names; only its abuse-report page came back); only a third-party tool\'s settings name the servers'
// Another third-party tool for Titan mailboxes (titan-email-mcp, tested with GoDaddy's Titan): its settings.
const TITAN_MCP_SETTINGS = 'https://glama.ai/mcp/servers/qmmughal/titan-email-mcp/schema'
const TITAN_MCP_NOTE = 'a third-party tool\'s settings for Titan mailboxes: TITAN_EMAIL "Full mailbox address", TITAN_PASSWORD "Mailbox password. Use an app-specific password if your provider offers one"'
const MIGADU_NOTE = 'Migadu\'s configuration page was returned, but its server table and login rules were not in the stored text'
// Migadu's guide to mailbox identities: each mailbox has its own credentials, and an identity is a
// second "credentials pair" (john_iphone@doe.com and its own password) per device, used like an
// application-specific password and limitable to IMAP, POP or ManageSieve.
const MIGADU_IDENTITIES = 'https://www.migadu.com/guides/identities/'
const DAUM_NOTE = 'a CRM vendor\'s help page (channel.io); Daum\'s own help (cs.daum.net) was not in the stored material (searched in Korean for the IMAP setting and the 2-step password)'
const FREENET_NOTE = 'freenet\'s own help was not in the stored material (searched in German for activating POP3/IMAP and by mx.freenet.de in pages and docs)'
const FREENET_PASSWORD_NOTE = 'no page says which password a mail program takes: freenet\'s pages that other lists link to were not in the stored material (kundenservice.freenet.de/artikel/1869 on setup and /1685 on switching SMTP on, from FairEmail\'s provider list; email-hilfe.freenet.de/documents/Beitrag/15916 and /15808, from the last ISPDB file; freenet\'s own autoconfig autoconfig.freenet.de/mail/config-v1.1.xml); searched in German for the password with "E-Mail-Programm", "Postfach-Einstellungen", "App-Passwort" and "Zwei-Faktor" in pages and issues, and for mx.freenet.de in the code index. chatmail\'s provider-db file freenet.de.md (last checked 2024-08) and the report it was written from (github.com/chatmail/provider-db/issues/139, 2020-09-25) say only that POP3/IMAP/SMTP must be switched on first; Mozilla\'s pull request 128 (github.com/thunderbird/autoconfig/pull/128) says freenet no longer supports encrypted password mechanisms, which is how the password is sent, not which one; FairEmail marks no app password'
const YJ_NOTE = 'Yahoo! JAPAN\'s own help was not in the stored material (searched in Japanese for the IMAP setting and imap.mail.yahoo.co.jp)'
const YJ_PASSWORD_NOTE = 'no page says which password a mail program takes: Yahoo! JAPAN\'s help pages on mail program settings (support.yahoo-net.jp/PccMail/s/article/H000007321) and on SMTP authentication (.../H000011473), both cited by a Japanese how-to (qiita.com/mironak/items/966903343fb0b6598bb6, whose stored text shows smtp.mail.yahoo.co.jp offering AUTH PLAIN and LOGIN but stops before the credentials), were not in the stored material; searched in Japanese for IMAP with パスワード, メールソフト, ワンタイム and support.yahoo-net.jp in pages, docs, code and issues. Yahoo! JAPAN\'s security guide (security.yahoo.co.jp/guide/0012.html) offers signing in without a password (パスワード無効設定), and its stored text does not say what that means for mail programs; FairEmail marks no app password for yahoo.co.jp'
// Tuta and HEY have no IMAP, POP3 or SMTP: their password and username facts are 'not-applicable'
// in the policy, sourced by the page that says there is no IMAP (the same page as the IMAP fact).
const YJ_GMAILIFY = 'https://ssdkzys.net/yahoo-mail-gmailify-gmail_google-inc/'
const NOT_APPLICABLE_NOTE = 'does not apply: there is no IMAP, POP3 or SMTP at all, so no password or username lets a mail program or CRM in'
const TUTA_HOWTO = 'https://tuta.com/support/howto'
const ICLOUD_CUSTOM = 'https://support.apple.com/en-me/guide/icloud/mm11db96ba8e/icloud'
const PROTON_CUSTOM = 'https://proton.me/support/custom-domain'
const MAILBOX_ORG = 'https://kb.mailbox.org/en/private/e-mail/e-mail-configuration'
const WORKMAIL = 'https://docs.aws.amazon.com/workmail/latest/userguide/using_IMAP.html'
const NAMECHEAP = 'https://mailflowauthority.com/email-infrastructure/private-email-imap-settings'
const DAUM = 'https://docs.channel.io/campaignus/ko/articles/%EB%8B%A4%EC%9D%8C%EC%9C%BC%EB%A1%9C-%EB%A9%94%EC%9D%BC-%EC%84%9C%EB%B9%84%EC%8A%A4-%EC%A0%9C%EA%B3%B5%EC%97%85%EC%B2%B4-%EC%A7%80%EC%A0%95-%EB%B0%A9%EB%B2%95-de33ee9c'
const FREENET = 'https://github.com/chatmail/provider-db/blob/master/_providers/freenet.de.md'

// Mozilla's ISP database files and chatmail's provider-db files, read today (third-party sources).
const ISPDB_DAUM = ispdbFile('daum.net')
const ISPDB_YAHOO_JAPAN = ispdbFile('yahoo.co.jp')
// freenet.de.xml as it was just before Mozilla removed it on 2025-07-28 (commit bf00c22, "They're
// hosting their own autoconfig under https://autoconfig.freenet.de/mail/config-v1.1.xml").
const ISPDB_FREENET_LAST = 'https://github.com/thunderbird/autoconfig/blob/01d81a9ab8ea560b89ae9f6286a6e94d83bdc26c/ispdb/freenet.de.xml'
const MIGADU_PROVIDER_DB = providerDbFile('migadu')
const MIGADU_PROVIDER_DB_NOTE = `chatmail's provider-db file migadu.md (last checked 2024-09, status OK): imap.migadu.com 993 SSL, smtp.migadu.com 465 SSL or 587 STARTTLS, the full address as username; ${MIGADU_NOTE}`

function tls(protocol: ServerTemplate['protocol'], host: string, port: number, username: string | null = '%EMAILADDRESS%'): ServerTemplate {
  return { protocol, host, port, security: 'tls', username, auth: 'password', auths: ['password'] }
}

export const BUSINESS_PROVIDERS: ProviderKnowledge[] = [
  {
    policy: {
      id: 'zoho',
      name: 'Zoho Mail',
      password: 'app-password',
      appPasswordUrl: 'https://accounts.zoho.com/home#security/app_password',
      enableImapUrl: 'https://mail.zoho.com/zm/#settings/all/mailaccounts',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:zoho.note.switchOn',
      'providers:zoho.note.appPassword',
      'providers:zoho.note.servers',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:zoho.passwordName', twoFactorName: 'guidance:secondFactor.two-factor-authentication', enableImapSteps: 'providers:zoho.enableImapSteps' },
    facts: {
      password: own(ZOHO_IMAP),
      imap: own(ZOHO_IMAP),
      username: thirdParty(ZOHO_ORG, { note: ZOHO_NOTE }),
      servers: thirdParty(ZOHO_ORG, { note: ZOHO_NOTE }),
    },
    emailDomains: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zohomail.eu', 'zoho.in', 'zohomail.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
    ispdbIds: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
    hosts: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
    mx: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
  },
  // Zoho's IMAP help (as quoted by BoldDesk and smartlead.ai): organisation users, with an address
  // at their own domain, use imappro/smtppro; personal users keep imap/smtp.
  {
    policy: {
      id: 'zoho-org',
      name: 'Zoho Mail (organisation)',
      password: 'app-password',
      appPasswordUrl: 'https://accounts.zoho.com/home#security/app_password',
      enableImapUrl: 'https://mail.zoho.com/zm/#settings/all/mailaccounts',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:zoho-org.note.servers',
      'providers:zoho-org.note.switchOn',
      'providers:zoho-org.note.appPassword',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:zoho.passwordName', twoFactorName: 'guidance:secondFactor.two-factor-authentication', enableImapSteps: 'providers:zoho.enableImapSteps' },
    facts: {
      password: own(ZOHO_IMAP),
      imap: own(ZOHO_IMAP, {
        note: 'Zoho says to sign in to the web mail and enable IMAP access for the account before setting up a mail program (read on its Japanese copy, zoho.com/jp/mail/help/imap-access.html); its API page "Change IMAP Status for a user" (zoho.com/mail/help/api/put-change-imap-status-user.html) shows an organisation admin switches IMAP on or off per user',
      }),
      username: thirdParty('https://wiki.brostweb.com/books/external-accounts/chapter/zoho/export/html', { note: ZOHO_NOTE }),
      servers: thirdParty(ZOHO_ORG, { note: `${ZOHO_NOTE}; smartlead.ai gives the same split (personal imap.zoho.<dc>, organisation imappro.zoho.<dc>)` }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: ['imappro.zoho.com', 'smtppro.zoho.com', 'imappro.zoho.eu', 'smtppro.zoho.eu', 'imappro.zoho.in', 'smtppro.zoho.in', 'imappro.zoho.com.au', 'smtppro.zoho.com.au', 'imappro.zoho.jp', 'smtppro.zoho.jp', 'imappro.zohocloud.ca', 'smtppro.zohocloud.ca'],
    // Same MX as personal Zoho: identify.ts tells them apart by the address domain.
    mx: [],
    servers: { incoming: [tls('imap', 'imappro.%MXDOMAIN%', 993)], outgoing: [tls('smtp', 'smtppro.%MXDOMAIN%', 465)] },
  },
  {
    policy: {
      id: 'tencent-exmail',
      name: 'Tencent Exmail (WeCom business mail)',
      password: 'app-password',
      appPasswordUrl: 'https://exmail.qq.com/',
      enableImapUrl: 'https://exmail.qq.com/',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:tencent-exmail.note.servers',
      'providers:tencent-exmail.note.adminAllows',
      'providers:tencent-exmail.note.switchOn',
    ],
    imap: 'admin',
    signIn: null,
    words: { passwordName: 'providers:tencent-exmail.passwordName', enableImapSteps: 'providers:tencent-exmail.enableImapSteps' },
    facts: {
      password: thirdParty(EXMAIL, {
        note: EXMAIL_NOTE,
        disagreement: { source: 'http://t.zoukankan.com/lisicn-p-14858051.html', says: 'business mailboxes take the company password, not an authorization code (true while secure login is off)' },
      }),
      imap: thirdParty(EXMAIL, { note: EXMAIL_NOTE }),
      username: thirdParty(EXMAIL, { note: EXMAIL_NOTE }),
      servers: thirdParty(EXMAIL, { note: EXMAIL_NOTE }),
    },
    emailDomains: ['exmail.qq.com'],
    ispdbIds: [],
    hosts: ['exmail.qq.com'],
    mx: ['mxbiz1.qq.com', 'mxbiz2.qq.com'],
    servers: { incoming: [tls('imap', 'imap.exmail.qq.com', 993)], outgoing: [tls('smtp', 'smtp.exmail.qq.com', 465)] },
  },
  {
    policy: {
      id: 'icloud-custom-domain',
      name: 'iCloud Mail (custom domain)',
      password: 'app-password',
      appPasswordUrl: 'https://account.apple.com/account/manage',
      usernameForm: 'other',
      offersImap: true,
    },
    notes: [
      'providers:icloud-custom-domain.note.username',
      'providers:icloud-custom-domain.note.appSpecificPassword',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'guidance:term.app-specific-password.bare', twoFactorName: 'guidance:secondFactor.two-factor-authentication' },
    facts: {
      password: own('https://support.apple.com/en-in/102654'),
      imap: own('https://support.apple.com/en-sg/HT212514'),
      // Apple's page says a custom domain needs a primary iCloud Mail address; that the IMAP
      // username is that address rests on the Postbox page (iCloud aliases are not accounts),
      // which agrees with Apple's page rather than disagreeing with it.
      username: own(ICLOUD_CUSTOM, {
        note: 'Apple\'s page says an address at a custom domain needs two-factor authentication and "a primary iCloud Mail address set up"; it does not name the IMAP username. That the username is the primary iCloud address rests on Postbox\'s iCloud page (support.postbox-inc.com/hc/en-us/articles/202200110-Email-Settings-for-iCloud-Me-or-Mac): "you cannot set up iCloud aliases as if they are email accounts. You must set up your master iCloud account"; its example user name is the part before @icloud.com',
      }),
      servers: thirdParty('https://support.postbox-inc.com/hc/en-us/articles/202200110-Setting-up-iCloud-Me-or-Mac', {
        note: 'Apple\'s server settings page (support.apple.com/en-us/102525, cited by developer.nylas.com) was not in the stored material',
      }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: [],
    mx: [],
    servers: {
      incoming: [tls('imap', 'imap.mail.me.com', 993, null)],
      outgoing: [{ protocol: 'smtp', host: 'smtp.mail.me.com', port: 587, security: 'starttls', username: null, auth: 'password', auths: ['password'] }],
    },
  },
  {
    policy: {
      id: 'proton-custom-domain',
      name: 'Proton Mail (custom domain)',
      password: 'bridge',
      appPasswordUrl: 'https://proton.me/mail/bridge',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:proton-custom-domain.note.bridge',
      'providers:proton-custom-domain.note.bridgePassword',
    ],
    imap: 'paid-plan',
    signIn: null,
    words: { passwordName: 'guidance:term.bridge-password.bare' },
    facts: {
      password: own('https://proton.me/support/protonmail-bridge-faq'),
      imap: own(PROTON_CUSTOM),
      username: thirdParty(PROTON_BRIDGE_CLIENT_CONFIG, {
        note: 'Proton\'s own Bridge code (on github.com): the setup screen shows the account\'s address as the IMAP and SMTP username; Proton\'s Bridge FAQ read today does not say which username the mail program takes',
      }),
      servers: thirdParty('https://mxrecordchecker.com/resources/protonmail-mx-records', { note: 'Proton\'s own MX page was not in the stored material' }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: [],
    mx: [],
    servers: {
      incoming: [{ protocol: 'imap', host: '127.0.0.1', port: 1143, security: 'starttls', username: '%EMAILADDRESS%', auth: 'password', auths: ['password'] }],
      outgoing: [{ protocol: 'smtp', host: '127.0.0.1', port: 1025, security: 'starttls', username: '%EMAILADDRESS%', auth: 'password', auths: ['password'] }],
    },
  },
  {
    policy: {
      id: 'yahoo-japan',
      name: 'Yahoo! JAPAN Mail',
      password: 'normal',
      usernameForm: 'either',
      offersImap: true,
    },
    notes: [
      'providers:yahoo-japan.note.hasImap',
      'providers:yahoo-japan.note.allowAccess',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:yahoo-japan.passwordName', enableImapSteps: 'providers:yahoo-japan.enableImapSteps' },
    // FairEmail's list names the IMAP server; the ISPDB file lists POP3 only. Kept: a wrong IMAP
    // host fails the test visibly, while "POP3 only" would wrongly tell the user a CRM cannot connect.
    // Both lists give the part before @ as username; the entry says "either" (the servers above
    // take the full address, advice offers the part before @ when that fails).
    facts: {
      password: unverified(YJ_PASSWORD_NOTE),
      imap: thirdParty(YJ_GMAILIFY, {
        note: `a Japanese how-to on linking Yahoo! JAPAN addresses to Gmail says the setting that lets mail be read from outside (外部からメール情報にアクセスをおこなう設定) may have been switched off automatically, so access from other programs is a switch in Yahoo!メール's settings; it does not name IMAP's server or menu; ${YJ_NOTE}`,
      }),
      username: thirdParty(FAIREMAIL_PROVIDERS, {
        note: `FairEmail's provider list gives the part before @ as username (user="local"), and so does Mozilla's ISPDB file yahoo.co.jp.xml (last changed 2022-11-19); ${YJ_NOTE}`,
      }),
      servers: thirdParty(FAIREMAIL_PROVIDERS, {
        note: `FairEmail's provider list names imap.mail.yahoo.co.jp 993 and smtp.mail.yahoo.co.jp 465, both SSL; ${YJ_NOTE}`,
        disagreement: { source: ISPDB_YAHOO_JAPAN, says: 'Mozilla\'s ISPDB file yahoo.co.jp.xml lists only POP3 (pop.mail.yahoo.co.jp 995) and SMTP (smtp.mail.yahoo.co.jp 465), no IMAP server' },
      }),
    },
    emailDomains: ['yahoo.co.jp', 'ymail.ne.jp'],
    ispdbIds: ['yahoo.co.jp'],
    hosts: ['mail.yahoo.co.jp'],
    mx: ['mail.yahoo.co.jp'],
    servers: {
      incoming: [tls('imap', 'imap.mail.yahoo.co.jp', 993), tls('pop3', 'pop.mail.yahoo.co.jp', 995)],
      outgoing: [tls('smtp', 'smtp.mail.yahoo.co.jp', 465)],
    },
  },
  {
    policy: {
      id: 'daum',
      name: 'Daum / Kakao Mail (hanmail.net, daum.net)',
      password: 'app-password',
      appPasswordUrl: 'https://mail.daum.net/',
      enableImapUrl: 'https://mail.daum.net/',
      usernameForm: 'either',
      offersImap: true,
    },
    notes: [
      'providers:daum.note.switchOn',
      'providers:daum.note.appPassword',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:daum.passwordName', twoFactorName: 'providers:shared.twoFactorName.korean', enableImapSteps: 'providers:daum.enableImapSteps' },
    facts: {
      password: thirdParty(DAUM, { note: DAUM_NOTE }),
      imap: thirdParty(DAUM, { note: DAUM_NOTE }),
      username: thirdParty(DAUM, { note: DAUM_NOTE }),
      servers: thirdParty(ISPDB_DAUM, {
        note: 'Mozilla\'s ISPDB file daum.net.xml (last changed 2025-12-10): imap.daum.net 993 and smtp.daum.net 465, both SSL, the full address as username; Daum\'s own page the file links (cs.daum.net/faq/43/9234.html) was not in the stored material, and the CRM vendor\'s page names no servers',
      }),
    },
    emailDomains: ['hanmail.net', 'daum.net'],
    ispdbIds: ['daum.net'],
    hosts: ['daum.net'],
    mx: ['daum.net'],
  },
  {
    policy: {
      id: 'freenet',
      name: 'freenet Mail',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:freenet.note.switchOn',
      'providers:freenet.note.servers',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:freenet.passwordName', enableImapSteps: 'providers:freenet.enableImapSteps' },
    // Mozilla removed freenet.de from the ISPDB on 2025-07-28 (thunderbird/autoconfig commit bf00c22:
    // freenet serves its own autoconfig); ISPDB_FREENET_LAST is the file as it was before.
    facts: {
      password: unverified(FREENET_PASSWORD_NOTE),
      imap: thirdParty(FREENET, { note: FREENET_NOTE }),
      username: thirdParty(ISPDB_FREENET_LAST, {
        note: `the last version of Mozilla's ISPDB file freenet.de.xml, removed because freenet serves its own autoconfig, gives the full address as username on mx.freenet.de; ${FREENET_NOTE}`,
      }),
      servers: thirdParty(FREENET, { note: FREENET_NOTE }),
    },
    // freenet's other address domains, as FairEmail's providers.xml lists them for mx.freenet.de
    // (github.com/M66B/FairEmail/blob/e23dd9df8002bc43e64594843ce69b52b9ad15e1/app/src/main/res/xml/providers.xml,
    // checked 2026-11-30); the ISPDB never had them.
    emailDomains: ['freenet.de', 'fn.de', 'freenetmail.de', 'bossmail.de', 'justmail.de'],
    ispdbIds: [],
    hosts: ['mx.freenet.de'],
    mx: ['freenet.de'],
    servers: { incoming: [tls('imap', 'mx.freenet.de', 993)], outgoing: [tls('smtp', 'mx.freenet.de', 465)] },
  },
  {
    policy: {
      id: 'mailbox-org',
      name: 'mailbox.org',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:mailbox-org.note.password',
      'providers:mailbox-org.note.servers',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:mailbox-org.passwordName', twoFactorName: 'guidance:secondFactor.two-factor-authentication' },
    facts: { password: own(MAILBOX_ORG), imap: own(MAILBOX_ORG), username: own(MAILBOX_ORG), servers: own(MAILBOX_ORG) },
    emailDomains: ['mailbox.org'],
    ispdbIds: [],
    hosts: ['mailbox.org'],
    mx: ['mailbox.org'],
    servers: { incoming: [tls('imap', 'imap.mailbox.org', 993), tls('pop3', 'pop3.mailbox.org', 995)], outgoing: [tls('smtp', 'smtp.mailbox.org', 465)] },
  },
  {
    policy: {
      id: 'tuta',
      name: 'Tuta (Tutanota)',
      password: 'not-applicable',
      usernameForm: 'not-applicable',
      offersImap: false,
    },
    notes: [
      'providers:tuta.note.noImap',
      'providers:tuta.note.forward',
    ],
    imap: 'none',
    signIn: null,
    words: { passwordName: 'providers:tuta.passwordName' },
    facts: {
      // The FAQ "Can I use a third-party email app like Thunderbird?" on the page: no IMAP.
      password: own(TUTA_HOWTO, { note: NOT_APPLICABLE_NOTE }),
      imap: own(TUTA_HOWTO),
      username: own(TUTA_HOWTO, { note: NOT_APPLICABLE_NOTE }),
      servers: own(TUTA_HOWTO),
    },
    emailDomains: ['tuta.com', 'tuta.io', 'tutanota.com', 'tutanota.de', 'tutamail.com', 'keemail.me'],
    ispdbIds: [],
    hosts: [],
    mx: ['tutanota.de'],
  },
  {
    policy: {
      id: 'hey',
      name: 'HEY',
      password: 'not-applicable',
      usernameForm: 'not-applicable',
      offersImap: false,
    },
    notes: [
      'providers:hey.note.noImap',
      'providers:hey.note.otherMailbox',
    ],
    imap: 'none',
    signIn: null,
    words: { passwordName: 'providers:hey.passwordName' },
    facts: {
      password: thirdParty(HEY_PROVIDER_DB, { note: `${NOT_APPLICABLE_NOTE}; ${HEY_NOTE}` }),
      imap: thirdParty(HEY_PROVIDER_DB, { note: HEY_NOTE }),
      username: thirdParty(HEY_PROVIDER_DB, { note: `${NOT_APPLICABLE_NOTE}; ${HEY_NOTE}` }),
      servers: thirdParty(HEY_PROVIDER_DB, { note: 'HEY\'s own pages were not in the stored material' }),
    },
    emailDomains: ['hey.com'],
    ispdbIds: [],
    hosts: [],
    mx: [],
  },
  {
    policy: {
      id: 'namecheap',
      name: 'Namecheap Private Email',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:namecheap.note.settings',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.mailbox' },
    facts: {
      password: own('https://www.namecheap.com/support/knowledgebase/article.aspx/1053/2215/how-to-change-namecheap-private-email-password'),
      imap: thirdParty(NAMECHEAP, { note: NAMECHEAP_NOTE }),
      username: thirdParty(NAMECHEAP, { note: NAMECHEAP_NOTE }),
      servers: thirdParty(NAMECHEAP, { note: NAMECHEAP_NOTE }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: ['privateemail.com'],
    mx: ['privateemail.com'],
    servers: { incoming: [tls('imap', 'mail.privateemail.com', 993)], outgoing: [tls('smtp', 'mail.privateemail.com', 465)] },
  },
  {
    policy: {
      id: 'hostinger',
      name: 'Hostinger Email',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:hostinger.note.settings',
      // Hostinger's app password page (HOSTINGER_APP_PASSWORD): used "in place of your regular mailbox password".
      'providers:hostinger.note.appPassword',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.mailbox' },
    facts: {
      password: own(HOSTINGER_RESET, {
        note: 'the mailbox password set in hPanel logs in to Webmail and email clients; Hostinger\'s app password page (hostinger.com/support/how-to-create-an-app-password-for-hostinger-email) adds an optional app password, where the plan has them, used "in place of your regular mailbox password"',
      }),
      imap: thirdParty(HOSTINGER, { note: HOSTINGER_NOTE }),
      username: own(HOSTINGER_APP_PASSWORD, { note: 'a mail program signs in with "your email address" and the password' }),
      servers: thirdParty(FAIREMAIL_PROVIDERS, {
        note: `FairEmail's provider list names imap.hostinger.com 993 and smtp.hostinger.com 465, both SSL (nanopo.st/hosting/hostinger names the same SMTP host); ${HOSTINGER_NOTE}`,
      }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: ['hostinger.com'],
    mx: ['hostinger.com'],
    servers: { incoming: [tls('imap', 'imap.hostinger.com', 993)], outgoing: [tls('smtp', 'smtp.hostinger.com', 465)] },
  },
  {
    policy: {
      id: 'titan',
      name: 'Titan Email',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:titan.note.settings',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.mailbox', twoFactorName: 'guidance:secondFactor.two-factor-authentication' },
    facts: {
      password: thirdParty(TITAN_MCP_SETTINGS, { note: `${TITAN_MCP_NOTE}; ${TITAN_NOTE}` }),
      imap: thirdParty('https://glama.ai/mcp/servers/filiperotherds/titan-mail-mcpb', { note: TITAN_NOTE }),
      username: thirdParty(TITAN_MCP_SETTINGS, { note: `${TITAN_MCP_NOTE}; ${TITAN_NOTE}` }),
      servers: thirdParty('https://glama.ai/mcp/servers/filiperotherds/titan-mail-mcpb/schema', { note: TITAN_NOTE }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: ['titan.email'],
    mx: ['titan.email'],
    servers: { incoming: [tls('imap', 'imap.titan.email', 993)], outgoing: [tls('smtp', 'smtp.titan.email', 465)] },
  },
  {
    policy: {
      id: 'amazon-workmail',
      name: 'Amazon WorkMail',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:amazon-workmail.note.settings',
      'providers:amazon-workmail.note.ends',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:amazon-workmail.passwordName' },
    facts: {
      password: own(WORKMAIL),
      imap: own(WORKMAIL),
      username: own(WORKMAIL),
      servers: own(WORKMAIL, { disagreement: { source: 'https://docs.aws.amazon.com/ja_jp/workmail/latest/userguide/using_IMAP.md', says: 'AWS ends support for WorkMail on 31 March 2027' } }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: ['awsapps.com'],
    // WorkMail's inbound MX per region (SES receiving uses the same names).
    mx: ['inbound-smtp.us-east-1.amazonaws.com', 'inbound-smtp.us-west-2.amazonaws.com', 'inbound-smtp.eu-west-1.amazonaws.com'],
  },
  {
    policy: {
      id: 'migadu',
      name: 'Migadu',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:migadu.note.settings',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.mailbox' },
    facts: {
      password: own(MIGADU_IDENTITIES, {
        note: 'each mailbox has its own credentials (its password); an identity of the mailbox gives a device or app a separate credentials pair, like an application-specific password',
      }),
      imap: own('https://www.migadu.com/en/guides/config.html'),
      username: own(MIGADU_IDENTITIES, {
        note: 'the credentials are addresses (an identity\'s is e.g. john_iphone@doe.com), so the username is the full address; chatmail\'s provider-db file migadu.md (last checked 2024-09) agrees (username_pattern EMAIL)',
      }),
      servers: thirdParty(MIGADU_PROVIDER_DB, { note: MIGADU_PROVIDER_DB_NOTE }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: ['migadu.com'],
    mx: ['migadu.com'],
    servers: { incoming: [tls('imap', 'imap.migadu.com', 993)], outgoing: [tls('smtp', 'smtp.migadu.com', 465)] },
  },
]
