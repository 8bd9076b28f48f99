// The window's first language: the one the user picked in the language menu (kept in
// localStorage), else the OS's preferred languages that Electron's main process passes in the
// page address (?languages=de-DE,en-US, from app.getPreferredSystemLanguages()), else the
// browser's (navigator.languages) in browser mode. `<html lang>` follows every change.
import { languageTag, OFFERED_LANGUAGES, type UiLanguage } from '../../../src/i18n/languages.js'
import { setLanguage } from '../../../src/i18n/i18n.js'
import { matchLanguage, negotiateLanguage } from '../../../src/i18n/negotiate.js'

const STORAGE_KEY = 'language'

/** The languages the page was opened with, most preferred first. */
export function preferredLanguages(win: Window): string[] {
  const fromMain = new URLSearchParams(win.location.search).get('languages')
  if (fromMain) return fromMain.split(',').filter(Boolean)
  return [...(win.navigator.languages ?? [win.navigator.language])]
}

export function storedLanguage(win: Window): UiLanguage | null {
  let stored: string | null = null
  try {
    stored = win.localStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage switched off: the choice lasts for this window only.
  }
  return stored ? matchLanguage(stored, OFFERED_LANGUAGES) : null
}

export function initialLanguage(win: Window): UiLanguage {
  return storedLanguage(win) ?? negotiateLanguage(preferredLanguages(win))
}

/** Switches the app's words and `<html lang>`; with `remember`, the choice outlives the window. */
export async function applyLanguage(language: UiLanguage, win: Window, remember = false): Promise<void> {
  await setLanguage(language)
  win.document.documentElement.lang = languageTag(language)
  if (remember) {
    try {
      win.localStorage.setItem(STORAGE_KEY, language)
    } catch {
      // As above: not kept, still switched.
    }
  }
}
