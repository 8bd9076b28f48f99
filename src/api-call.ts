// One validated call into the core, answered as a plain-data reply that survives Electron's
// structured clone and JSON alike, and the one client every UI builds from the contract.
// Errors keep their name (NotYetAvailableError, InvalidArgumentError) so every UI can tell
// "not landed yet" and "bad input" from a failure. Pure TypeScript with no Node imports: the
// renderer's browser-mode client and the preload are built here too.
import type { InspectorApi, InspectorMethod } from './api.js'
import { validateArgs, type MethodArgs } from './api-validation.js'

export interface ApiErrorInfo {
  name: string
  message: string
}

export type ApiReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorInfo }

export function errorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof Error) return { name: error.name || 'Error', message: error.message }
  return { name: 'Error', message: String(error) }
}

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
 * Validate, then call. The arguments are not kept anywhere: a typed password lives in this
 * call's stack frame and the core's test only.
 */
export async function callInspector(api: InspectorApi, method: InspectorMethod, args: unknown): Promise<ApiReply> {
  try {
    const checked = validateArgs(method, args)
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>
    const value = await fn.apply(api, checked as unknown[])
    return { ok: true, value: value === undefined ? null : value }
  } catch (error) {
    return { ok: false, error: errorInfo(error) }
  }
}

/** The core behind the same validator as IPC and browser mode (the CLI uses this). */
export function validatedInspector(api: InspectorApi): InspectorApi {
  return buildApiClient((method, args) => callInspector(api, method, args))
}

/** The UI side: turn a reply back into a value or a thrown Error with the same name. */
export function unwrapReply<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error('The app answered in an unexpected way')
  }
  const r = reply as ApiReply
  if (r.ok) return r.value as T
  const error = new Error(r.error.message)
  error.name = r.error.name
  throw error
}
