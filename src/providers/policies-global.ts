// Hand-kept provider policy, part 1: the large US and global providers. Every fact carries the
// page it rests on, whose page it is (`own`: the provider's; `thirdParty`: another site's, kept
// only where no page of the provider was found) and the day it was read (facts: FactSource); a
// fact no page confirmed is `unverified` with the reason. Where sources disagree, `disagreement`
// names the other page and the entry takes the safer advice. `notes` and the names in `words`
// are keys of the `providers` catalogue (src/i18n/locales/<language>/providers.json), where the
// plain words are, in each language the reader may choose (docs/i18n.md, "Provider words").
import { FAIREMAIL_PROVIDERS, ispdbFile, own, PROTON_BRIDGE_CLIENT_CONFIG, PROTON_BRIDGE_SETTINGS, providerDbFile, thirdParty } from './fact-source.js'
import type { ProviderKnowledge } from './policy-types.js'

const GOOGLE_APP_PASSWORDS = 'https://support.google.com/accounts/answer/185833'
const GOOGLE_LSA_TRANSITION = 'https://support.google.com/a/answer/14114704'
const GMAIL_IMAP_COPY = 'https://support.carolinau.edu/support/solutions/articles/44001785764-using-gmail-on-microsoft-office-or-apple-mail'
// Google's developer page "IMAP, POP, and SMTP" (Gmail and Google Workspace, read today).
const GMAIL_IMAP_DEV = 'https://developers.google.com/workspace/gmail/imap/imap-smtp'
const GMAIL_IMAP_DEV_NOTE = 'Google\'s developer page: IMAP at imap.gmail.com:993 (SSL), SMTP at smtp.gmail.com port 465 (SSL) or 587 (STARTTLS); it does not say the username form'
const XFINITY_PASSWORD_COPY = 'https://everydaytech.org/email-communication/email-account-setup-management/how-to-change-xfinity-email-password'
const GMAIL_IMAP_COPY_NOTE = 'a university\'s copy of Google\'s IMAP help ("Your full email address", imap.gmail.com:993, smtp.gmail.com:465/587); Google\'s own page (support.google.com/mail/answer/7126229) was not in the stored material'
const MS_SMTP_TIMELINE = 'https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835'
const MS_EXO_POP_IMAP = 'https://technet.microsoft.com/en-us/library/dn551174(v=exchg.150).aspx'
const OUTLOOK_COM_SETTINGS = 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353'
const APPLE_APP_SPECIFIC = 'https://support.apple.com/en-in/102654'
const POSTBOX_ICLOUD = 'https://support.postbox-inc.com/hc/en-us/articles/202200110-Setting-up-iCloud-Me-or-Mac'
const APPLE_SERVERS_NOTE = 'Apple\'s server settings page (support.apple.com/en-us/102525, cited by developer.nylas.com) was not in the stored material'
const YAHOO_PROVIDER_DB = 'https://github.com/chatmail/provider-db/blob/master/_providers/yahoo.md'
const YAHOO_NOTE = 'Yahoo\'s IMAP server settings page (help.yahoo.com, SLN4075) was not returned by the search tool (searched by title, by article number and in Vietnamese); only its app password page was'
// Yahoo's "Generate and manage 3rd-party app passwords" (SLN15241), read through a stored copy served by yansite.jp.
const YAHOO_APP_PASSWORDS = 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html'
// The same Yahoo article in Yahoo's Vietnamese help: "use this app password and your email address to sign in".
const YAHOO_APP_PASSWORDS_VN = 'https://vn.trogiup.yahoo.com/kb/account/T%E1%BA%A1o-v%C3%A0-qu%E1%BA%A3n-l%C3%BD-m%E1%BA%ADt-kh%E1%BA%A9u-%E1%BB%A9ng-d%E1%BB%A5ng-c%E1%BB%A7a-b%C3%AAn-th%E1%BB%A9-ba-sln15241.html'
const AOL_APP_PASSWORD = 'https://help.aol.com/articles/Create-and-manage-app-password'
const AOL_SETTINGS_NOTE = 'AOL\'s IMAP settings page was not in the stored material (searched by title, by its help.aol.com address and by the server names), only search-engine result pages quoting it ("use your full email address, including @aol.com", SSL on)'
const AOL_APP_PASSWORD_USERNAME = 'an older stored version of AOL\'s app password page says "Use this app password and your email address to sign in to your email app"'
const ATT_NOTE = 'AT&T\'s own page on secure mail keys (att.com/support/article/email-support/KM1240308) was not in the stored material; the search tool returned no page about secure mail keys (searched for "secure mail key" in pages and docs; only AT&T\'s old webmail help and a small-business security page came back)'
const VERIZON_MOVE = 'https://help.aol.com/articles/verizon-move-to-aol-mail-updating-your-third-party-email-program-or-mobile-device-with-your-new-account-information-pop3'
const GODADDY_NOTE = 'GoDaddy\'s own help on Workspace Email settings was not in the stored material (searched by the secureserver.net server names in pages and docs); only machine-rewritten copies and pasted settings were'
const XFINITY_NOTE = 'Xfinity\'s own help on third-party access was not in the stored material (searched for third-party access, the server names and the email-client settings page address); only third-party summaries and an old Comcast security page without server names were'
// Mozilla's ISP database files, read today (third-party sources for servers and username forms).
const ISPDB_OFFICE365 = ispdbFile('office365.com')
const ISPDB_AOL = ispdbFile('aol.com')
const ISPDB_ATT = ispdbFile('att.net')
const ISPDB_COMCAST = ispdbFile('comcast.net')
const ISPDB_GODADDY = ispdbFile('wildwestdomains.com')
const ISPDB_RACKSPACE = ispdbFile('emailsrvr.com')
const AOL_PROVIDER_DB = providerDbFile('aol')
const AOL_SERVERS_NOTE = 'Mozilla\'s ISPDB file aol.com.xml (last changed 2022-11-19): imap.aol.com 993 and smtp.aol.com 465, both SSL, the full address as username; chatmail\'s provider-db file aol.md (last checked 2020-02) names the same servers. AOL\'s own page the ISPDB file links (help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail) was not in the stored material'
const ATT_ISPDB_NOTE = 'Mozilla\'s ISPDB file att.net.xml (last changed 2025-12-10): imap.mail.att.net 993 SSL, outbound.att.net / smtp.mail.att.net 465 SSL, the full address as username. AT&T\'s own page the file links (att.com/support/article/email-support/KM1010523) was not in the stored material'
const COMCAST_ISPDB_NOTE = 'Mozilla\'s ISPDB file comcast.net.xml (last changed 2024-02-16): imap.comcast.net 993 SSL (143 STARTTLS), smtp.comcast.net 465 SSL / 587 STARTTLS, the full address as username. Xfinity\'s own pages the file links (xfinity.com/support/articles/third-party-email-access and .../setting-up-thunderbird) were not in the stored material'
const GODADDY_ISPDB_NOTE = 'Mozilla\'s ISPDB file wildwestdomains.com.xml (last changed 2022-11-19; GoDaddy\'s secureserver.net servers): imap.secureserver.net 993 SSL, smtpout.secureserver.net 465 SSL, the full address as username. GoDaddy\'s own help was not in the stored material (searched by the secureserver.net server names in pages and docs)'
const RACKSPACE_ISPDB_NOTE = 'Mozilla\'s ISPDB file emailsrvr.com.xml (last changed 2022-11-19): secure.emailsrvr.com, IMAP 993 and SMTP 465, both SSL, the full address as username. Rackspace\'s own page with the server names was not in the stored material (its Apple Mail page leaves them out)'
// Rackspace's "Configure a renamed email address in Apple Mail": "User Name: Your renamed Rackspace
// Email address", "Password: Your mailbox password", account type IMAP.
const RACKSPACE_RENAMED_APPLE_MAIL = 'https://docs.rackspace.com/docs/configure-a-renamed-email-address-in-apple-mail'
const RACKSPACE_RENAMED_NOTE = 'Rackspace\'s Apple Mail setup for a renamed address: the user name is the full Rackspace Email address and the password is the mailbox password (IMAP); its server names were not in the stored text'
// A GoDaddy reseller's copy of GoDaddy's help ("Changing Your Email Password in the Workspace Control Center").
const GODADDY_RESELLER_PASSWORD = 'https://gowebsite.com/article/changing-your-email-password-in-workspace-control-center.html'
const FASTMAIL_SERVERS = 'https://www.fastmail.com/help/technical/servernamesandports.html'
const PROTON_BRIDGE_FAQ = 'https://proton.me/support/protonmail-bridge-faq'

export const GLOBAL_PROVIDERS: ProviderKnowledge[] = [
  {
    policy: {
      id: 'gmail',
      name: 'Gmail',
      password: 'app-password',
      appPasswordUrl: 'https://myaccount.google.com/apppasswords',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:gmail.note.passwordStopped',
      'providers:gmail.note.signInOrAppPassword',
      'providers:gmail.note.imapAlwaysOn',
      'providers:gmail.note.username',
    ],
    imap: 'on',
    signIn: 'google',
    words: { passwordName: 'guidance:term.app-password.bare', twoFactorName: 'guidance:secondFactor.2-step-verification', passwordTerm: 'app-password', secondFactorTerm: '2-step-verification', passwordFormat: 'four-groups-of-four' },
    facts: {
      password: own(GOOGLE_APP_PASSWORDS, { note: 'the date Google stopped taking the normal password (30 May 2022, in the notes) is not on this page' }),
      // Google's page is written for Workspace admins; it is the only Google page found that says the switch is gone.
      imap: own(GOOGLE_LSA_TRANSITION, {
        note: 'Google says users can no longer turn IMAP on or off in their Gmail settings (from summer 2024)',
        disagreement: { source: 'https://grokipedia.com/page/Enabling_IMAP_in_Gmail', says: 'a third-party page dates the removal of the switch for personal Gmail to January 2025' },
      }),
      username: thirdParty(GMAIL_IMAP_COPY, { note: GMAIL_IMAP_COPY_NOTE }),
      servers: own(GMAIL_IMAP_DEV, { note: GMAIL_IMAP_DEV_NOTE }),
    },
    emailDomains: ['gmail.com', 'googlemail.com'],
    ispdbIds: ['googlemail.com'],
    hosts: ['gmail.com', 'googlemail.com'],
    mx: ['gmail-smtp-in.l.google.com'],
  },
  {
    policy: {
      id: 'google-workspace',
      name: 'Google Workspace',
      password: 'app-password',
      appPasswordUrl: 'https://myaccount.google.com/apppasswords',
      enableImapUrl: 'https://admin.google.com/ac/apps/gmail/enduseraccess',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:google-workspace.note.signInButton',
      'providers:google-workspace.note.appPasswordIfAllowed',
      'providers:google-workspace.note.adminSwitch',
    ],
    imap: 'admin',
    signIn: 'google',
    words: { passwordName: 'guidance:term.app-password.bare', twoFactorName: 'guidance:secondFactor.2-step-verification', enableImapSteps: 'providers:google-workspace.enableImapSteps', passwordTerm: 'app-password', secondFactorTerm: '2-step-verification', passwordFormat: 'four-groups-of-four' },
    facts: {
      password: own(GOOGLE_LSA_TRANSITION, {
        note: 'Google\'s page says "autumn of 2024" and sends readers to the Workspace Updates blog for exact dates; 14 March 2025 (in the notes) is from grokipedia.com, not from a Google page read today',
        disagreement: {
          source: 'https://umzuzu.com/google-sunsets-less-secure-apps-access-making-the-transition-to-oauth-and-app-passwords',
          says: 'Google\'s September 2023 timeline gave 30 September 2024 as the day password access ends for Workspace',
        },
      }),
      imap: own('https://support.google.com/a/answer/105694'),
      username: thirdParty(GMAIL_IMAP_COPY, { note: GMAIL_IMAP_COPY_NOTE }),
      servers: own(GMAIL_IMAP_DEV, { note: GMAIL_IMAP_DEV_NOTE }),
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: [],
    mx: ['aspmx.l.google.com', 'googlemail.com', 'smtp.google.com', 'aspmx.googlemail.com'],
  },
  {
    policy: {
      id: 'microsoft-365',
      name: 'Microsoft 365 (Exchange Online)',
      password: 'oauth-only',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:microsoft-365.note.passwordsOff',
      'providers:microsoft-365.note.signInWithMicrosoft',
      'providers:microsoft-365.note.smtpAuthEnd',
    ],
    imap: 'admin',
    signIn: 'microsoft',
    words: { passwordName: 'providers:microsoft-365.passwordName', enableImapSteps: 'providers:microsoft-365.enableImapSteps' },
    facts: {
      password: own(MS_SMTP_TIMELINE, {
        note: 'the end of password sign-in for IMAP and POP on 1 October 2022 is not on this page',
        disagreement: {
          source: 'https://message.cengizyilmaz.net/message/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth',
          says: 'the June 2025 message-centre post gave 1 March to 30 April 2026 for SMTP AUTH; the Exchange team\'s January 2026 update replaced it',
        },
      }),
      imap: own(MS_EXO_POP_IMAP, { note: 'admins switch POP3 and IMAP4 per mailbox; with security defaults on they are off' }),
      username: thirdParty(ISPDB_OFFICE365, {
        note: 'Mozilla\'s ISPDB file office365.com.xml (last changed 2026-03-10) gives the full address as username for IMAP, POP and SMTP; Microsoft\'s POP3/IMAP4 page read today lists servers and ports, not the username form',
      }),
      servers: own(MS_EXO_POP_IMAP),
    },
    emailDomains: ['onmicrosoft.com'],
    ispdbIds: ['office365.com'],
    // Outlook.com uses the same servers; identify.ts tells them apart by the address domain.
    hosts: ['office365.com', 'outlook.com'],
    mx: ['mail.protection.outlook.com'],
  },
  {
    policy: {
      id: 'outlook-com',
      name: 'Outlook.com (Hotmail, Live, MSN)',
      password: 'oauth-only',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:outlook-com.note.passwordsStopped',
      'providers:outlook-com.note.signInWithMicrosoft',
      'providers:outlook-com.note.switchImapOn',
    ],
    imap: 'after-enabling',
    signIn: 'microsoft',
    words: { passwordName: 'providers:outlook-com.passwordName', enableImapSteps: 'providers:outlook-com.enableImapSteps' },
    // The Microsoft page was read through a stored copy served by another site (a proxy of support.microsoft.com).
    facts: {
      password: own(OUTLOOK_COM_SETTINGS, {
        note: 'the page says Outlook.com requires Modern Auth / OAuth2; the date 16 September 2024 (in the notes) is from third-party reports (techissuestoday.com, patriotmail.ai), not a Microsoft page read today',
      }),
      imap: own(OUTLOOK_COM_SETTINGS, { note: 'the page says "POP & IMAP access is disabled by default" and is switched on under Settings > Mail > Forwarding and IMAP' }),
      username: own(OUTLOOK_COM_SETTINGS),
      servers: own(OUTLOOK_COM_SETTINGS),
    },
    emailDomains: [],
    ispdbIds: ['hotmail.com'],
    hosts: [],
    mx: ['olc.protection.outlook.com'],
  },
  {
    policy: {
      id: 'icloud',
      name: 'iCloud Mail',
      password: 'app-password',
      appPasswordUrl: 'https://account.apple.com/account/manage',
      usernameForm: 'either',
      offersImap: true,
    },
    notes: [
      'providers:icloud.note.appSpecificPassword',
      'providers:icloud.note.twoFactor',
      'providers:icloud.note.username',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'guidance:term.app-specific-password.bare', twoFactorName: 'guidance:secondFactor.two-factor-authentication', passwordTerm: 'app-specific-password', secondFactorTerm: 'two-factor-authentication', passwordFormat: 'hyphen-groups-of-four' },
    facts: {
      password: own(APPLE_APP_SPECIFIC),
      imap: own(APPLE_APP_SPECIFIC, { note: 'apps of other developers reach iCloud Mail with an app-specific password; Apple names no IMAP switch' }),
      username: thirdParty(POSTBOX_ICLOUD, {
        note: APPLE_SERVERS_NOTE,
        disagreement: { source: 'https://skymigrate.com/?p=6611', says: 'the username is the full iCloud address' },
      }),
      servers: thirdParty(POSTBOX_ICLOUD, { note: APPLE_SERVERS_NOTE }),
    },
    emailDomains: ['icloud.com', 'me.com', 'mac.com'],
    ispdbIds: ['me.com'],
    hosts: ['mail.me.com'],
    mx: ['mail.icloud.com'],
  },
  {
    policy: {
      id: 'yahoo',
      name: 'Yahoo Mail',
      password: 'app-password',
      appPasswordUrl: 'https://login.yahoo.com/account/security',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:yahoo.note.appPassword',
      'providers:yahoo.note.knownBrowser',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'guidance:term.app-password.bare', twoFactorName: 'guidance:secondFactor.two-step-verification', passwordTerm: 'app-password', passwordFormat: 'sixteen-letters' },
    facts: {
      password: own(YAHOO_APP_PASSWORDS, {
        note: 'Yahoo says mail apps that do not use its own sign-in page need an app password, made under Account Security > "External connections" > "Create app password" in a browser used to sign in for several days',
        disagreement: { source: YAHOO_PROVIDER_DB, says: 'older instructions (and the Yahoo! Mail menu they describe) call the button "Generate app password"' },
      }),
      imap: thirdParty(YAHOO_PROVIDER_DB, { note: YAHOO_NOTE }),
      username: own(YAHOO_APP_PASSWORDS_VN, { note: 'Yahoo\'s Vietnamese help of the app password article says to sign in to the mail app with the app password and your email address' }),
      servers: thirdParty(YAHOO_PROVIDER_DB, { note: YAHOO_NOTE }),
    },
    emailDomains: ['ymail.com', 'rocketmail.com'],
    ispdbIds: ['yahoo.com'],
    hosts: ['mail.yahoo.com'],
    mx: ['yahoodns.net'],
  },
  {
    policy: {
      id: 'aol',
      name: 'AOL Mail',
      password: 'app-password',
      appPasswordUrl: 'https://login.aol.com/account/security',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:aol.note.appPassword',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'guidance:term.app-password.bare', twoFactorName: 'guidance:secondFactor.two-step-verification', passwordTerm: 'app-password', passwordFormat: 'sixteen-letters' },
    facts: {
      password: own(AOL_APP_PASSWORD, {
        disagreement: {
          source: AOL_APP_PASSWORD,
          says: 'an older stored version of the same page asks for an app password only with 2-step verification on; the newer one for every third-party app that does not use AOL\'s sign-in page',
        },
      }),
      imap: thirdParty(AOL_PROVIDER_DB, {
        note: `chatmail's provider-db file aol.md (last checked 2020-02) sets AOL up over IMAP with an app password and names no switch to turn IMAP on; ${AOL_SETTINGS_NOTE}`,
      }),
      username: own(AOL_APP_PASSWORD, { note: AOL_APP_PASSWORD_USERNAME }),
      servers: thirdParty(ISPDB_AOL, { note: AOL_SERVERS_NOTE }),
    },
    emailDomains: ['aol.com', 'aim.com', 'love.com', 'ygm.com', 'games.com', 'wow.com'],
    ispdbIds: ['aol.com'],
    hosts: ['aol.com'],
    mx: [],
  },
  {
    policy: {
      id: 'att',
      name: 'AT&T Mail',
      password: 'app-password',
      appPasswordUrl: 'https://www.att.com/support/article/email-support/KM1240308/',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:att.note.secureMailKey',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:att.passwordName', passwordTerm: 'app-password' },
    facts: {
      password: thirdParty(FAIREMAIL_PROVIDERS, {
        note: `FairEmail's provider list marks AT&T as needing an app password: "Instead of a password you should use a secure mail key", linking AT&T's page KM1240308; ${ATT_NOTE}`,
      }),
      imap: thirdParty(ISPDB_ATT, { note: `${ATT_ISPDB_NOTE}; the file lists IMAP with no step to switch it on` }),
      username: thirdParty(ISPDB_ATT, { note: ATT_ISPDB_NOTE }),
      servers: thirdParty(ISPDB_ATT, { note: ATT_ISPDB_NOTE }),
    },
    emailDomains: [],
    ispdbIds: ['att.net'],
    hosts: ['mail.att.net'],
    mx: ['prodigy.net'],
  },
  {
    policy: {
      id: 'verizon',
      name: 'Verizon (mail at AOL)',
      password: 'app-password',
      appPasswordUrl: 'https://login.aol.com/account/security',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:verizon.note.hostedByAol',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'guidance:term.app-password.bare', passwordTerm: 'app-password', passwordFormat: 'sixteen-letters' },
    facts: {
      password: own(AOL_APP_PASSWORD, { note: 'verizon.net mail is AOL Mail now, so AOL\'s app password page applies' }),
      imap: own(VERIZON_MOVE, { note: 'AOL\'s help points verizon.net users who moved to AOL Mail to its IMAP setup article' }),
      username: own(AOL_APP_PASSWORD, { note: `verizon.net mail is AOL Mail now; ${AOL_APP_PASSWORD_USERNAME}, here the verizon.net address` }),
      servers: own(VERIZON_MOVE, { note: 'the mail moved to AOL Mail; the servers are AOL\'s (ISPDB file verizon.net.xml: imap.aol.com)' }),
    },
    emailDomains: [],
    ispdbIds: ['verizon.net'],
    hosts: [],
    mx: [],
  },
  {
    policy: {
      id: 'comcast',
      name: 'Xfinity (Comcast) Mail',
      password: 'normal',
      enableImapUrl: 'https://connect.xfinity.com/appsuite/#!!&app=io.ox/settings',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:comcast.note.thirdPartyAccess',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:comcast.passwordName', enableImapSteps: 'providers:comcast.enableImapSteps' },
    facts: {
      password: thirdParty(XFINITY_PASSWORD_COPY, {
        note: `a how-to site: "your Xfinity email password is tied directly to your Xfinity account password. There isn't a separate login for your Comcast.net email", also when "a third-party app stopped working"; ${XFINITY_NOTE}; Mozilla's ISPDB file comcast.net.xml offers OAuth2 or a password and does not say which password`,
        disagreement: {
          source: 'https://visualfoodie.com/how-to-secure-your-xfinity-email-account',
          says: 'a blog recommends "app passwords" for Outlook or Apple Mail instead of the main Xfinity password, as its own security advice; it does not say Xfinity requires them',
        },
      }),
      imap: thirdParty(ISPDB_COMCAST, {
        note: `the ISPDB file links Xfinity's "Instructions for enabling IMAP/POP/SMTP access for third-party clients" (xfinity.com/support/articles/third-party-email-access), so access must be switched on first; ${XFINITY_NOTE}`,
      }),
      username: thirdParty(ISPDB_COMCAST, { note: COMCAST_ISPDB_NOTE }),
      servers: thirdParty(ISPDB_COMCAST, { note: COMCAST_ISPDB_NOTE }),
    },
    emailDomains: [],
    ispdbIds: ['comcast.net'],
    hosts: ['comcast.net'],
    mx: ['comcast.net'],
  },
  {
    policy: {
      id: 'fastmail',
      name: 'Fastmail',
      password: 'app-password',
      appPasswordUrl: 'https://app.fastmail.com/settings/security/integrations',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:fastmail.note.appPassword',
      'providers:fastmail.note.basicPlan',
    ],
    imap: 'paid-plan',
    signIn: null,
    words: { passwordName: 'guidance:term.app-password.bare' },
    facts: {
      password: own('https://fastmail.help/hc/en-us/articles/1500000279921'),
      imap: own('https://www.fastmail.com/help/clients/apppassword.html', { note: 'Basic plans have no IMAP, SMTP, CalDAV or CardDAV access' }),
      username: own(FASTMAIL_SERVERS),
      servers: own(FASTMAIL_SERVERS),
    },
    emailDomains: ['fastmail.com', 'fastmail.fm', 'fastmail.net', 'fastmail.org', 'fastmail.us', 'fastmail.de', 'fastmail.cn', 'fastmail.co.uk', 'fastmail.jp', 'fastmail.in', 'sent.com', 'eml.cc', 'mailbox.org.uk'],
    ispdbIds: ['messagingengine.com'],
    hosts: ['fastmail.com', 'messagingengine.com'],
    mx: ['messagingengine.com'],
  },
  {
    policy: {
      id: 'proton',
      name: 'Proton Mail',
      password: 'bridge',
      appPasswordUrl: 'https://proton.me/mail/bridge',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:proton.note.bridge',
      'providers:proton.note.bridgePassword',
    ],
    imap: 'paid-plan',
    signIn: null,
    words: { passwordName: 'guidance:term.bridge-password.bare', passwordTerm: 'bridge-password' },
    facts: {
      password: own(PROTON_BRIDGE_FAQ),
      imap: own(PROTON_BRIDGE_FAQ, { note: 'Bridge is for paid plans only' }),
      username: thirdParty(PROTON_BRIDGE_CLIENT_CONFIG, {
        note: 'Proton\'s own Bridge code (on github.com): the setup screen shows the account\'s address as the IMAP and SMTP username; Proton\'s Bridge FAQ read today does not say which username the mail program takes',
      }),
      servers: thirdParty(PROTON_BRIDGE_SETTINGS, {
        note: 'Proton\'s own Bridge code (on github.com): default settings IMAP port 1143 and SMTP port 1025 (or the next free port) on this computer, without SSL (STARTTLS); no Proton help page read today names the ports',
      }),
    },
    emailDomains: ['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'],
    ispdbIds: [],
    hosts: [],
    mx: ['protonmail.ch'],
    servers: {
      incoming: [{ protocol: 'imap', host: '127.0.0.1', port: 1143, security: 'starttls', username: '%EMAILADDRESS%', auth: 'password', auths: ['password'] }],
      outgoing: [{ protocol: 'smtp', host: '127.0.0.1', port: 1025, security: 'starttls', username: '%EMAILADDRESS%', auth: 'password', auths: ['password'] }],
    },
  },
  {
    policy: {
      id: 'godaddy',
      name: 'GoDaddy Workspace Email',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:godaddy.note.password',
      'providers:godaddy.note.microsoft365',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:godaddy.passwordName' },
    facts: {
      password: thirdParty(GODADDY_RESELLER_PASSWORD, {
        note: `a GoDaddy reseller's copy of GoDaddy's help (gowebsite.com, "Changing Your Email Password in the Workspace Control Center"): each email address has its own password, set in the Workspace Control Center; ${GODADDY_NOTE}`,
      }),
      imap: thirdParty(FAIREMAIL_PROVIDERS, {
        note: `FairEmail's provider list sets "GoDaddy Workspace" up over IMAP (imap.secureserver.net 993 SSL, smtpout.secureserver.net 465 SSL), linking GoDaddy's "Server and port settings for Workspace Email" (godaddy.com/help/server-and-port-settings-for-workspace-email-6949), which was not in the stored material either; ${GODADDY_NOTE}`,
        disagreement: {
          source: ISPDB_GODADDY,
          says: 'an old comment in the ISPDB file warns "Only a minority of users has IMAP access"; the entry keeps IMAP on, since a failed IMAP test shows it plainly',
        },
      }),
      username: thirdParty(ISPDB_GODADDY, { note: GODADDY_ISPDB_NOTE }),
      servers: thirdParty(ISPDB_GODADDY, { note: GODADDY_ISPDB_NOTE }),
    },
    emailDomains: [],
    ispdbIds: ['wildwestdomains.com'],
    hosts: ['secureserver.net'],
    mx: ['secureserver.net'],
  },
  {
    policy: {
      id: 'rackspace',
      name: 'Rackspace Email',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:rackspace.note.password',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.mailbox' },
    facts: {
      password: own(RACKSPACE_RENAMED_APPLE_MAIL, { note: RACKSPACE_RENAMED_NOTE }),
      imap: own('https://www.rackspace.com/apps/support/portal/1685', { note: 'IMAP is one of the access rights an admin can switch off per mailbox or for the whole domain (read from a stored copy of the http page)' }),
      username: own(RACKSPACE_RENAMED_APPLE_MAIL, { note: RACKSPACE_RENAMED_NOTE }),
      servers: thirdParty(ISPDB_RACKSPACE, { note: RACKSPACE_ISPDB_NOTE }),
    },
    emailDomains: [],
    ispdbIds: ['emailsrvr.com'],
    hosts: ['emailsrvr.com'],
    mx: ['emailsrvr.com'],
  },
]
