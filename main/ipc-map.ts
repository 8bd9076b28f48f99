// The typed IPC map, built from INSPECTOR_METHODS (docs/style.md "One typed contract": GitHub
// Desktop's ipc-shared.ts). main/ipc.ts and main/preload.ts are the only users of ipcMain /
// ipcRenderer, and both take their channel names from here.
import { INSPECTOR_METHODS, type InspectorApi, type InspectorMethod } from '../src/api.js'

export const IPC_PREFIX = 'inspector:'

export type IpcChannel = `${typeof IPC_PREFIX}${InspectorMethod}`

/** Arguments and result of each channel: exactly InspectorApi's. */
export type IpcMap = {
  [M in InspectorMethod as `${typeof IPC_PREFIX}${M}`]: {
    args: Parameters<InspectorApi[M]>
    result: Awaited<ReturnType<InspectorApi[M]>>
  }
}

export function channelFor<M extends InspectorMethod>(method: M): `${typeof IPC_PREFIX}${M}` {
  return `${IPC_PREFIX}${method}`
}

export const IPC_CHANNELS: readonly IpcChannel[] = INSPECTOR_METHODS.map((method) => channelFor(method))
