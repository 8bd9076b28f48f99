/// <reference types="vite/client" />
// The catalogues: src/i18n/locales/<language>/<namespace>.json. English is built in (it is the
// source and every other language falls back to it); another language's files are loaded when
// it is chosen, so a command or a window carries only the languages it speaks. Vite turns the
// globs into imports (vite.dev/guide/features#glob-import), in the app, the CLI and the tests.
import type { Language, UiLanguage } from './languages.js'
import { PSEUDO_LANGUAGE } from './languages.js'
import type { Catalogue } from './pseudo.js'

const ENGLISH_FILES = import.meta.glob<Catalogue>('./locales/en/*.json', { eager: true, import: 'default' })
const OTHER_FILES = import.meta.glob<Catalogue>(['./locales/*/*.json', '!./locales/en/*.json'], { import: 'default' })

/** "./locales/pt-BR/words.json" -> ["pt-BR", "words"]. */
function fileParts(file: string): [string, string] {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file)
  if (!match) throw new Error(`Not a catalogue file: ${file}`)
  return [match[1]!, match[2]!]
}

/** English, namespace -> messages. */
export const ENGLISH: Readonly<Record<string, Catalogue>> = Object.fromEntries(
  Object.entries(ENGLISH_FILES).map(([file, catalogue]) => [fileParts(file)[1], catalogue]),
)

/** The namespaces, from English: every language has (or will have) exactly these files. */
export const NAMESPACES: readonly string[] = Object.keys(ENGLISH).sort()

/** The namespaces that have a file for `language` (a translation in progress may lack some). */
export function translatedNamespaces(language: Language): string[] {
  if (language === 'en') return [...NAMESPACES]
  return Object.keys(OTHER_FILES)
    .map(fileParts)
    .filter(([lang]) => lang === language)
    .map(([, ns]) => ns)
    .sort()
}

let pseudo: Record<string, Catalogue> | null = null

/** Every namespace file of a language, namespace -> messages (the pseudo-locale made from English). */
export async function loadCatalogues(language: UiLanguage): Promise<Record<string, Catalogue>> {
  if (language === PSEUDO_LANGUAGE) {
    // The ICU parser it needs loads only here: a normal start never pays for it.
    const { pseudoCatalogue } = await import('./pseudo.js')
    pseudo ??= Object.fromEntries(Object.entries(ENGLISH).map(([ns, catalogue]) => [ns, pseudoCatalogue(catalogue)]))
    return pseudo
  }
  if (language === 'en') return { ...ENGLISH }
  const entries = await Promise.all(
    Object.entries(OTHER_FILES)
      .filter(([file]) => fileParts(file)[0] === language)
      .map(async ([file, load]) => [fileParts(file)[1], await load()] as const),
  )
  return Object.fromEntries(entries)
}
