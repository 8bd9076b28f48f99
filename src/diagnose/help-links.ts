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

/** The help pages advice links to, by purpose (labels: the `advice` catalogue). Each was checked to exist (2025). */
export const HELP_LINKS = {
  googleAppPassword: { url: 'https://support.google.com/accounts/answer/185833' },
  googleImap: { url: 'https://support.google.com/mail/answer/7126229' },
  googleWebLogin: { url: 'https://support.google.com/mail/answer/78754' },
  appleAppPassword: { url: 'https://support.apple.com/en-us/102654' },
  yahooAppPassword: { url: 'https://help.yahoo.com/kb/SLN15241.html' },
  aolAppPassword: { url: 'https://help.aol.com/articles/Create-and-manage-app-password' },
  microsoftBasicAuth: {
    url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
  },
  microsoftAdminConsent: {
    url: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent',
  },
  microsoftSmtpAuth: {
    url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  microsoftPopImap: { url: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040' },
} as const satisfies Record<string, { url: string }>

/**
 * The Microsoft and Apple locale path segment for each language (learn.microsoft.com/de-de/...,
 * support.microsoft.com/de-de/..., support.apple.com/de-de/102654), checked 2026-11-30.
 */
const LOCALE_PATHS: Record<string, string> = { de: 'de-de', fr: 'fr-fr', es: 'es-es', 'pt-BR': 'pt-br', it: 'it-it', nl: 'nl-nl' }
/** Hosts whose pages take the locale as the first path segment ("/en-us/"). */
const LOCALE_PATH_HOSTS = ['learn.microsoft.com', 'support.microsoft.com', 'support.apple.com']
/** Google's help pages take the language as `hl` (support.google.com/...?hl=de), checked 2026-11-30. */
const HL_HOSTS = ['support.google.com']

/**
 * A help page in the reader's language where the provider has one: Google's `hl=`, Microsoft's
 * and Apple's locale path. English (and the pseudo-locale) keep the page as listed; any other
 * page is returned unchanged. The result still goes through isAllowedHelpUrl.
 */
export function localizedHelpUrl(candidate: string, language: string): string {
  const locale = LOCALE_PATHS[language]
  if (!locale) return candidate
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return candidate
  }
  if (HL_HOSTS.includes(url.hostname)) url.searchParams.set('hl', language)
  else if (LOCALE_PATH_HOSTS.includes(url.hostname) && /^\/[a-z]{2}-[a-z]{2}\//i.test(url.pathname)) url.pathname = url.pathname.replace(/^\/[a-z]{2}-[a-z]{2}\//i, `/${locale}/`)
  else return candidate
  return url.href
}

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
