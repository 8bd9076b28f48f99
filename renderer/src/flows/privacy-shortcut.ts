// Privacy mode's keyboard shortcut: Ctrl+Shift+P (Command+Shift+P on a Mac). Pure, so the
// key matching is tested without a browser; privacy.tsx binds it to the window.
import { privacyText } from '../text/flows.js'

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export function isPrivacyShortcut(event: KeyLike): boolean {
  if (!event.shiftKey || event.altKey) return false
  if (!(event.ctrlKey || event.metaKey)) return false
  return event.key.toLowerCase() === 'p'
}

/** The shortcut as the user's keyboard labels it. */
export function privacyShortcutLabel(platform: string): string {
  return /mac|darwin|iphone|ipad/i.test(platform) ? privacyText.shortcutMac : privacyText.shortcutOther
}
