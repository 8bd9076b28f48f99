// The one i18next instance and its `t`, shared by the core, the CLI and the renderer (which
// wraps it in react-i18next: renderer/src/i18n/). Messages are ICU MessageFormat through
// i18next-icu (intl-messageformat): "{count, plural, one {# message} other {# messages}}".
// English is loaded synchronously at import, so `t` works in Node and in tests without any
// set-up; setLanguage() loads another language's files first, then switches.
import i18next from 'i18next'
import ICU from 'i18next-icu'
import { IntlMessageFormat } from 'intl-messageformat'
import { ENGLISH, loadCatalogues } from './catalogues.js'
import { formattingLocale, LANGUAGES, PSEUDO_LANGUAGE, SOURCE_LANGUAGE, type UiLanguage } from './languages.js'
import type { MessageKey, MessageParams } from './message-key.js'

export type { MessageKey, MessageParams } from './message-key.js'

export const i18n = i18next.createInstance()

void i18n.use(new ICU({ parseLngForICU: (language) => formattingLocale(language as UiLanguage) })).init({
  // Resources are given, so init is synchronous (i18next.com/overview/configuration-options, initAsync).
  initAsync: false,
  lng: SOURCE_LANGUAGE,
  fallbackLng: SOURCE_LANGUAGE,
  supportedLngs: [...LANGUAGES, PSEUDO_LANGUAGE],
  // "pt-BR" is a language of its own here, not "pt" with a region to fall back from.
  load: 'currentOnly',
  ns: Object.keys(ENGLISH),
  defaultNS: false,
  resources: { [SOURCE_LANGUAGE]: ENGLISH },
  returnNull: false,
  // React escapes; the CLI prints plain text.
  interpolation: { escapeValue: false },
})

// intl-messageformat finds a message's locale with Intl.NumberFormat.supportedLocalesOf, and
// the first Intl.NumberFormat call loads ICU's number data and list of locales: ~20-40 ms of a
// command's start on its own (bench/cli.bench.ts). Our locales are fixed canonical tags
// (formattingLocale) that call returns unchanged, and for an unsupported one it falls back to
// `new Intl.Locale(tag)` anyway (intl-messageformat's src/core.ts), so go there directly.
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? locales[0]! : locales)

// The hot path: a scan prints several messages per account, and i18next's own t() (key
// parsing, namespace checks, fallbacks, then i18next-icu) cost more than the scan itself
// (~1.5 ms a call on a 300-account scan). Each key's message is looked up once per language
// and kept: plain text as it is, ICU as the same IntlMessageFormat i18next-icu would build
// (same locale, `ignoreTag`). Anything unusual goes through i18next as before.
const compiled = new Map<string, IntlMessageFormat | string | null>()
i18n.on('languageChanged', () => compiled.clear())
i18n.store.on('added', () => compiled.clear())

function compile(key: string): IntlMessageFormat | string | null {
  const colon = key.indexOf(':')
  if (colon < 0) return null
  const ns = key.slice(0, colon)
  const path = key.slice(colon + 1)
  const language = currentLanguage()
  const message: unknown = i18n.getResource(language, ns, path) ?? i18n.getResource(SOURCE_LANGUAGE, ns, path)
  if (typeof message !== 'string') return null
  // Without braces or a doubled apostrophe, ICU prints the message as written.
  if (!/[{}]|''/.test(message)) return message
  try {
    return new IntlMessageFormat(message, formattingLocale(language), undefined, { ignoreTag: true })
  } catch {
    return null
  }
}

/** A message in the current language (English for a key not translated yet). */
export function t(key: MessageKey, params?: MessageParams): string {
  let entry = compiled.get(key)
  if (entry === undefined) {
    entry = compile(key)
    compiled.set(key, entry)
  }
  if (typeof entry === 'string') return entry
  if (entry !== null) {
    try {
      const text = entry.format(params ?? {})
      if (typeof text === 'string') return text
    } catch {
      // A missing parameter: i18next-icu's handler below prints the raw message, as before.
    }
  }
  return i18n.t(key, params ?? {}) as string
}

export function currentLanguage(): UiLanguage {
  return (i18n.language ?? SOURCE_LANGUAGE) as UiLanguage
}

const loaded = new Set<UiLanguage>([SOURCE_LANGUAGE])

/** Loads the language's catalogues (once), then makes it the current one. */
export async function setLanguage(language: UiLanguage): Promise<void> {
  if (!loaded.has(language)) {
    for (const [ns, catalogue] of Object.entries(await loadCatalogues(language))) i18n.addResourceBundle(language, ns, catalogue, true, true)
    loaded.add(language)
  }
  await i18n.changeLanguage(language)
}

/**
 * A moment for the current language, in this computer's time zone and named with it, followed
 * by the moment as written (ISO 8601, for an admin comparing logs): "30. November 2026 um
 * 17:27:11 MEZ (2026-11-30T16:27:11.386Z)". Text that is not a date is returned as it is.
 */
export function formatMoment(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const words = new Intl.DateTimeFormat(formattingLocale(currentLanguage()), { dateStyle: 'long', timeStyle: 'long' }).format(date)
  return `${words} (${iso})`
}

/** A number for the current language: 1,204 / 1.204 / 1 204. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(formattingLocale(currentLanguage()), options).format(n)
}
