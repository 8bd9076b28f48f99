// Every message key, typed from the English catalogue: `t('words:client.thunderbird')` is
// checked, and a key built from a model value (`words:client.${client}`) fails type-checking
// until English has a message for every value. A new namespace is one line here.
interface EnglishCatalogue {
  words: typeof import('./locales/en/words.json')
  guidance: typeof import('./locales/en/guidance.json')
  providers: typeof import('./locales/en/providers.json')
  advice: typeof import('./locales/en/advice.json')
  cli: typeof import('./locales/en/cli.json')
  report: typeof import('./locales/en/report.json')
  sources: typeof import('./locales/en/sources.json')
  notes: typeof import('./locales/en/notes.json')
  steps: typeof import('./locales/en/steps.json')
  errors: typeof import('./locales/en/errors.json')
  'ui-common': typeof import('./locales/en/ui-common.json')
  'ui-accounts': typeof import('./locales/en/ui-accounts.json')
  'ui-lookup': typeof import('./locales/en/ui-lookup.json')
  'ui-test': typeof import('./locales/en/ui-test.json')
  'ui-crm': typeof import('./locales/en/ui-crm.json')
  'ui-pop': typeof import('./locales/en/ui-pop.json')
  'ui-error-help': typeof import('./locales/en/ui-error-help.json')
  'ui-report': typeof import('./locales/en/ui-report.json')
}

/** "a.b.c" for every string leaf of a nested catalogue. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** "namespace:key.path", as i18next writes it. */
export type MessageKey = { [N in keyof EnglishCatalogue & string]: `${N}:${Leaves<EnglishCatalogue[N]>}` }[keyof EnglishCatalogue & string]

/** ICU arguments: text, numbers (plural, number) and dates. */
export type MessageParams = Record<string, string | number | Date>
