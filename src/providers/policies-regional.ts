// Hand-kept provider policy, part 2: European and Asian providers. Same rules as
// policies-global.ts: sources in the comment, disagreements named, the safer advice taken.
import type { ProviderKnowledge } from './policy-types.js'

export const REGIONAL_PROVIDERS: ProviderKnowledge[] = [
  // Sources: ISPDB gmx.net.xml <enable visiturl="https://hilfe.gmx.net/pop-imap/einschalten.html">;
  // hilfe.gmx.net "POP3/IMAP aktivieren"; lumyvo.com (app password once 2FA is on).
  {
    policy: {
      id: 'gmx',
      name: 'GMX',
      password: 'normal',
      enableImapUrl: 'https://hilfe.gmx.net/pop-imap/einschalten.html',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'GMX switches IMAP and POP3 off until you switch them on: in GMX go to E-Mail > Einstellungen > POP3/IMAP Abruf and tick "POP3 und IMAP Zugriff erlauben".',
        'The normal GMX password works; with two-factor authentication on, GMX gives you an app password to use instead.',
      ],
    },
    emailDomains: ['gmx.de', 'gmx.at', 'gmx.ch', 'gmx.net', 'gmx.com', 'gmx.us', 'gmx.co.uk', 'gmx.fr', 'gmx.es'],
    ispdbIds: ['gmx.net', 'gmx.com'],
    hosts: ['gmx.net', 'gmx.com'],
    mx: ['gmx.net', 'gmx.com'],
  },
  // Sources: ISPDB web.de.xml <enable visiturl="https://hilfe.web.de/pop-imap/einschalten.html">;
  // hilfe.web.de "POP3/IMAP aktivieren" (same platform as GMX, 1&1 Mail & Media).
  {
    policy: {
      id: 'web-de',
      name: 'WEB.DE',
      password: 'normal',
      enableImapUrl: 'https://hilfe.web.de/pop-imap/einschalten.html',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'WEB.DE switches IMAP and POP3 off until you switch them on: E-Mail > Einstellungen > POP3/IMAP Abruf > "POP3 und IMAP Zugriff erlauben".',
        'The normal WEB.DE password works; with two-factor authentication on, use the app password WEB.DE gives you.',
      ],
    },
    emailDomains: ['web.de'],
    ispdbIds: ['web.de'],
    hosts: ['web.de'],
    mx: ['web.de'],
  },
  // Sources: ISPDB mail.com.xml; support.mail.com "POP3/IMAP" (same platform as GMX). Sources
  // disagree on whether free accounts still get IMAP (some pages say premium only); the entry
  // says IMAP exists and names the switch, and the note warns about the plan.
  {
    policy: {
      id: 'mail-com',
      name: 'mail.com',
      password: 'normal',
      enableImapUrl: 'https://support.mail.com/pop-imap/',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'mail.com needs POP3/IMAP access switched on in its settings (Settings > POP3 & IMAP).',
        'On some mail.com plans IMAP and POP3 are only part of the paid plan.',
      ],
    },
    emailDomains: [],
    ispdbIds: ['mail.com'],
    hosts: ['mail.com'],
    mx: ['mail.com'],
  },
  // Sources: yandex.com/support/passport/authorization/app-passwords.html (app passwords for
  // mail clients; required with 2FA); ISPDB yandex.ru.xml enable URL (mail.yandex.ru setup_client).
  // Yandex has been moving all accounts to app passwords; safer advice: app password.
  {
    policy: {
      id: 'yandex',
      name: 'Yandex Mail',
      password: 'app-password',
      appPasswordUrl: 'https://id.yandex.com/security/app-passwords',
      enableImapUrl: 'https://mail.yandex.com/#setup/client',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Switch on "Mail clients" access in Yandex Mail settings, then make an app password for mail (Yandex ID > Security > App passwords).',
      ],
    },
    emailDomains: ['yandex.ru', 'yandex.com', 'ya.ru', 'yandex.by', 'yandex.kz', 'yandex.ua', 'narod.ru'],
    ispdbIds: ['yandex.ru'],
    hosts: ['yandex.ru', 'yandex.com', 'yandex.net'],
    mx: ['yandex.net', 'yandex.ru'],
  },
  // Sources: help.mail.ru/mail/security/protection/external ("пароль для внешнего приложения":
  // other mail programs need a separate app password). Not confirmed by a page the search tool
  // returned; kept because Mail.ru's own help says so and it is the safer advice.
  {
    policy: {
      id: 'mail-ru',
      name: 'Mail.ru',
      password: 'app-password',
      appPasswordUrl: 'https://id.mail.ru/security',
      usernameForm: 'email',
      offersImap: true,
      notes: ['Mail.ru needs a password for external apps ("пароль для внешнего приложения"), made in Mail ID > Security.'],
    },
    emailDomains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru', 'my.com'],
    ispdbIds: ['mail.ru'],
    hosts: ['mail.ru'],
    mx: ['mail.ru'],
  },
  // Sources: ISPDB t-online.de.xml <enable visiturl=".../programme/passwort-verwalten">;
  // login24.email and tiramigoof.de (separate "E-Mail-Passwort" for mail programs);
  // teltarif.de (secureimap/securesmtp.t-online.de, SSL only since 2014).
  {
    policy: {
      id: 't-online',
      name: 'Telekom Mail (t-online.de)',
      password: 'mail-password',
      appPasswordUrl: 'https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Telekom needs a separate "E-Mail-Passwort" for mail programs; the Telekom login password does not work there. Set it in the E-Mail Center: Einstellungen > Passwörter.',
      ],
    },
    emailDomains: ['t-online.de', 'magenta.de'],
    ispdbIds: ['t-online.de'],
    hosts: ['t-online.de'],
    mx: ['t-online.de'],
  },
  // Sources: ithome via ashea.com.cn 2022-10-11 (from 1 Nov 2022 QQ Mail accepts only the
  // authorization code in mail clients, no QQ password); blog.zhheo.com (how to make one).
  {
    policy: {
      id: 'qq',
      name: 'QQ Mail',
      password: 'app-password',
      appPasswordUrl: 'https://mail.qq.com/',
      enableImapUrl: 'https://mail.qq.com/',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Since 1 November 2022 QQ Mail accepts only an authorization code (授权码) in mail programs, not the QQ password.',
        'Switch on the IMAP/SMTP service in QQ Mail: Settings > Account, then "生成授权码" (generate authorization code).',
      ],
    },
    emailDomains: ['qq.com', 'foxmail.com', 'vip.qq.com'],
    ispdbIds: ['qq.com'],
    hosts: ['imap.qq.com', 'pop.qq.com', 'smtp.qq.com'],
    mx: ['mx1.qq.com', 'mx2.qq.com', 'mx3.qq.com'],
  },
  // Sources: help-w.com (NetEase rule: once the client authorization code is set, mail clients
  // can only log in with it); jishuzhan.net 2024 says 163 takes the normal password. Sources
  // disagree; NetEase's own rule is the safer advice: authorization code.
  {
    policy: {
      id: '163',
      name: 'NetEase Mail (163.com, 126.com, yeah.net)',
      password: 'app-password',
      appPasswordUrl: 'https://mail.163.com/',
      enableImapUrl: 'https://mail.163.com/',
      usernameForm: 'email',
      offersImap: true,
      notes: [
        'Switch on IMAP/SMTP in the web mail: Settings > POP3/SMTP/IMAP, and use the authorization code (授权码) it gives you as the password in other programs.',
      ],
    },
    emailDomains: ['163.com', '126.com', 'yeah.net', '188.com', 'vip.163.com'],
    ispdbIds: ['163.com', '126.com', 'yeah.net'],
    hosts: ['163.com', '126.com', 'yeah.net'],
    mx: ['mxmail.netease.com'],
  },
  // Sources: 10wontips.blogspot.com 2025-08 (Naver now requires an application-specific
  // password, which needs 2-step verification; URL of the 2-step settings page);
  // it-learner.tistory.com 2025-12; IMAP must be switched on in Naver Mail settings.
  {
    policy: {
      id: 'naver',
      name: 'Naver Mail',
      password: 'app-password',
      appPasswordUrl: 'https://nid.naver.com/user2/help/2StepVerif?m=viewManageSettings',
      enableImapUrl: 'https://mail.naver.com/',
      usernameForm: 'either',
      offersImap: true,
      notes: [
        'Switch IMAP on in Naver Mail: 환경설정 (Settings) > POP3/IMAP 설정 > IMAP/SMTP 사용: 사용함.',
        'Naver now needs an application password for other mail programs; it needs 2-step verification on your Naver account.',
      ],
    },
    emailDomains: ['naver.com'],
    ispdbIds: ['naver.com'],
    hosts: ['naver.com'],
    mx: ['naver.com'],
  },
  // Sources: ISPDB 1und1.de.xml (imap.1und1.de, MX kundenserver.de); IONOS help "E-Mail-Programme
  // einrichten" (normal mailbox password, full address as username).
  {
    policy: {
      id: 'ionos',
      name: 'IONOS (1&1)',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
      notes: ['IONOS mailboxes take the normal mailbox password; the username is the full address.'],
    },
    emailDomains: [],
    ispdbIds: ['1und1.de'],
    hosts: ['ionos.de', 'ionos.com', 'ionos.co.uk', 'ionos.fr', 'ionos.es', '1und1.de', '1and1.com', 'kundenserver.de'],
    mx: ['kundenserver.de', 'ionos.de', 'ionos.com', 'ionos.co.uk', '1and1.com', 'perfora.net'],
  },
  // Sources: ISPDB orange.fr.xml; assistance.orange.fr "configurer un logiciel de messagerie".
  // Not confirmed by a page the search tool returned.
  {
    policy: {
      id: 'orange',
      name: 'Orange (Mail Orange)',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
      notes: ['Mail Orange takes your Orange mail password; the username is the full address.'],
    },
    emailDomains: ['orange.fr', 'wanadoo.fr'],
    ispdbIds: ['orange.fr'],
    hosts: ['orange.fr'],
    mx: ['orange.fr'],
  },
  // Sources: ISPDB free.fr.xml (imap.free.fr, username = the part before @). Not confirmed by a
  // page the search tool returned.
  {
    policy: {
      id: 'free',
      name: 'Free (free.fr)',
      password: 'normal',
      usernameForm: 'local-part',
      offersImap: true,
      notes: ['Free takes your mail password; the username is the part before @free.fr.'],
    },
    emailDomains: ['free.fr'],
    ispdbIds: ['free.fr'],
    hosts: ['free.fr'],
    mx: ['free.fr'],
  },
  // Sources: ISPDB libero.it.xml (imapmail.libero.it); liberomail.libero.it blog (IMAP4 clients
  // supported). Older pages say IMAP was for paid Libero Mail Plus only; the entry says IMAP
  // exists and warns about the plan.
  {
    policy: {
      id: 'libero',
      name: 'Libero Mail',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
      notes: ['Libero takes your normal password; on older free plans IMAP was only part of Libero Mail Plus.'],
    },
    emailDomains: ['libero.it', 'inwind.it', 'iol.it', 'blu.it', 'giallo.it'],
    ispdbIds: ['libero.it'],
    hosts: ['libero.it'],
    mx: ['libero.it'],
  },
]
