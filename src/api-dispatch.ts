// One validated call into the core, answered as a plain-data reply (ApiReply, api-call.ts):
// Electron's IPC (main/ipc.ts), browser mode (src/web/) and the CLI (validatedInspector) all
// call the core through here. Apart from api-call.ts, which the preload and the renderer build
// their client from: the validator says its refusals in the core's language, and the
// catalogues load only where the core runs.
import type { InspectorApi, InspectorMethod } from './api.js'
import { buildApiClient, type ApiErrorInfo, type ApiReply } from './api-call.js'
import { validateArgs } from './api-validation.js'

/** A code of our own catalogue ("errors:accountGone"), not a system's error code (ECONNREFUSED). */
const MESSAGE_CODE = /^errors:[\w.]+$/

function errorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    const info: ApiErrorInfo = { name: error.name || 'Error', message: error.message }
    if (typeof code === 'string' && MESSAGE_CODE.test(code)) info.code = code
    return info
  }
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

/** The core behind the same validator as IPC and browser mode (the CLI uses this). */
export function validatedInspector(api: InspectorApi): InspectorApi {
  return buildApiClient((method, args) => callInspector(api, method, args))
}
