// The screens of the app and how to move between them: a plain state-based switcher (no
// router, no URLs: Electron shows one file:// page). A new screen = one entry in
// ScreenParams (its name and what it needs), one component in App.tsx's SCREENS, and,
// for a top-level screen, one entry in App.tsx's NAV_ITEMS.
import { createContext, useContext } from 'react'
import type { ServerSettings } from '../../src/model.js'
import type { CrmWizardParams } from './flows/crm-wizard.js'
import type { PopToImapParams } from './flows/pop-to-imap-wizard.js'

/** What a test runs against: an account found on this computer, or looked-up settings. */
export interface TestTarget {
  title: string
  email: string | null
  incoming: ServerSettings
  outgoing: ServerSettings | null
}

/** Screen name -> the parameters it is opened with. */
export interface ScreenParams {
  accounts: Record<string, never>
  lookup: { email?: string }
  test: { target: TestTarget }
  // the guided flows (renderer/src/flows/)
  crm: CrmWizardParams
  popToImap: PopToImapParams
  errorHelp: Record<string, never>
  report: Record<string, never>
}

export type ScreenName = keyof ScreenParams

export type Route = { [K in ScreenName]: { screen: K; params: ScreenParams[K] } }[ScreenName]

export type Navigate = <K extends ScreenName>(screen: K, params: ScreenParams[K]) => void

export interface Navigation {
  route: Route
  navigate: Navigate
}

export const NavigationContext = createContext<Navigation>({
  route: { screen: 'accounts', params: {} },
  navigate: () => {},
})

export function useNavigation(): Navigation {
  return useContext(NavigationContext)
}
