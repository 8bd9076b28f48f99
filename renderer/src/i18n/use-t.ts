// The renderer's `t`: the same typed function as the core's (src/i18n/i18n.ts), with
// react-i18next re-rendering the component when the language changes. Every component that
// shows words calls it: `const t = useT()` then `t('ui-common:language.label')`.
import { useTranslation } from 'react-i18next'
import { t } from '../../../src/i18n/i18n.js'

export function useT(): typeof t {
  // Everything is loaded before the first render (main.tsx), so nothing suspends.
  useTranslation(undefined, { useSuspense: false })
  return t
}
