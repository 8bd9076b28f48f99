// The app's languages. English is the source; the others are translations of it, one JSON file
// per namespace per language under locales/<language>/ (docs/i18n.md).

/** Every language the app is made for, in the order of the language menu. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl'] as const
export type Language = (typeof LANGUAGES)[number]

export const SOURCE_LANGUAGE: Language = 'en'

/**
 * A made-up language generated from English at run time (pseudo.ts): accented, ~40 % longer,
 * in brackets, so text left in English and text that does not fit show at a glance.
 */
export const PSEUDO_LANGUAGE = 'pseudo'
export type UiLanguage = Language | typeof PSEUDO_LANGUAGE

/**
 * Where each translation stands. 'complete': every namespace file is there and checked
 * (test/unit/i18n/catalogues.test.ts), and the language is offered. 'in-progress': the
 * files that are there are checked the same way, but the language is not offered yet, so a
 * half-translated screen is never shown. Untranslated text is never an English copy: the file
 * is simply not there yet.
 */
export const TRANSLATION_STATUS: Record<Language, 'complete' | 'in-progress'> = {
  en: 'complete',
  de: 'complete',
  fr: 'complete',
  es: 'complete',
  'pt-BR': 'complete',
  it: 'complete',
  nl: 'complete',
}

/**
 * Namespaces that reached English after a language was complete, while its translators work on
 * them: until the file lands, those words show in English. Listed here so it is never an
 * accident: the catalogue test fails when a listed file exists or an unlisted one is missing.
 * None is pending today (`providers`, the hand-kept providers' notes and words, was the last).
 */
export const PENDING_NAMESPACES: Record<Language, readonly string[]> = {
  en: [],
  de: [],
  fr: [],
  es: [],
  'pt-BR': [],
  it: [],
  nl: [],
}

/** The languages a user can pick and the detection may choose: complete ones only. */
export const OFFERED_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => TRANSLATION_STATUS[l] === 'complete')

/** Each language in its own words (the language menu never translates these). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pseudo: 'Pseudo (test)',
}

/**
 * The BCP 47 tag for `<html lang>` and Intl. The pseudo-locale is English underneath; en-XA
 * is the tag Chromium and Android use for their accented pseudo-locale.
 */
export function languageTag(language: UiLanguage): string {
  return language === PSEUDO_LANGUAGE ? 'en-XA' : language
}

/** The locale Intl formats numbers, dates and plurals with. */
export function formattingLocale(language: UiLanguage): string {
  return language === PSEUDO_LANGUAGE ? 'en' : language
}
