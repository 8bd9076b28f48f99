// The renderer's only way to the core: window.inspector (Electron's preload) when present,
// else the browser-mode client below. Nothing else differs between the two.
import { createContext, useContext } from 'react'
import type { InspectorApi } from '../../src/api.js'
import { buildApiClient } from '../../src/api-call.js'

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

export class MissingKeyError extends Error {
  constructor() {
    super('This page needs the link printed in the terminal (it contains the private key of this session). Open that link again.')
    this.name = 'MissingKeyError'
  }
}

export function createBrowserModeClient(token: string | null, fetchImpl: typeof fetch = fetch.bind(globalThis)): InspectorApi {
  return buildApiClient(async (method, args) => {
    if (!token) throw new MissingKeyError()
    const response = await fetchImpl(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ args }),
      credentials: 'same-origin',
      cache: 'no-store',
    })
    if (response.status === 401) throw new MissingKeyError()
    return response.json()
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
