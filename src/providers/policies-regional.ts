// Hand-kept provider policy, part 2: European and Asian providers. Same rules as
// policies-global.ts: every fact with its page, whose page it is and the day it was read (or unverified, with why),
// disagreements named in the data, the safer advice taken.
import { FAIREMAIL_PROVIDERS, ispdbFile, own, providerDbFile, thirdParty, unverified } from './fact-source.js'
import type { ProviderKnowledge } from './policy-types.js'

const ORANGE_NOTE = 'Orange\'s own help (assistance.orange.fr) on mail program settings was not in the stored material (searched in French by the server names and "logiciel de messagerie"); only its pages on security options (red and green lists) and on changing the Orange account password were'
// Orange's own page "Compte Orange : comment modifier votre mot de passe ?" (updated 28/01/2025, read today).
const ORANGE_PASSWORD = 'https://assistance.orange.fr/assistance-commerciale/l-identification/gerer-vos-mots-de-passe/modifier-le-mot-de-passe-de-votre-compte-orange_72063-72913'
const ORANGE_PASSWORD_NOTE = 'Orange\'s page on changing the Orange account password: "est là pour protéger l\'accès à votre Espace client et à vos services (Mail, TV d\'Orange etc.)", and a secondary address has its own password, changed in the form that manages the account\'s users ("formulaire de gestion de vos utilisateurs"); no app password is named. Its tip for people who "utilisez un logiciel de messagerie" after a change is cut off in the stored text. Orange\'s page for mail programs not made by Orange (assistance.orange.fr/.../mail-orange-comment-acceder-a-sa-boite-mail-orange-depuis-une-application-ou-un-logiciel-de-messagerie-non-fourni-par-orange_434630-964290, linked by Mozilla\'s ISPDB file orange.fr.xml since 2025-12-10) and its Thunderbird page that FairEmail links (.../thunderbird-pc-creer-un-compte-de-messagerie_65963-66803) were not in the stored material, so any further step they ask for is unchecked'
const FREE_NOTE = 'Free\'s own help on mail program settings was not in the stored material (searched in French by the server names and "assistance")'
// The pages other lists link to for Free's mail settings, none of them in the stored material.
const FREE_PASSWORD_NOTE = 'no page says which password a mail program takes: Free\'s pages that other lists link to were not in the stored material (free.fr/assistance/597.html from FairEmail\'s FAQ 157, assistance.free.fr/articles/configurer-de-maniere-avancee-mon-logiciel-de-messagerie-609 from Mozilla\'s ISPDB file free.fr.xml, and the guide jc.etiemble.free.fr/abc/index.php/trucs-astuces/configurer-smtp-free-fr from FairEmail\'s provider list); searched in French for "mot de passe" with imap.free.fr, "logiciel de messagerie", "SMTP authentifié", the Zimbra webmail and assistance.free.fr in pages, docs, code and issues. FairEmail\'s FAQ 157 names the login (the part before @free.fr, not a Freebox number) but no password. The ISPDB file asks for a cleartext password (password-cleartext over SSL), which does not say which one'
const LIBERO_NOTE = 'Libero\'s own settings page was not in the stored material'
const WEBDE_NOTE = 'WEB.DE\'s own help on POP3/IMAP (hilfe.web.de) was not in the stored material (searched in German; only its pages on the collection service and general settings came back)'
const MAILCOM_NOTE = 'mail.com\'s own help (support.mail.com) was not in the stored material (searched in English and German for POP3/IMAP and Premium)'
// mail.com's page on two-factor authentication (read today): an app-specific password for POP3/IMAP with 2FA on.
const MAILCOM_2FA = 'https://mail.com/security/2fa'
const MAILRU_NOTE = 'Mail.ru\'s own help (help.mail.ru/mail/security/protection/external) was not in the stored material; only pages citing it were'
const MAILRU_PROVIDER_DB = 'https://github.com/chatmail/provider-db/blob/master/_providers/mail.ru.md'
const WEBDE_PROVIDER_DB = 'https://github.com/chatmail/provider-db/blob/master/_providers/web.de.md'
const TELTARIF = 'https://pda.teltarif.de/internet/e-mail/t-online-unverschluesselt.html'
const TELEKOM_NOTE = 'Telekom\'s own page with the server names and the username (telekom.de/hilfe) was not in the stored material (searched in German by the server names and "Posteingangsserver"); its pages on the E-Mail-Passwort and on IMAP4/POP3 were'
// Telekom: which passwords to change after misuse ("E-Mail-Passwort ... wird für E-Mail-Programme ... benötigt").
const TELEKOM_PASSWORDS = 'https://www.telekom.de/hilfe/festnetz-internet-tv/sicherheit/missbrauch-von-diensten/passwoerter-und-virenscan/welche-passwoerter-muss-ich-nach-einem-missbrauch-meiner-e-mail-adresse-aendern-und-wie-gehe-ich-vor'
// Telekom: "Die E-Mail-Postfächer von E-Mail @t-online.de können mit ... POP3 und IMAP4 genutzt werden."
const TELEKOM_PROTOCOLS = 'https://www.telekom.de/hilfe/festnetz-internet-tv/e-mail/e-mail-server-e-mail-protokolle-und-e-mail-einrichtung/pop3-und-smtp/unterschied-imap4-pop3'
const QQ_GUIDE = 'https://www.topmailsender.com/en/youxiang/106-tengxun-qqyouxiang-tencent-personal-email'
const QQ_NOTE = 'QQ Mail\'s own help (service.mail.qq.com) was not in the stored material (searched in Chinese for 授权码 and the IMAP/SMTP service); a news report of QQ Mail\'s notice (ashea.com.cn, from IT之家) says the same: authorization codes only since 1 November 2022'
const NETEASE_NOTE = 'NetEase\'s own help (help.mail.163.com) was not in the stored material (searched in Chinese for 客户端授权码 and the server names); only copies of its rules on other sites were'
const NAVER_BLOG = 'https://10wontips.blogspot.com/2025/08/update-your-naver-mail-password-to.html'
const NAVER_NOTE = 'Naver\'s own help and announcement were not in the stored material (searched in Korean for the IMAP/SMTP setting, 애플리케이션 비밀번호 and the server names); a blog quoting Naver\'s announcement says app passwords (with 2-step verification) are now required'
const IONOS_AUTODISCOVER = 'https://pastebin.com/gfFknDRS'
const IONOS_AUTODISCOVER_NOTE = 'a real Autodiscover answer of 1&1\'s own server, posted on pastebin; no IONOS help page on passwords or usernames was in the stored material'
const IONOS_INCOMING = 'https://ionos.fr/assistance/email/mise-en-place-demail-made-in-germany/serveur-entrant'

// Mozilla's ISP database files and chatmail's provider-db files, read today (third-party sources).
const ISPDB_GMX = ispdbFile('gmx.net')
const ISPDB_WEBDE = ispdbFile('web.de')
const ISPDB_MAILCOM = ispdbFile('mail.com')
const ISPDB_YANDEX = ispdbFile('yandex.ru')
const ISPDB_MAILRU = ispdbFile('mail.ru')
const ISPDB_163 = ispdbFile('163.com')
const ISPDB_NAVER = ispdbFile('naver.com')
const ISPDB_ORANGE = ispdbFile('orange.fr')
const ISPDB_FREE = ispdbFile('free.fr')
const ISPDB_LIBERO = ispdbFile('libero.it')
const MAILCOM_PROVIDER_DB = providerDbFile('mail.com')
const YANDEX_PROVIDER_DB = providerDbFile('yandex.ru')
const NETEASE_PROVIDER_DB = providerDbFile('163')
const NAVER_PROVIDER_DB = providerDbFile('naver')
const MAILCOM_ISPDB_NOTE = `Mozilla's ISPDB file mail.com.xml (last changed 2022-11-19): imap.mail.com 993 SSL, pop.mail.com 995, smtp.mail.com 465 SSL / 587 STARTTLS, the full address as username; ${MAILCOM_NOTE}`
const YANDEX_ISPDB_NOTE = 'Mozilla\'s ISPDB file yandex.ru.xml (last changed 2022-11-19): imap.yandex.com 993 and smtp.yandex.com 465, both SSL, the full address as username; Yandex\'s own server settings page was not in the stored material'
const NAVER_SERVERS_NOTE = `Mozilla's ISPDB file naver.com.xml (last changed 2025-12-17): imap.naver.com 993 SSL, smtp.naver.com 465 SSL; ${NAVER_NOTE}`
const ORANGE_ISPDB_NOTE = `Mozilla's ISPDB file orange.fr.xml (last changed 2025-12-10): imap.orange.fr 993, pop.orange.fr 995, smtp.orange.fr 465, all SSL, the full address as username; ${ORANGE_NOTE}`
const FREE_ISPDB_NOTE = `Mozilla's ISPDB file free.fr.xml (last changed 2023-01-05): imap.free.fr 993, pop.free.fr 995, smtp.free.fr 465, all SSL, the part before @free.fr as username; ${FREE_NOTE}`
const LIBERO_ISPDB_NOTE = 'Mozilla\'s ISPDB file libero.it.xml (last changed 2022-11-19): imapmail.libero.it 993, popmail.libero.it 995, smtp.libero.it 465, all SSL, the full address as username; Libero\'s own page the file links (aiuto.libero.it, parametri di configurazione) was not in the stored material'

export const REGIONAL_PROVIDERS: ProviderKnowledge[] = [
  {
    policy: {
      id: 'gmx',
      name: 'GMX',
      password: 'normal',
      enableImapUrl: 'https://hilfe.gmx.net/pop-imap/einschalten.html',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:gmx.note.switchOn',
      'providers:gmx.note.password',
      'providers:gmx.note.switchedOffAgain',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:gmx.passwordName', twoFactorName: 'providers:shared.twoFactorName.german', enableImapSteps: 'providers:gmx.enableImapSteps' },
    // The enable page is the ISPDB file's <enable visiturl>.
    // The enable page is the ISPDB file's <enable visiturl>.
    facts: {
      password: own('https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html', {
        note: 'with two-factor authentication on, mail programs need an app-specific password; GMX\'s 2FA page adds that POP3/IMAP access must then be switched on again in the mail settings',
        disagreement: {
          source: FAIREMAIL_PROVIDERS,
          says: 'FairEmail\'s provider list says an app password is now needed "in many cases" ("In vielen Fällen ist nun ein App-Passwort erforderlich"), not only with two-factor authentication',
        },
      }),
      imap: own('https://www.gmx.net/mail/tipps/posts/pop3-imap/36/', {
        note: 'GMX says POP3, IMAP and SMTP are off by default ("standardmäßig deaktiviert"). That GMX switches them off again after long non-use rests only on a third-party page (gist.github.com/aminalhazwani)',
        disagreement: {
          source: 'https://hilfe.gmx.net/account/inaktiv.html',
          says: 'after months without use GMX may delete the mailbox contents; it does not say POP3/IMAP is switched off',
        },
      }),
      username: thirdParty(ISPDB_GMX, {
        note: 'Mozilla\'s ISPDB file gmx.net.xml (last changed 2024-02-27) gives the full address as username ("Kundennummer (customer no) and email address should both work"); GMX\'s own server settings page (hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html, linked by the file) was not in the stored material',
      }),
      servers: thirdParty('https://www.antwort.net/a/technologie/wie-lauten-die-gmx-mail-pop-einstellungen.html', { note: 'GMX\'s own server settings page was not in the stored material' }),
    },
    emailDomains: ['gmx.de', 'gmx.at', 'gmx.ch', 'gmx.net', 'gmx.com', 'gmx.us', 'gmx.co.uk', 'gmx.fr', 'gmx.es'],
    ispdbIds: ['gmx.net', 'gmx.com'],
    hosts: ['gmx.net', 'gmx.com'],
    mx: ['gmx.net', 'gmx.com'],
  },
  {
    policy: {
      id: 'web-de',
      name: 'WEB.DE',
      password: 'normal',
      enableImapUrl: 'https://hilfe.web.de/pop-imap/einschalten.html',
      usernameForm: 'either',
      offersImap: true,
    },
    notes: [
      'providers:web-de.note.switchOn',
      'providers:web-de.note.password',
      'providers:web-de.note.switchedOffAgain',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:web-de.passwordName', twoFactorName: 'providers:shared.twoFactorName.german', enableImapSteps: 'providers:gmx.enableImapSteps' },
    facts: {
      password: thirdParty(FAIREMAIL_PROVIDERS, {
        note: `FairEmail's provider list says two-factor authentication needs an application-specific password ("Die Zwei-Faktor-Authentifizierung erfordert ein anwendungsspezifisches Passwort", linking hilfe.web.de/sicherheit/2fa/anwendungsspezifisches-passwort.html), and otherwise sets WEB.DE up with the account password; ${WEBDE_NOTE}`,
      }),
      imap: thirdParty(WEBDE_PROVIDER_DB, { note: `${WEBDE_NOTE}; that POP3/IMAP may be switched off again after long non-use is taken from GMX, a sister service of the same company` }),
      // Both files give the part before @web.de; the entry says "either" (that first, then the full
      // address, which GMX of the same company takes).
      username: thirdParty(ISPDB_WEBDE, {
        note: `Mozilla's ISPDB file web.de.xml (last changed 2024-02-29) and chatmail's provider-db file web.de.md (last checked 2020-01) both give the part before @web.de as username; ${WEBDE_NOTE}`,
      }),
      servers: thirdParty(WEBDE_PROVIDER_DB, { note: WEBDE_NOTE }),
    },
    emailDomains: ['web.de'],
    ispdbIds: ['web.de'],
    hosts: ['web.de'],
    mx: ['web.de'],
  },
  {
    policy: {
      id: 'mail-com',
      name: 'mail.com',
      password: 'normal',
      enableImapUrl: 'https://support.mail.com/pop-imap/',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:mail-com.note.premiumOnly',
      'providers:mail-com.note.switchOn',
      'providers:mail-com.note.password',
    ],
    imap: 'paid-plan',
    signIn: null,
    words: {
      passwordName: 'providers:mail-com.passwordName',
      twoFactorName: 'guidance:secondFactor.two-factor-authentication',
      enableImapSteps: 'providers:mail-com.enableImapSteps',
    },
    facts: {
      password: own(MAILCOM_2FA, {
        note: 'mail.com\'s page on two-factor authentication: 2FA is optional ("You can use your mail.com account with or without 2FA"), and with it on "you need an app-specific password if you use an external email program (e.g. Outlook or Thunderbird) to retrieve your emails via POP3 / IMAP", made during the 2FA activation',
        disagreement: {
          source: FAIREMAIL_PROVIDERS,
          says: 'FairEmail\'s provider list marks every mail.com account as needing an app password (appPassword="true": "You might need to use an app-specific password", linking support.mail.com/security/2fa/application-specific-passwords.html), not only with two-factor authentication',
        },
      }),
      imap: thirdParty(MAILCOM_PROVIDER_DB, {
        note: `chatmail's provider-db file mail.com.md (last checked 2024-03) says POP3/IMAP must be activated in the mail.com settings and is a mail.com Premium feature only (older free accounts that already had IMAP keep it); ${MAILCOM_NOTE}`,
      }),
      username: thirdParty(ISPDB_MAILCOM, { note: MAILCOM_ISPDB_NOTE }),
      servers: thirdParty(ISPDB_MAILCOM, { note: MAILCOM_ISPDB_NOTE }),
    },
    emailDomains: [],
    ispdbIds: ['mail.com'],
    hosts: ['mail.com'],
    mx: ['mail.com'],
  },
  {
    policy: {
      id: 'yandex',
      name: 'Yandex Mail',
      password: 'app-password',
      appPasswordUrl: 'https://id.yandex.com/security/app-passwords',
      enableImapUrl: 'https://mail.yandex.com/#setup/client',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:yandex.note.switchOnAndAppPassword',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'guidance:term.app-password.bare', enableImapSteps: 'providers:yandex.enableImapSteps' },
    facts: {
      password: own('https://yandex.com/support/passport/authorization/app-passwords.html'),
      imap: thirdParty(YANDEX_PROVIDER_DB, {
        note: 'chatmail\'s provider-db file yandex.ru.md (last checked 2020-03) says the IMAP option must be turned on in the Yandex web interface, and Mozilla\'s ISPDB file yandex.ru.xml has the same step ("Check \'Enable IMAP\' on Yandex.Mail setup page"); Yandex\'s own page on the "Email clients" setting was not in the stored material, only copies of it on other sites were',
      }),
      username: thirdParty(ISPDB_YANDEX, { note: YANDEX_ISPDB_NOTE }),
      servers: thirdParty(ISPDB_YANDEX, { note: YANDEX_ISPDB_NOTE }),
    },
    emailDomains: ['yandex.ru', 'yandex.com', 'ya.ru', 'yandex.by', 'yandex.kz', 'yandex.ua', 'narod.ru'],
    ispdbIds: ['yandex.ru'],
    hosts: ['yandex.ru', 'yandex.com', 'yandex.net'],
    mx: ['yandex.net', 'yandex.ru'],
  },
  {
    policy: {
      id: 'mail-ru',
      name: 'Mail.ru',
      password: 'app-password',
      appPasswordUrl: 'https://id.mail.ru/security',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:mail-ru.note.externalApps',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:mail-ru.passwordName' },
    facts: {
      password: thirdParty(MAILRU_PROVIDER_DB, { note: MAILRU_NOTE }),
      imap: thirdParty(MAILRU_PROVIDER_DB, {
        note: MAILRU_NOTE,
        disagreement: {
          source: 'https://docs.sherparpa.ru/En/sherpa-rpa/sherpa-designer/spravochnik-blokov/elektronnaya-pochta-mail/otpravit-pismo-sendmailmessage',
          says: 'the switch "Access to Mail via IMAP, POP, and SMTP" (Password and security > External services) must be on before the app password works',
        },
      }),
      username: thirdParty(ISPDB_MAILRU, { note: `Mozilla's ISPDB file mail.ru.xml (last changed 2022-11-19) gives the full address as username for IMAP, POP and SMTP; ${MAILRU_NOTE}` }),
      servers: thirdParty(MAILRU_PROVIDER_DB, { note: MAILRU_NOTE }),
    },
    emailDomains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru', 'my.com'],
    ispdbIds: ['mail.ru'],
    hosts: ['mail.ru'],
    mx: ['mail.ru'],
  },
  {
    policy: {
      id: 't-online',
      name: 'Telekom Mail (t-online.de)',
      password: 'mail-password',
      appPasswordUrl: 'https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:t-online.note.emailPassword',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'guidance:term.email-password.bare', passwordTerm: 'email-password' },
    facts: {
      password: own(TELEKOM_PASSWORDS, { note: 'Telekom names three passwords (Passwort, persönliches Kennwort, E-Mail-Passwort); the E-Mail-Passwort is the one mail programs such as Outlook and Thunderbird need' }),
      imap: own(TELEKOM_PROTOCOLS, { note: 'Telekom says @t-online.de mailboxes work with POP3 and IMAP4 and recommends IMAP4; it names no switch to turn on' }),
      username: thirdParty(TELTARIF, { note: TELEKOM_NOTE }),
      servers: thirdParty(TELTARIF, { note: TELEKOM_NOTE }),
    },
    emailDomains: ['t-online.de', 'magenta.de'],
    ispdbIds: ['t-online.de'],
    hosts: ['t-online.de'],
    mx: ['t-online.de'],
  },
  {
    policy: {
      id: 'qq',
      name: 'QQ Mail',
      password: 'app-password',
      appPasswordUrl: 'https://mail.qq.com/',
      enableImapUrl: 'https://mail.qq.com/',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:qq.note.authorizationCodeOnly',
      'providers:qq.note.switchOn',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.authorizationCode', enableImapSteps: 'providers:qq.enableImapSteps', passwordTerm: 'authorization-code', passwordFormat: 'sixteen-letters' },
    facts: {
      password: thirdParty(QQ_GUIDE, { note: QQ_NOTE }),
      imap: thirdParty(QQ_GUIDE, { note: QQ_NOTE }),
      username: thirdParty('https://www.889521.com/questions/96424.html', { note: QQ_NOTE }),
      servers: thirdParty(QQ_GUIDE, { note: QQ_NOTE }),
    },
    emailDomains: ['qq.com', 'foxmail.com', 'vip.qq.com'],
    ispdbIds: ['qq.com'],
    hosts: ['imap.qq.com', 'pop.qq.com', 'smtp.qq.com'],
    mx: ['mx1.qq.com', 'mx2.qq.com', 'mx3.qq.com'],
  },
  {
    policy: {
      id: '163',
      name: 'NetEase Mail (163.com, 126.com, yeah.net)',
      password: 'app-password',
      appPasswordUrl: 'https://mail.163.com/',
      enableImapUrl: 'https://mail.163.com/',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:163.note.switchOn',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.authorizationCode', enableImapSteps: 'providers:163.enableImapSteps', passwordTerm: 'authorization-code' },
    facts: {
      password: thirdParty(NETEASE_PROVIDER_DB, {
        note: `chatmail's provider-db file 163.md (last checked 2024-11): enable "POP3/SMTP/IMAP" in the settings, add a third-party authorization code and use it as the login password (free accounts get two codes at a time); ${NETEASE_NOTE}`,
      }),
      imap: thirdParty(NETEASE_PROVIDER_DB, { note: `chatmail's provider-db file 163.md (last checked 2024-11): "POP3/SMTP/IMAP" must be enabled on the website first; ${NETEASE_NOTE}` }),
      username: thirdParty(ISPDB_163, { note: `Mozilla's ISPDB file 163.com.xml (last changed 2022-11-19) gives the full address as username (imap.163.com 993, smtp.163.com 465, SSL); ${NETEASE_NOTE}` }),
      servers: thirdParty('https://note.lispstudio.com/dacaf276000eb6a58da4f0ecc45cd0e2', { note: NETEASE_NOTE }),
    },
    emailDomains: ['163.com', '126.com', 'yeah.net', '188.com', 'vip.163.com'],
    ispdbIds: ['163.com', '126.com', 'yeah.net'],
    hosts: ['163.com', '126.com', 'yeah.net'],
    mx: ['mxmail.netease.com'],
  },
  {
    policy: {
      id: 'naver',
      name: 'Naver Mail',
      password: 'app-password',
      appPasswordUrl: 'https://nid.naver.com/user2/help/2StepVerif?m=viewManageSettings',
      enableImapUrl: 'https://mail.naver.com/',
      usernameForm: 'either',
      offersImap: true,
    },
    notes: [
      'providers:naver.note.switchOn',
      'providers:naver.note.appPassword',
    ],
    imap: 'after-enabling',
    signIn: null,
    words: { passwordName: 'providers:naver.passwordName', twoFactorName: 'providers:shared.twoFactorName.korean', enableImapSteps: 'providers:naver.enableImapSteps', passwordTerm: 'app-password', secondFactorTerm: 'two-step-verification' },
    facts: {
      password: thirdParty(NAVER_BLOG, { note: NAVER_NOTE }),
      imap: thirdParty(NAVER_PROVIDER_DB, {
        note: `chatmail's provider-db file naver.md (last checked 2021-06): "Manually enabling IMAP/SMTP is required", linking Naver's help (help.naver.com); ${NAVER_NOTE}`,
      }),
      // The two files disagree on the username; the entry says "either" (the part before @ first, then the full address).
      username: thirdParty(NAVER_PROVIDER_DB, {
        note: `chatmail's provider-db file naver.md (last checked 2021-06) gives the part before @naver.com as username; ${NAVER_NOTE}`,
        disagreement: { source: ISPDB_NAVER, says: 'Mozilla\'s ISPDB file naver.com.xml (last changed 2025-12-17) gives the full address as username' },
      }),
      servers: thirdParty(ISPDB_NAVER, {
        note: NAVER_SERVERS_NOTE,
        disagreement: { source: NAVER_PROVIDER_DB, says: 'chatmail\'s provider-db file naver.md (last checked 2021-06) sends through smtp.naver.com port 587 with STARTTLS instead of 465 with SSL' },
      }),
    },
    emailDomains: ['naver.com'],
    ispdbIds: ['naver.com'],
    hosts: ['naver.com'],
    mx: ['naver.com'],
  },
  {
    policy: {
      id: 'ionos',
      name: 'IONOS (1&1)',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:ionos.note.password',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:shared.passwordName.mailbox' },
    // A real Autodiscover answer of 1&1/IONOS (test/fixtures/autodiscover) names imap.1and1.com with the full address as login.
    facts: {
      password: thirdParty(IONOS_AUTODISCOVER, { note: IONOS_AUTODISCOVER_NOTE }),
      imap: own(IONOS_INCOMING),
      username: thirdParty(IONOS_AUTODISCOVER, { note: IONOS_AUTODISCOVER_NOTE }),
      servers: own(IONOS_INCOMING, { note: 'IONOS France names imap.ionos.fr and pop.ionos.fr; the other countries follow the same naming' }),
    },
    emailDomains: [],
    ispdbIds: ['1und1.de'],
    hosts: ['ionos.de', 'ionos.com', 'ionos.co.uk', 'ionos.fr', 'ionos.es', '1und1.de', '1and1.com', 'kundenserver.de'],
    mx: ['kundenserver.de', 'ionos.de', 'ionos.com', 'ionos.co.uk', 'ionos.fr', 'ionos.es', 'ionos.it', 'ionos.mx', 'ionos.ca', '1and1.com', 'perfora.net'],
  },
  {
    policy: {
      id: 'orange',
      name: 'Orange (Mail Orange)',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:orange.note.password',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:orange.passwordName' },
    facts: {
      password: own(ORANGE_PASSWORD, { note: `${ORANGE_PASSWORD_NOTE}; FairEmail's provider list marks no app password for orange.fr` }),
      imap: thirdParty(ISPDB_ORANGE, { note: `${ORANGE_ISPDB_NOTE}; the file lists IMAP with no step to switch it on` }),
      username: thirdParty(ISPDB_ORANGE, { note: ORANGE_ISPDB_NOTE }),
      servers: thirdParty(ISPDB_ORANGE, { note: ORANGE_ISPDB_NOTE }),
    },
    emailDomains: ['orange.fr', 'wanadoo.fr'],
    ispdbIds: ['orange.fr'],
    hosts: ['orange.fr'],
    mx: ['orange.fr'],
  },
  {
    policy: {
      id: 'free',
      name: 'Free (free.fr)',
      password: 'normal',
      usernameForm: 'local-part',
      offersImap: true,
    },
    notes: [
      'providers:free.note.password',
      // FairEmail's FAQ 157 (github.com/M66B/FairEmail/blob/master/FAQ.md#faq157, read today):
      // "SMTP est désactivé par défaut", switched on in the address's management page.
      'providers:free.note.smtp',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:free.passwordName' },
    facts: {
      password: unverified(FREE_PASSWORD_NOTE, {
        source: FAIREMAIL_PROVIDERS,
        says: 'FairEmail\'s provider list marks free.fr as needing an app password (appPassword="true", added on 2020-03-14 in commit 8d3f658 "Update providers.xml" with no reason given); its FAQ 157 for Free.fr names no app password',
      }),
      imap: thirdParty(ISPDB_FREE, {
        note: `${FREE_ISPDB_NOTE}; the file lists IMAP with no step to switch it on. FairEmail's FAQ (157, github.com/M66B/FairEmail/blob/master/FAQ.md) says authenticated SMTP is off by default ("SMTP est désactivé par défaut") and is switched on in the address's management page (Gestion du SMTP authentifié > Activer)`,
      }),
      username: thirdParty(ISPDB_FREE, { note: `${FREE_ISPDB_NOTE}; FairEmail's FAQ (157) agrees: the login is the part before @free.fr, not a Freebox number` }),
      servers: thirdParty(ISPDB_FREE, { note: FREE_ISPDB_NOTE }),
    },
    emailDomains: ['free.fr'],
    ispdbIds: ['free.fr'],
    hosts: ['free.fr'],
    mx: ['free.fr'],
  },
  {
    policy: {
      id: 'libero',
      name: 'Libero Mail',
      password: 'normal',
      usernameForm: 'email',
      offersImap: true,
    },
    notes: [
      'providers:libero.note.password',
    ],
    imap: 'on',
    signIn: null,
    words: { passwordName: 'providers:libero.passwordName' },
    facts: {
      password: thirdParty(FAIREMAIL_PROVIDERS, {
        note: `FairEmail's provider list says that with two-factor authentication on a special app password is needed (linking aiuto.libero.it/articolo/sicurezza/password-sicura-specifica-applicazioni-client/); it does not say the normal password works otherwise; ${LIBERO_NOTE}`,
      }),
      imap: own('https://liberomail.libero.it/blog/mail-sicura/come-gestire-la-posta-in-arrivo-e-quella-indesiderata-spam-e-virus-691', {
        note: 'Libero\'s page mentions mail programs set up with IMAP4; that IMAP was once only part of Libero Mail Plus (in the notes) is not confirmed',
      }),
      username: thirdParty(ISPDB_LIBERO, { note: LIBERO_ISPDB_NOTE }),
      servers: thirdParty(ISPDB_LIBERO, { note: LIBERO_ISPDB_NOTE }),
    },
    emailDomains: ['libero.it', 'inwind.it', 'iol.it', 'blu.it', 'giallo.it'],
    ispdbIds: ['libero.it'],
    hosts: ['libero.it'],
    mx: ['libero.it'],
  },
]
