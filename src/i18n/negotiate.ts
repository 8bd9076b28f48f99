// Which language to speak, from what the system or the user prefers: the OS's list in
// Electron (app.getPreferredSystemLanguages), navigator.languages in browser mode, the POSIX
// locale variables or --lang in the CLI. One rule for all: the first preferred language we
// offer wins, matched exactly, then by its language alone ("de-AT" -> de, "pt-PT" -> pt-BR,
// "en-GB" -> en); English when nothing matches.
import { LANGUAGES, OFFERED_LANGUAGES, PSEUDO_LANGUAGE, SOURCE_LANGUAGE, type Language, type UiLanguage } from './languages.js'

/** "de_DE.UTF-8@euro" -> "de-DE"; "C" and "POSIX" (no language chosen) -> "en"; "" -> null. */
export function tagFromPosixLocale(value: string | undefined): string | null {
  if (!value) return null
  const name = value.split(/[.@]/)[0]!
  // C and POSIX are the portable default locale: messages in the C locale are American English
  // (POSIX.1-2017, 7.2 "POSIX Locale").
  if (name === '' || name === 'C' || name === 'POSIX') return SOURCE_LANGUAGE
  return name.replace(/_/g, '-')
}

/**
 * The language of messages from the environment, by POSIX precedence: LC_ALL overrides
 * LC_MESSAGES, which overrides LANG; an empty variable counts as unset (POSIX.1-2017, 8.2
 * "Internationalization Variables").
 */
export function tagFromEnvironment(env: Record<string, string | undefined>): string | null {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]
    if (value) return tagFromPosixLocale(value)
  }
  return null
}

/** The language a BCP 47 tag names among `languages`, or null ("pt-PT" -> pt-BR, "en-XA" -> pseudo). */
export function matchLanguage(tag: string, languages: readonly Language[] = LANGUAGES): UiLanguage | null {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase()
  if (wanted === PSEUDO_LANGUAGE || wanted === 'en-xa') return PSEUDO_LANGUAGE
  const exact = languages.find((l) => l.toLowerCase() === wanted)
  if (exact) return exact
  // Only Brazilian Portuguese is translated; a Portuguese (Portugal) reader gets it rather
  // than English (docs/i18n.md).
  const base = wanted.split('-')[0]
  return languages.find((l) => l.toLowerCase().split('-')[0] === base) ?? null
}

/** The first of `preferred` that is offered, else English. */
export function negotiateLanguage(preferred: readonly string[], offered: readonly Language[] = OFFERED_LANGUAGES): UiLanguage {
  for (const tag of preferred) {
    const match = matchLanguage(tag, offered)
    if (match) return match
  }
  return SOURCE_LANGUAGE
}
