// The one client every UI builds from the contract, and the plain-data reply of a call that
// survives Electron's structured clone and JSON alike (the core's side: api-dispatch.ts).
// Errors keep their name (NotYetAvailableError, InvalidArgumentError) so every UI can tell
// "not landed yet" and "bad input" from a failure. Pure TypeScript with no Node imports: the
// renderer's browser-mode client and the preload are built here too.
import type { InspectorApi, InspectorMethod } from './api.js'
import type { MethodArgs } from './api-validation.js'

export interface ApiErrorInfo {
  name: string
  /** In the core's language (InspectorApi.setLanguage). */
  message: string
  /** The message's key in the `errors` catalogue, where the core gave one: stable in every language. */
  code?: string
}

export type ApiReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorInfo }

type Result<M extends InspectorMethod> = Awaited<ReturnType<InspectorApi[M]>>

/** Sends one call over a transport (IPC, HTTP, or straight to the core) and gives back its reply. */
export type ApiTransport = <M extends InspectorMethod>(method: M, args: MethodArgs<M>) => Promise<unknown>

/**
 * The one InspectorApi built from a transport: the preload (IPC), the browser-mode client
 * (HTTP) and the CLI (straight to a validated core) all are this. Typed per method, so a
 * method added to InspectorApi fails type-checking here until every client has it.
 */
export function buildApiClient(send: ApiTransport): InspectorApi {
  const call =
    <M extends InspectorMethod>(method: M) =>
    async (...args: MethodArgs<M>): Promise<Result<M>> =>
      unwrapReply<Result<M>>(await send(method, args))
  return {
    scan: call('scan'),
    lookup: call('lookup'),
    imapSettingsForAccount: call('imapSettingsForAccount'),
    providerPolicy: call('providerPolicy'),
    guidance: call('guidance'),
    testAccount: call('testAccount'),
    testProgress: call('testProgress'),
    cancelTest: call('cancelTest'),
    explain: call('explain'),
    askAppleMail: call('askAppleMail'),
    openHelp: call('openHelp'),
    appInfo: call('appInfo'),
    setLanguage: call('setLanguage'),
  }
}

/**
 * Whether a transport's answer has the shape of a reply (anything else is not the core's).
 * The whole shape, not just an `ok`: another program's JSON may have one of its own
 * ({"ok":false,"error":"not_found"}), and its error would be shown as an empty message.
 * A success always has `value` (callInspector sends null for nothing).
 */
export function isApiReply(reply: unknown): reply is ApiReply {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) return false
  if (reply.ok === true) return 'value' in reply
  if (reply.ok !== false || !('error' in reply)) return false
  const error = reply.error
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' && 'message' in error && typeof error.message === 'string'
}

/** The UI side: turn a reply back into a value or a thrown Error with the same name. */
export function unwrapReply<T>(reply: unknown): T {
  // A developer's guard, in English: over IPC (main/ipc.ts) and in the CLI (callInspector)
  // every answer is a reply; browser mode, where another program could answer, checks the
  // shape first and says so in the user's language (renderer/src/api-client.ts).
  if (!isApiReply(reply)) throw new Error('The app answered in an unexpected way')
  if (reply.ok) return reply.value as T
  const error: Error & { code?: string } = new Error(reply.error.message)
  error.name = reply.error.name
  if (reply.error.code !== undefined) error.code = reply.error.code
  throw error
}
