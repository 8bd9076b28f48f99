// The preload: exposes exactly InspectorApi as window.inspector and nothing else (Bitwarden's
// narrow contextBridge object). Runs sandboxed, so it is bundled to one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron'
import type { InspectorApi } from '../src/api.js'
import { buildApiClient } from '../src/api-call.js'
import { channelFor } from './ipc-map.js'

/** window.inspector: the typed client (src/api-call.ts) over one IPC channel per method. */
export function buildInspectorBridge(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): InspectorApi {
  return Object.freeze(buildApiClient((method, args) => invoke(channelFor(method), ...args)))
}

if (typeof contextBridge !== 'undefined' && contextBridge) {
  contextBridge.exposeInMainWorld(
    'inspector',
    buildInspectorBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
  )
}
