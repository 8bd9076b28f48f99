// The renderer's only way to the core: window.inspector (Electron's preload) when present,
// else the browser-mode client below. Nothing else differs between the two.
import { createContext, useContext } from 'react'
import type { InspectorApi } from '../../src/api.js'
import { buildApiClient, isApiReply } from '../../src/api-call.js'
import { t, type MessageKey } from '../../src/i18n/i18n.js'

declare global {
  interface Window {
    inspector?: InspectorApi
  }
}

const TOKEN_KEY = 'inspector-token'
const TOKEN_HEADER = 'X-Inspector-Token'

/**
 * Browser mode prints a URL with `#token=...`. Keep the token in this tab's sessionStorage
 * (it survives a reload) and take it out of the address bar, so it is not bookmarked,
 * shared on screen, or left in history.
 */
export function takeTokenFromLocation(win: Window = window): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(win.location.hash)
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_KEY, match[1])
    win.history.replaceState(null, '', win.location.pathname + win.location.search)
    return match[1]
  }
  return win.sessionStorage.getItem(TOKEN_KEY)
}

/**
 * An error of browser mode's own page, said in the page's language when it is shown, not when
 * thrown: the first one (the initial scan without a key) comes before the language's words have
 * loaded, and the notice follows a later change of language too.
 */
class PageError extends Error {
  constructor(name: string, key: Extract<MessageKey, `ui-common:browserMode.${string}`>) {
    super()
    this.name = name
    Object.defineProperty(this, 'message', { get: () => t(key), configurable: true })
  }
}

/** The page was opened without the printed link's key, or with a key of an earlier run. */
export class MissingKeyError extends PageError {
  constructor() {
    super('MissingKeyError', 'ui-common:browserMode.missingKey')
  }
}

/**
 * Nothing answers at the page's address any more (the command was stopped, its window closed):
 * the browser's own message ("Failed to fetch") is English and says nothing of what to do.
 */
export class NoAnswerError extends PageError {
  constructor() {
    super('NoAnswerError', 'ui-common:browserMode.noAnswer')
  }
}

/** Something other than the app answered at its address (another program on the port). */
export class UnexpectedReplyError extends PageError {
  constructor() {
    super('UnexpectedReplyError', 'ui-common:browserMode.unexpectedReply')
  }
}

export function createBrowserModeClient(token: string | null, fetchImpl: typeof fetch = fetch.bind(globalThis)): InspectorApi {
  return buildApiClient(async (method, args) => {
    if (!token) throw new MissingKeyError()
    let response: Response
    try {
      response = await fetchImpl(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ args }),
        credentials: 'same-origin',
        cache: 'no-store',
      })
    } catch {
      throw new NoAnswerError()
    }
    if (response.status === 401) throw new MissingKeyError()
    const reply: unknown = await response.json().catch(() => null)
    if (!isApiReply(reply)) throw new UnexpectedReplyError()
    return reply
  })
}

export function chooseApi(win: Window = window): InspectorApi {
  return win.inspector ?? createBrowserModeClient(takeTokenFromLocation(win))
}

/** True when the core says this feature has not landed in this version. */
export function isNotYetAvailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  // contextBridge keeps only the message of an Error, so the message is checked too.
  return error.name === 'NotYetAvailableError' || /not yet available in this version/.test(error.message)
}

export const ApiContext = createContext<InspectorApi | null>(null)

export function useApi(): InspectorApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi outside <ApiContext.Provider>')
  return api
}
