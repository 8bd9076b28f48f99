// The renderer's entry: choose the API (Electron's window.inspector or browser mode), start
// the scan before the first render so accounts show as early as possible, load the language
// (renderer/src/i18n/choose-language.ts), then render.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { i18n } from '../../src/i18n/i18n.js'
import { App } from './App.js'
import { chooseApi } from './api-client.js'
import { applyLanguage, initialLanguage } from './i18n/choose-language.js'
import './styles.css'

const api = chooseApi()
const language = initialLanguage(window)
// The core writes its own words (notes, advice, the report) in the same language: tell it
// before the first scan.
const initialScan = api
  .setLanguage(language)
  .catch(() => {})
  .then(() => api.scan())
// An early failure is shown by the accounts screen; this only keeps the console quiet.
initialScan.catch(() => {})

// English is built in; another language's files load first (local files, one request each).
void applyLanguage(language, window)
  .catch(() => {})
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App api={api} initialScan={initialScan} />
        </I18nextProvider>
      </StrictMode>,
    )
  })
