// The scan, started once when the app opens and shared by every screen (the accounts
// screen and issue 7's wizards read the same result). "Look again" rescans.
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
}

const ScanContext = createContext<ScanContextValue>({ state: { status: 'scanning' }, rescan: () => {} })

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
  const value = useMemo(() => ({ state, rescan }), [state, rescan])
  return <ScanContext.Provider value={value}>{children}</ScanContext.Provider>
}

export function useScan(): ScanContextValue {
  return useContext(ScanContext)
}
