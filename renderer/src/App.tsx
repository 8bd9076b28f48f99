// The app's frame and its screen switcher. To add a screen (as the guided flows do):
//   1. navigation.ts: add `name: { ...params }` to ScreenParams;
//   2. here: add `name: YourScreen` to SCREENS (it receives its params as props);
//   3. for a top-level screen, add { screen, label } to NAV_ITEMS (its words in the ui-common catalogue).
// Move between screens with useNavigation().navigate('name', params).
import { useCallback, useMemo, useState, type ComponentType, type ReactNode } from 'react'
import type { InspectorApi } from '../../src/api.js'
import type { ScanResult } from '../../src/model.js'
import { ApiContext } from './api-client.js'
import { NavigationContext, type Navigate, type Route, type ScreenName, type ScreenParams } from './navigation.js'
import { CrmWizard } from './flows/crm-wizard.js'
import { ErrorHelp } from './flows/error-help.js'
import { PopToImapWizard } from './flows/pop-to-imap-wizard.js'
import { ReportScreen } from './flows/report-screen.js'
import { withTestLog } from './flows/test-log.js'
import { PrivacyControls, PrivacyProvider } from './privacy.js'
import { ScanProvider } from './scan-state.js'
import { AccountsScreen } from './screens/accounts-screen.js'
import { LookupScreen } from './screens/lookup-screen.js'
import { TestScreen } from './screens/test-screen.js'
import { LanguageMenu } from './i18n/language-menu.js'
import { useT } from './i18n/use-t.js'
import type { MessageKey } from '../../src/i18n/message-key.js'

export const SCREENS: { [K in ScreenName]: ComponentType<ScreenParams[K]> } = {
  accounts: AccountsScreen,
  lookup: LookupScreen,
  test: TestScreen,
  crm: CrmWizard,
  popToImap: PopToImapWizard,
  errorHelp: ErrorHelp,
  report: ReportScreen,
}

/** Top-level screens in the header, in order; each opens with empty params. */
export const NAV_ITEMS: { [K in ScreenName]: { screen: K; label: MessageKey; short: MessageKey; params: ScreenParams[K] } }[ScreenName][] = [
  { screen: 'accounts', label: 'ui-common:nav.accounts', short: 'ui-common:navShort.accounts', params: {} },
  { screen: 'lookup', label: 'ui-common:nav.lookup', short: 'ui-common:navShort.lookup', params: {} },
  { screen: 'crm', label: 'ui-common:nav.crm', short: 'ui-common:navShort.crm', params: {} },
  { screen: 'popToImap', label: 'ui-common:nav.pop', short: 'ui-common:navShort.pop', params: {} },
  { screen: 'errorHelp', label: 'ui-common:nav.error', short: 'ui-common:navShort.error', params: {} },
  { screen: 'report', label: 'ui-common:nav.report', short: 'ui-common:navShort.report', params: {} },
]

function CurrentScreen({ route }: { route: Route }) {
  const Screen = SCREENS[route.screen] as ComponentType<ScreenParams[typeof route.screen]>
  return <Screen {...route.params} />
}

export interface AppProps {
  api: InspectorApi
  /** The scan main.tsx started before the first render. */
  initialScan?: Promise<ScanResult>
  initialRoute?: Route
  /** Extra header content (the privacy switch and badge). */
  headerTools?: ReactNode
}

export function App({ api, initialScan, initialRoute, headerTools }: AppProps) {
  // A new language re-renders the whole frame, and with it every screen.
  const t = useT()
  const [route, setRoute] = useState<Route>(initialRoute ?? { screen: 'accounts', params: {} })
  // Each navigation is a fresh visit: opening a wizard from the menu starts it at step 1.
  const [visit, setVisit] = useState(0)
  const navigate = useCallback<Navigate>((screen, params) => {
    setRoute({ screen, params } as Route)
    setVisit((n) => n + 1)
  }, [])
  const navigation = useMemo(() => ({ route, navigate }), [route, navigate])
  // Every test's result is kept for the admin report (never the password).
  const recordingApi = useMemo(() => withTestLog(api), [api])

  return (
    <ApiContext.Provider value={recordingApi}>
      <PrivacyProvider>
        <ScanProvider initial={initialScan}>
          <NavigationContext.Provider value={navigation}>
            <a className="skip-link" href="#main">
              {t('ui-common:app.skipToContent')}
            </a>
            <header className="app-header">
              <div className="app-header-inner">
                <div className="app-title">
                  <span className="app-name">{t('ui-common:app.name')}</span>
                  <LanguageMenu />
                </div>
                <nav aria-label={t('ui-common:app.mainNav')}>
                  <ul className="nav-list">
                    {NAV_ITEMS.map((item) => (
                      <li key={item.screen}>
                        <button
                          type="button"
                          className="nav-item"
                          aria-label={t(item.label)}
                          aria-current={route.screen === item.screen ? 'page' : undefined}
                          onClick={() => navigate(item.screen, item.params as never)}
                        >
                          {/* One row from 800 px up: the short words below 1100 px (styles.css). */}
                          <span className="nav-long">{t(item.label)}</span>
                          <span className="nav-short">{t(item.short)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </nav>
                <div className="header-tools">
                  <PrivacyControls />
                  {headerTools}
                </div>
              </div>
            </header>
            <main id="main" className="app-main" tabIndex={-1}>
              <CurrentScreen key={visit} route={route} />
            </main>
          </NavigationContext.Provider>
        </ScanProvider>
      </PrivacyProvider>
    </ApiContext.Provider>
  )
}
