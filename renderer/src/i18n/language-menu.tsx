// The header's language menu: every complete language in its own words, plus the
// pseudo-locale for checking layouts. The choice is remembered (choose-language.ts).
import { useId } from 'react'
import { currentLanguage } from '../../../src/i18n/i18n.js'
import { LANGUAGE_NAMES, OFFERED_LANGUAGES, PSEUDO_LANGUAGE, type UiLanguage } from '../../../src/i18n/languages.js'
import { matchLanguage } from '../../../src/i18n/negotiate.js'
import { useApi } from '../api-client.js'
import { useScan } from '../scan-state.js'
import { applyLanguage } from './choose-language.js'
import { useT } from './use-t.js'

const CHOICES: readonly UiLanguage[] = [...OFFERED_LANGUAGES, PSEUDO_LANGUAGE]

export function LanguageMenu() {
  const t = useT()
  const id = useId()
  const api = useApi()
  const { rescan } = useScan()
  const choose = async (language: UiLanguage) => {
    await applyLanguage(language, window, true)
    // The core's words (source notes, advice) follow; the accounts on screen are read again
    // so their notes are in the new language too. A test result already shown keeps its own.
    await api.setLanguage(language).catch(() => {})
    rescan()
  }
  return (
    <div className="language-menu">
      {/* Named for screen readers; the language names themselves say what the menu is. */}
      <label className="visually-hidden" htmlFor={id}>
        {t('ui-common:language.label')}
      </label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          const language = matchLanguage(event.target.value)
          if (language) void choose(language)
        }}
      >
        {CHOICES.map((language) => (
          <option key={language} value={language} lang={language === PSEUDO_LANGUAGE ? undefined : language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  )
}
