// The scan, started once when the app opens and shared by every screen (the accounts
// screen and the guided flows read the same result). "Look again" rescans.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { ScanResult } from '../../src/model.js'
import { useApi } from './api-client.js'

export type ScanState =
  | { status: 'scanning' }
  | { status: 'done'; result: ScanResult }
  | { status: 'error'; error: Error }

interface ScanContextValue {
  state: ScanState
  rescan: () => void
  /** Add what another reader found (e.g. "Ask Apple Mail") to the scan on screen. */
  addFound: (extra: ScanResult) => void
}

const ScanContext = createContext<ScanContextValue>({ state: { status: 'scanning' }, rescan: () => {}, addFound: () => {} })

/** Accounts are added once (by id); a source answered again replaces its earlier report. */
export function mergeScan(base: ScanResult, extra: ScanResult): ScanResult {
  const ids = new Set(base.accounts.map((a) => a.id))
  const replaced = (s: ScanResult['sources'][number]) => extra.sources.some((e) => e.client === s.client && e.location === s.location)
  return {
    accounts: [...base.accounts, ...extra.accounts.filter((a) => !ids.has(a.id))],
    sources: [...base.sources.filter((s) => !replaced(s)), ...extra.sources],
  }
}

/** `initial` lets main.tsx start the scan before React renders, so no time is lost. */
export function ScanProvider({ initial, children }: { initial?: Promise<ScanResult>; children: ReactNode }) {
  const api = useApi()
  const [run, setRun] = useState<{ n: number; promise: Promise<ScanResult> | null }>({ n: 0, promise: initial ?? null })
  const [state, setState] = useState<ScanState>({ status: 'scanning' })

  useEffect(() => {
    let current = true
    setState({ status: 'scanning' })
    ;(run.promise ?? api.scan()).then(
      (result) => current && setState({ status: 'done', result }),
      (error: unknown) => current && setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    )
    return () => {
      current = false
    }
  }, [api, run])

  const rescan = useCallback(() => setRun((r) => ({ n: r.n + 1, promise: null })), [])
  const addFound = useCallback(
    (extra: ScanResult) => setState((s) => (s.status === 'done' ? { status: 'done', result: mergeScan(s.result, extra) } : s)),
    [],
  )
  const value = useMemo(() => ({ state, rescan, addFound }), [state, rescan, addFound])
  return <ScanContext.Provider value={value}>{children}</ScanContext.Provider>
}

export function useScan(): ScanContextValue {
  return useContext(ScanContext)
}
