// The typed IPC map, built from INSPECTOR_METHODS (docs/style.md "One typed contract": GitHub
// Desktop's ipc-shared.ts). main/ipc.ts and main/preload.ts are the only users of ipcMain /
// ipcRenderer, and both take their channel names from here.
import type { InspectorMethod } from '../src/api.js'

export const IPC_PREFIX = 'inspector:'

export function channelFor<M extends InspectorMethod>(method: M): `${typeof IPC_PREFIX}${M}` {
  return `${IPC_PREFIX}${method}`
}
