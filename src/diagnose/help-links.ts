// The allow-list of https help pages: advice links, the UI's help buttons and the Electron
// shell's openExternal all go through isAllowedHelpUrl. A page not on a listed host never
// opens (docs/style.md: "shell.openExternal only for allow-listed https help pages").

/** Hosts whose https pages may be opened. Provider policy links must be on one of them. */
export const ALLOWED_HELP_HOSTS: readonly string[] = [
  'support.google.com',
  'myaccount.google.com',
  'admin.google.com',
  'support.microsoft.com',
  'learn.microsoft.com',
  'account.microsoft.com',
  'support.apple.com',
  'account.apple.com',
  'help.yahoo.com',
  'login.yahoo.com',
  'help.aol.com',
  'login.aol.com',
  'www.att.com',
  'connect.xfinity.com',
  'accounts.zoho.com',
  'mail.zoho.com',
  'www.fastmail.help',
  'app.fastmail.com',
  'proton.me',
  // Provider policy pages (src/providers/policies-regional.ts).
  'hilfe.gmx.net',
  'hilfe.web.de',
  'support.mail.com',
  'id.yandex.com',
  'mail.yandex.com',
  'id.mail.ru',
  'www.telekom.de',
  'mail.qq.com',
  'mail.163.com',
  'nid.naver.com',
  'mail.naver.com',
  // Provider policy pages (src/providers/policies-business.ts).
  'exmail.qq.com',
  'mail.daum.net',
]

/** The help pages advice links to, by purpose. Each was checked to exist (2025). */
export const HELP_LINKS = {
  googleAppPassword: { label: 'Google: sign in with app passwords', url: 'https://support.google.com/accounts/answer/185833' },
  googleImap: { label: 'Gmail: use IMAP in other mail apps', url: 'https://support.google.com/mail/answer/7126229' },
  googleWebLogin: { label: 'Gmail: fix problems signing in from other apps', url: 'https://support.google.com/mail/answer/78754' },
  appleAppPassword: { label: 'Apple: app-specific passwords', url: 'https://support.apple.com/en-us/102654' },
  yahooAppPassword: { label: 'Yahoo: generate an app password', url: 'https://help.yahoo.com/kb/SLN15241.html' },
  aolAppPassword: { label: 'AOL: generate an app password', url: 'https://help.aol.com/articles/Create-and-manage-app-password' },
  microsoftBasicAuth: {
    label: 'Microsoft: basic authentication is turned off in Exchange Online',
    url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
  },
  microsoftAdminConsent: {
    label: 'Microsoft: grant tenant-wide admin consent to an app',
    url: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent',
  },
  microsoftSmtpAuth: {
    label: 'Microsoft: turn on authenticated SMTP for a mailbox',
    url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  microsoftPopImap: { label: 'Outlook.com: POP, IMAP and SMTP settings', url: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040' },
} as const satisfies Record<string, { label: string; url: string }>

/** Only https, no user info, no port, and a host on the list (exact match). */
export function isAllowedHelpUrl(candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false
  return ALLOWED_HELP_HOSTS.includes(url.hostname.toLowerCase())
}
