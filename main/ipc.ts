// One IPC handler per InspectorApi method. The sender is checked first, then every argument
// (src/api-validation.ts), then the core is called. Nothing is kept between calls: a typed
// password goes from the message straight into the test and is dropped with the call.
import type { IpcMainInvokeEvent } from 'electron'
import { INSPECTOR_METHODS, type InspectorApi } from '../src/api.js'
import type { ApiReply } from '../src/api-call.js'
import { callInspector } from '../src/api-dispatch.js'
import { channelFor } from './ipc-map.js'

/** The part of ipcMain this needs; tests pass a stand-in. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void
}

export const REFUSED_REPLY: ApiReply = {
  ok: false,
  error: { name: 'ForbiddenError', message: 'This request did not come from the app window' },
}

export function registerInspectorIpc(
  ipcMain: IpcRegistrar,
  api: InspectorApi,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of INSPECTOR_METHODS) {
    ipcMain.handle(channelFor(method), async (event, ...args) => {
      if (!isTrusted(event)) return REFUSED_REPLY
      return callInspector(api, method, args)
    })
  }
}
