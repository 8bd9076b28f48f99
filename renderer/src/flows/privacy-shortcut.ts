// Privacy mode's keyboard shortcuts. Pure, so the key matching is tested without a browser;
// privacy.tsx binds them to the window.
// - Ctrl+Shift+P (Command+Shift+P on a Mac): the first one, but Firefox keeps it for a new
//   private window and never gives it to the page.
// - Alt+Shift+P (Option+Shift+P on a Mac): free in every major browser. Chromium (Chrome,
//   Edge) binds only Alt+Shift+A/B/I/T (chrome/browser/ui/views/accelerator_table.cc);
//   Firefox uses Alt+Shift+<key> only for a page's own accesskeys, and this app sets none;
//   Safari's menus use no Option+Shift+P. Not Ctrl+Alt: on Windows that is AltGr, which types
//   characters on many keyboards (Chromium's table forbids it for that reason), and
//   Control+Option is VoiceOver's key on a Mac.
import { t } from '../../../src/i18n/i18n.js'

// The Mac's own key symbols (Apple's Human Interface Guidelines), the same in every language.
const MAC_SHORTCUT = '⌘⇧P'
const MAC_SHORTCUT_ALT = '⌥⇧P'

export interface KeyLike {
  key: string
  /** The physical key; optional for callers that only know the character. */
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** The P key whatever the modifiers typed: Option+Shift+P gives "∏" on a Mac keyboard. */
function isP(event: KeyLike): boolean {
  return event.code === 'KeyP' || event.key.toLowerCase() === 'p'
}

export function isPrivacyShortcut(event: KeyLike): boolean {
  if (!event.shiftKey || !isP(event)) return false
  const accel = event.ctrlKey || event.metaKey
  // Ctrl/Cmd+Shift+P, or Alt+Shift+P, never a mix (Ctrl+Alt is AltGr on Windows).
  return accel ? !event.altKey : event.altKey
}

function isMac(platform: string): boolean {
  return /mac|darwin|iphone|ipad/i.test(platform)
}

/** Both shortcuts as the user's keyboard labels them. */
export function privacyShortcutLabel(platform: string): string {
  return isMac(platform)
    ? t('ui-common:privacy.shortcutEither', { first: MAC_SHORTCUT, second: MAC_SHORTCUT_ALT })
    : t('ui-common:privacy.shortcutEither', { first: t('ui-common:privacy.shortcutOther'), second: t('ui-common:privacy.shortcutAltOther') })
}
