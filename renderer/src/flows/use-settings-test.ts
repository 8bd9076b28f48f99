// Runs the wizards' real tests: IMAP, then SMTP, with exactly the settings on screen. The
// password is passed in for this run only and never stored in state. (App's API wrapper,
// test-log.ts withTestLog, records every result for the admin report.)
import { useCallback, useRef, useState } from 'react'
import type { ServerSettings, TestRequest, TestResult } from '../../../src/model.js'
import { isTestCancelled } from '../../../src/api.js'
import { buildTestRequest } from '../../../src/test-request.js'
import { useTestRunner } from './test-runner.js'

export type SettingsTestState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; results: TestResult[]; username: string }
  /** Cancelled by the user: no verdict. */
  | { status: 'stopped' }
  | { status: 'error'; error: Error }

/** A server that can be tested with a password: host, port and security all known (test-request.ts). */
export function testableRequest(
  server: ServerSettings | null,
  username: string,
  password: string,
  email: string | null,
  allowPlaintext = false,
): TestRequest | null {
  return server ? buildTestRequest(server, { username, password, email, allowPlaintext }) : null
}

/** Would either test send the password readable (so the user must be asked first)? */
export function sendsPlaintext(servers: { incoming: ServerSettings | null; outgoing: ServerSettings | null }): boolean {
  return servers.incoming?.security === 'none' || servers.outgoing?.security === 'none'
}

export async function runSettingsTest(
  test: (request: TestRequest) => Promise<TestResult>,
  servers: { incoming: ServerSettings; outgoing: ServerSettings | null },
  username: string,
  outgoingUsername: string,
  password: string,
  email: string | null,
  allowPlaintext = false,
): Promise<TestResult[]> {
  const results: TestResult[] = []
  const incoming = testableRequest(servers.incoming, username, password, email, allowPlaintext)
  if (incoming) {
    const result = await test(incoming)
    results.push(result)
    // A refused login stops here: the outgoing test would only repeat the same refusal.
    if (!result.ok) return results
  }
  const outgoing = testableRequest(servers.outgoing, outgoingUsername, password, email, allowPlaintext)
  if (outgoing) {
    const result = await test(outgoing)
    results.push(result)
  }
  return results
}

export function useSettingsTest() {
  const runner = useTestRunner()
  const [state, setState] = useState<SettingsTestState>({ status: 'idle' })
  const generation = useRef(0)

  const run = useCallback(
    async (
      servers: { incoming: ServerSettings; outgoing: ServerSettings | null },
      username: string,
      outgoingUsername: string,
      password: string,
      email: string | null,
      allowPlaintext = false,
    ) => {
      const mine = ++generation.current
      setState({ status: 'running' })
      try {
        const results = await runSettingsTest(runner.test, servers, username, outgoingUsername, password, email, allowPlaintext)
        if (mine === generation.current) setState({ status: 'done', results, username })
      } catch (error) {
        if (mine !== generation.current) return
        if (isTestCancelled(error)) return setState({ status: 'stopped' })
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) })
      }
    },
    [runner.test],
  )

  const reset = useCallback(() => {
    generation.current++
    setState({ status: 'idle' })
  }, [])

  return { state, run, reset, runner }
}
