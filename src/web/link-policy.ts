// Which links the app may hand to the operating system (Electron's shell.openExternal or the
// browser-mode opener): allow-listed https help pages, and the macOS System Settings pages
// a source's fix points at (Full Disk Access). Anything else is refused.

/** macOS privacy panes (Ventura+ and older): x-apple.systempreferences deep links. */
const SETTINGS_DEEP_LINKS = [
  /^x-apple\.systempreferences:com\.apple\.preference\.security\?Privacy_[A-Za-z]+$/,
  /^x-apple\.systempreferences:com\.apple\.settings\.PrivacySecurity\.extension\?Privacy_[A-Za-z]+$/,
]

export type HelpUrlCheck = (url: string) => boolean

export function isOpenableLink(url: unknown, isAllowedHelpUrl: HelpUrlCheck): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false
  if (SETTINGS_DEEP_LINKS.some((pattern) => pattern.test(url))) return true
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false
  return isAllowedHelpUrl(parsed.href) || isAllowedHelpUrl(url)
}
