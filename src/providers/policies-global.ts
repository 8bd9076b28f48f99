// Hand-kept provider policy, part 1: the large US and global providers. One entry per
// provider, each with the sources it rests on (read on the dates in the comments, with the
// project's search tool). Where sources disagree the comment says so and the entry takes the
// safer advice. Plain words in `notes`: they are shown to users as they are.
import type { ProviderKnowledge } from './policy-types.js'

export const GLOBAL_PROVIDERS: ProviderKnowledge[] = [
  // Sources: support.google.com/accounts/answer/6010255 (quoted by brainworx.co.nz: personal
  // accounts lost "less secure app access" on 30 May 2022; Workspace got its own later date);
  // support.google.com/accounts/answer/185833 (app passwords need 2-Step Verification).
  // Press pages (4nownews.com 2024-09-30) date the end for everyone to 30 Sep 2024 but say
  // themselves that it concerned Workspace; the earlier, official date is used here.
  // Gmail's IMAP is always on since Jan 2025 (support.google.com/mail/answer/7126229).
  {
    policy: {
      id: 'gmail',
      name: 'Gmail',
      password: 'app-password',
      appPasswordUrl: 'https://myaccount.google.com/apppasswords',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Google stopped accepting the normal Google password in other mail programs on 30 May 2022 ("less secure app access" was turned off).',
        'Use an app password: turn on 2-Step Verification first, then make an app password and type it instead of your Google password.',
        'The username is the full Gmail address.',
      ],
    },
    emailDomains: ['gmail.com', 'googlemail.com'],
    ispdbIds: ['googlemail.com'],
    hosts: ['gmail.com', 'googlemail.com'],
    mx: ['gmail-smtp-in.l.google.com'],
  },
  // Sources: as Gmail, plus the Workspace Updates blog. Sources disagree on the date: Google's
  // 2023 announcement and several admins' pages give 30 Sep 2024; Google's later update moved
  // Workspace accounts to 14 Mar 2025. Both dates are past, so the advice is the same either
  // way: no normal password; an app password (if the admin allows them) or OAuth.
  {
    policy: {
      id: 'google-workspace',
      name: 'Google Workspace',
      password: 'app-password',
      appPasswordUrl: 'https://myaccount.google.com/apppasswords',
      enableImapUrl: 'https://admin.google.com/ac/apps/gmail/enduseraccess',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Google Workspace stopped accepting normal passwords in mail programs on 14 March 2025 (some Google pages gave 30 September 2024 as the first date).',
        'Use an app password (needs 2-Step Verification), or a CRM that signs in with Google directly.',
        'Your Workspace administrator can switch IMAP and app passwords off for the whole company; if the app password page says it is not available, ask them.',
      ],
    },
    emailDomains: [],
    ispdbIds: [],
    hosts: [],
    mx: ['aspmx.l.google.com', 'googlemail.com', 'smtp.google.com', 'aspmx.googlemail.com'],
  },
  // Sources: learn.microsoft.com "Deprecation of Basic authentication in Exchange Online";
  // techcommunity.microsoft.com Exchange Team blog (May 2022 and Sep 2022 updates): basic auth
  // for IMAP/POP turned off from 1 Oct 2022. SMTP AUTH (client submission) sources disagree:
  // the Apr 2024 blog said Sep 2025, later moved to 1 Mar-30 Apr 2026; other pages speak of
  // "off by default at the end of Dec 2026". Safer advice: treat SMTP as OAuth-only too.
  {
    policy: {
      id: 'microsoft-365',
      name: 'Microsoft 365 (Exchange Online)',
      password: 'oauth-only',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Microsoft 365 turned off password sign-in for IMAP and POP on 1 October 2022. No password works, not even an app password.',
        'Your CRM must sign in with Microsoft (often a "Connect with Microsoft/Office 365" button), and your administrator may have to approve it.',
        'Sending with a password (SMTP AUTH) is being switched off too during 2026; use the CRM\'s Microsoft sign-in for sending as well.',
      ],
    },
    emailDomains: ['onmicrosoft.com'],
    ispdbIds: ['office365.com'],
    // Outlook.com uses the same servers; identify.ts tells them apart by the address domain.
    hosts: ['office365.com', 'outlook.com'],
    mx: ['mail.protection.outlook.com'],
  },
  // Sources: support.microsoft.com "Modern authentication methods now needed to continue
  // syncing Outlook email in non-Microsoft email apps" (June 2024); techissuestoday.com and
  // mezha.media (12 Jun 2024) on the 16 Sep 2024 cut-off; patriotmail.ai on app passwords
  // no longer being a path for personal accounts.
  {
    policy: {
      id: 'outlook-com',
      name: 'Outlook.com (Hotmail, Live, MSN)',
      password: 'oauth-only',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Outlook.com, Hotmail, Live and MSN addresses stopped accepting passwords in other mail programs on 16 September 2024.',
        'Your CRM must sign in with Microsoft ("Connect with Microsoft"); app passwords no longer help for this.',
      ],
    },
    emailDomains: [],
    ispdbIds: ['hotmail.com'],
    hosts: [],
    mx: ['olc.protection.outlook.com'],
  },
  // Sources: support.apple.com/en-us/102654 (app-specific passwords), support.apple.com/en-us/102525
  // (iCloud Mail server settings); technobezz.com 2026-05. Sources disagree on the username:
  // Apple says "usually the name part" and to try the full address if that fails; Postbox's
  // guide uses the name part, others the full address. Entry: either, name part first.
  {
    policy: {
      id: 'icloud',
      name: 'iCloud Mail',
      password: 'app-password',
      appPasswordUrl: 'https://account.apple.com/account/manage',
      usernameForm: 'either',
      offersImap: true,
      notes: [
        'iCloud Mail needs an app-specific password in every mail program that is not Apple\'s own; your Apple Account password does not work there.',
        'App-specific passwords need two-factor authentication on your Apple Account.',
        'The username is usually the part before @ (for example emilyparker); if that fails, try the full address.',
      ],
    },
    emailDomains: ['icloud.com', 'me.com', 'mac.com'],
    ispdbIds: ['me.com'],
    hosts: ['mail.me.com'],
    mx: ['mail.icloud.com'],
  },
  // Sources: help.yahoo.com/kb/SLN15241.html "Generate and manage 3rd-party app passwords"
  // (app passwords for non-Yahoo apps; creation may be refused until a browser is "trusted");
  // lifewire.com (older page: also a "less secure sign-in" switch, gone in Yahoo's current
  // help). Talk of Yahoo/AOL becoming OAuth-only was not confirmed by any page found; Yahoo's
  // own help still offers app passwords, so that is the advice.
  {
    policy: {
      id: 'yahoo',
      name: 'Yahoo Mail',
      password: 'app-password',
      appPasswordUrl: 'https://login.yahoo.com/account/security',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Yahoo needs an app password for mail programs that do not use Yahoo\'s own sign-in page. Make it under Account security > "Create app password".',
        'Yahoo may refuse to make one in a browser it does not know yet; use a browser you have signed in with for a few days.',
      ],
    },
    emailDomains: ['ymail.com', 'rocketmail.com'],
    ispdbIds: ['yahoo.com'],
    hosts: ['mail.yahoo.com'],
    mx: ['yahoodns.net'],
  },
  // Sources: help.aol.com "Generate and manage third-party app passwords" (same system as Yahoo,
  // both Yahoo Inc.); lifewire.com.
  {
    policy: {
      id: 'aol',
      name: 'AOL Mail',
      password: 'app-password',
      appPasswordUrl: 'https://login.aol.com/account/security',
      usernameForm: 'email',
      offersImap: true,
      notes: ['AOL needs an app password for other mail programs. Make it under Account security > "Generate app password".'],
    },
    emailDomains: ['aol.com', 'aim.com', 'love.com', 'ygm.com', 'games.com', 'wow.com'],
    ispdbIds: ['aol.com'],
    hosts: ['aol.com'],
    mx: [],
  },
  // Sources: att.com email support "Secure mail key" (KM1240308; the page address is from
  // memory, not fetched with the search tool); AT&T mail runs on Yahoo's platform
  // (markontheweb.blogspot.com 2016-09, winenfood.com). Safer advice: the secure mail key.
  {
    policy: {
      id: 'att',
      name: 'AT&T Mail',
      password: 'app-password',
      appPasswordUrl: 'https://www.att.com/support/article/email-support/KM1240308/',
      usernameForm: 'email',
      offersImap: true,
      notes: ['AT&T needs a "secure mail key" (its name for an app password) in other mail programs; your AT&T password does not work there.'],
    },
    emailDomains: [],
    ispdbIds: ['att.net'],
    hosts: ['mail.att.net'],
    mx: ['prodigy.net'],
  },
  // Sources: ISPDB verizon.net.xml (servers are imap.aol.com/smtp.aol.com); Verizon moved its
  // mailboxes to AOL in 2017 (verizon.com/support/email-moving-to-aol). Advice as AOL.
  {
    policy: {
      id: 'verizon',
      name: 'Verizon (mail at AOL)',
      password: 'app-password',
      appPasswordUrl: 'https://login.aol.com/account/security',
      usernameForm: 'email',
      offersImap: true,
      notes: ['Verizon.net mail is hosted by AOL: sign in to AOL with your verizon.net address and make an app password there.'],
    },
    emailDomains: [],
    ispdbIds: ['verizon.net'],
    hosts: [],
    mx: [],
  },
  // Sources: xfinity.com/support "Email settings for third-party clients" (third-party access
  // must be on under Settings > Security); everydaytech.org (email password = Xfinity password).
  // Not confirmed by a page fetched with the search tool; kept as the provider's own help says.
  {
    policy: {
      id: 'comcast',
      name: 'Xfinity (Comcast) Mail',
      password: 'normal',
      enableImapUrl: 'https://connect.xfinity.com/appsuite/#!!&app=io.ox/settings',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Xfinity uses your normal Xfinity password, but "third-party access" must be switched on in Xfinity Connect: Settings > Security.',
      ],
    },
    emailDomains: [],
    ispdbIds: ['comcast.net'],
    hosts: ['comcast.net'],
    mx: ['comcast.net'],
  },
  // Sources: help.zoho.com "Application Specific Passwords" (required with MFA, recommended
  // without); wiki.brostweb.com Zoho IMAP (IMAP Access checkbox in Settings > Mail Accounts).
  {
    policy: {
      id: 'zoho',
      name: 'Zoho Mail',
      password: 'app-password',
      appPasswordUrl: 'https://accounts.zoho.com/home#security/app_password',
      enableImapUrl: 'https://mail.zoho.com/zm/#settings/all/mailaccounts',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Switch IMAP on first: Zoho Mail > Settings > Mail Accounts > IMAP Access.',
        'With two-factor sign-in on (most accounts), Zoho needs an application-specific password; without it the normal password works, but Zoho recommends the app password.',
      ],
    },
    emailDomains: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zohomail.eu', 'zoho.in', 'zohomail.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
    ispdbIds: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
    hosts: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
    mx: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohocloud.ca'],
  },
  // Sources: fastmail.com/help/technical/servernamesandports.html ("You cannot use your regular
  // Fastmail password"), fastmail.com/help/clients/apppassword.html (Basic plans have no IMAP).
  {
    policy: {
      id: 'fastmail',
      name: 'Fastmail',
      password: 'app-password',
      appPasswordUrl: 'https://app.fastmail.com/settings/security/integrations',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Fastmail always needs an app password for IMAP, POP and SMTP: Settings > Privacy & Security > Integrations > New app password.',
        'Fastmail\'s Basic plan has no IMAP, POP or SMTP access at all.',
      ],
    },
    emailDomains: ['fastmail.com', 'fastmail.fm', 'fastmail.net', 'fastmail.org', 'fastmail.us', 'fastmail.de', 'fastmail.cn', 'fastmail.co.uk', 'fastmail.jp', 'fastmail.in', 'sent.com', 'eml.cc', 'mailbox.org.uk'],
    ispdbIds: ['messagingengine.com'],
    hosts: ['fastmail.com', 'messagingengine.com'],
    mx: ['messagingengine.com'],
  },
  // Sources: proton.me/support/protonmail-bridge-faq ("use your Bridge password, not your
  // normal Proton password"; Bridge for paid plans); proton.me/support/bridge-ssl-connection-issue
  // (loopback, STARTTLS by default). Ports 1143/1025 are Bridge's defaults. Not in the ISPDB.
  {
    policy: {
      id: 'proton',
      name: 'Proton Mail',
      password: 'bridge',
      appPasswordUrl: 'https://proton.me/mail/bridge',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Proton Mail has no IMAP server on the internet. Proton Mail Bridge (paid plans) runs on your own computer and offers IMAP on 127.0.0.1 port 1143 and SMTP on port 1025.',
        'Use the Bridge password shown in the Bridge app, not your Proton password. A CRM on the internet cannot reach Bridge on your computer.',
      ],
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
  // Sources: ISPDB wildwestdomains.com.xml (Workspace Email on secureserver.net); GoDaddy's
  // "Microsoft 365 from GoDaddy" mailboxes are Exchange Online and follow Microsoft's rules.
  {
    policy: {
      id: 'godaddy',
      name: 'GoDaddy Workspace Email',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'GoDaddy Workspace Email (servers on secureserver.net) takes your normal email password.',
        'If your GoDaddy email is "Microsoft 365 from GoDaddy", Microsoft\'s rules apply: no passwords, sign in with Microsoft.',
      ],
    },
    emailDomains: [],
    ispdbIds: ['wildwestdomains.com'],
    hosts: ['secureserver.net'],
    mx: ['secureserver.net'],
  },
  // Sources: ISPDB emailsrvr.com.xml; Rackspace "Rackspace Email settings" help (normal mailbox
  // password; MX mx1/mx2.emailsrvr.com).
  {
    policy: {
      id: 'rackspace',
      name: 'Rackspace Email',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
      notes: ['Rackspace Email takes your normal mailbox password; the username is the full address.'],
    },
    emailDomains: [],
    ispdbIds: ['emailsrvr.com'],
    hosts: ['emailsrvr.com'],
    mx: ['emailsrvr.com'],
  },
]
