// The one builder of test requests: the CLI's `test` command and every screen that tests a
// login (test panel, CRM wizard, POP3 -> IMAP wizard) make their TestRequest here, and the
// validator (api-validation.ts) checks it at the InspectorApi boundary. No Node imports.
import type { ServerSettings, TestRequest } from './model.js'

/** Why a server cannot be tested with a password, or null when it can. */
export type UntestableReason = 'not-a-mail-protocol' | 'missing-settings'

export function untestableReason(server: ServerSettings): UntestableReason | null {
  if (server.protocol !== 'imap' && server.protocol !== 'pop3' && server.protocol !== 'smtp') return 'not-a-mail-protocol'
  if (!server.host || server.port === null || server.security === null) return 'missing-settings'
  return null
}

export interface TestLogin {
  username: string
  password: string
  email?: string | null
  /** Extra trusted CA (PEM) for this test. */
  ca?: string
  timeoutMs?: number
  /** The user agreed to send the password readable (only kept for an unencrypted server). */
  allowPlaintext?: boolean
}

/** The request that tests `server` with `login`, or null when the server cannot be tested. */
export function buildTestRequest(server: ServerSettings, login: TestLogin): TestRequest | null {
  if (untestableReason(server) !== null) return null
  const request: TestRequest = {
    protocol: server.protocol as TestRequest['protocol'],
    host: server.host!,
    port: server.port!,
    security: server.security!,
    username: login.username,
    password: login.password,
  }
  if (login.email) request.email = login.email
  if (login.ca !== undefined) request.ca = login.ca
  if (login.timeoutMs !== undefined) request.timeoutMs = login.timeoutMs
  if (login.allowPlaintext && server.security === 'none') request.allowPlaintext = true
  return request
}
