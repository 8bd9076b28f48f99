// One validated call into the core, answered as a plain-data reply that survives Electron's
// structured clone and JSON alike. Errors keep their name (NotYetAvailableError,
// InvalidArgumentError) so every UI can tell "not landed yet" and "bad input" from a failure.
import type { InspectorApi, InspectorMethod } from './api.js'
import { validateArgs } from './api-validation.js'

export interface ApiErrorInfo {
  name: string
  message: string
}

export type ApiReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorInfo }

export function errorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof Error) return { name: error.name || 'Error', message: error.message }
  return { name: 'Error', message: String(error) }
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
