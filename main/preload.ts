// The preload: exposes exactly InspectorApi as window.inspector and nothing else (Bitwarden's
// narrow contextBridge object). Runs sandboxed, so it is bundled to one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron'
import { INSPECTOR_METHODS, type InspectorApi } from '../src/api.js'
import { unwrapReply } from '../src/api-call.js'
import { channelFor } from './ipc-map.js'

export function buildInspectorBridge(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): InspectorApi {
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const method of INSPECTOR_METHODS) {
    bridge[method] = async (...args: unknown[]) => unwrapReply(await invoke(channelFor(method), ...args))
  }
  return Object.freeze(bridge) as unknown as InspectorApi
}

if (typeof contextBridge !== 'undefined' && contextBridge) {
  contextBridge.exposeInMainWorld(
    'inspector',
    buildInspectorBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
  )
}
