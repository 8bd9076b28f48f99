// Runs the wizards' real tests: IMAP, then SMTP, with exactly the settings on screen. The
// password is passed in for this run only and never stored in state. (App's API wrapper,
// test-log.ts withTestLog, records every result for the admin report.)
import { useCallback, useRef, useState } from 'react'
import type { InspectorApi } from '../../../src/api.js'
import type { ServerSettings, TestResult } from '../../../src/model.js'
import { buildTestRequest } from '../../../src/test-request.js'
import { useApi } from '../api-client.js'

export type SettingsTestState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; results: TestResult[]; username: string }
  | { status: 'error'; error: Error }

export async function runSettingsTest(
  api: InspectorApi,
  servers: { incoming: ServerSettings; outgoing: ServerSettings | null },
  username: string,
  outgoingUsername: string,
  password: string,
  email: string | null,
): Promise<TestResult[]> {
  const results: TestResult[] = []
  const incoming = (servers.incoming ? buildTestRequest(servers.incoming, { username, password, email }) : null)
  if (incoming) {
    const result = await api.testAccount(incoming)
    results.push(result)
    // A refused login stops here: the outgoing test would only repeat the same refusal.
    if (!result.ok) return results
  }
  const outgoing = (servers.outgoing ? buildTestRequest(servers.outgoing, { username: outgoingUsername, password, email }) : null)
  if (outgoing) {
    const result = await api.testAccount(outgoing)
    results.push(result)
  }
  return results
}

export function useSettingsTest() {
  const api = useApi()
  const [state, setState] = useState<SettingsTestState>({ status: 'idle' })
  const generation = useRef(0)

  const run = useCallback(
    async (
      servers: { incoming: ServerSettings; outgoing: ServerSettings | null },
      username: string,
      outgoingUsername: string,
      password: string,
      email: string | null,
    ) => {
      const mine = ++generation.current
      setState({ status: 'running' })
      try {
        const results = await runSettingsTest(api, servers, username, outgoingUsername, password, email)
        if (mine === generation.current) setState({ status: 'done', results, username })
      } catch (error) {
        if (mine === generation.current) {
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) })
        }
      }
    },
    [api],
  )

  const reset = useCallback(() => {
    generation.current++
    setState({ status: 'idle' })
  }, [])

  return { state, run, reset }
}
