// The smallest stand-in for the 'electron' module that main/ touches: it records what the
// app asks of Electron (window options, IPC handlers, session handlers, opened links) so
// tests can assert the security wiring without the Electron binary.
import { EventEmitter } from 'node:events'

type Handler = (...args: unknown[]) => unknown

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
}

export const recorded = {
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, Handler>(),
  opened: [] as string[],
  permissionRequestHandler: null as null | ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void),
  permissionCheckHandler: null as null | ((contents: unknown, permission: string) => boolean),
  headersListener: null as null | ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void),
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; args: unknown[] }[],
  invokeReply: null as null | ((channel: string, args: unknown[]) => unknown),
  sandboxEnabled: false,
  appEvents: new EventEmitter(),
  reset() {
    this.windows.length = 0
    this.ipcHandlers.clear()
    this.opened.length = 0
    this.permissionRequestHandler = null
    this.permissionCheckHandler = null
    this.headersListener = null
    this.exposed.clear()
    this.invoked.length = 0
    this.invokeReply = null
    this.sandboxEnabled = false
    this.appEvents.removeAllListeners()
  },
}

export class FakeBrowserWindow extends EventEmitter {
  options: Record<string, unknown>
  webContents = new FakeWebContents()
  loadedFile: string | null = null
  loadedQuery: Record<string, string> | null = null
  constructor(options: Record<string, unknown>) {
    super()
    this.options = options
    recorded.windows.push(this)
  }
  focused = 0
  async loadFile(file: string, options?: { query?: Record<string, string> }) {
    this.loadedFile = file
    this.loadedQuery = options?.query ?? null
  }
  show() {}
  isMinimized() {
    return false
  }
  restore() {}
  focus() {
    this.focused++
  }
}

export function fakeElectronModule() {
  const app = {
    enableSandbox: () => {
      recorded.sandboxEnabled = true
    },
    on: (event: string, listener: Handler) => recorded.appEvents.on(event, listener),
    whenReady: async () => {},
    quit: () => {},
    exit: () => {},
    requestSingleInstanceLock: () => true,
    // A German Mac with English second (Electron's own format: BCP 47 with region).
    getPreferredSystemLanguages: () => ['de-DE', 'en-US'],
  }
  const ipcMain = {
    handle: (channel: string, handler: Handler) => {
      if (recorded.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
      recorded.ipcHandlers.set(channel, handler)
    },
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof recorded.permissionRequestHandler) => (recorded.permissionRequestHandler = h),
      setPermissionCheckHandler: (h: typeof recorded.permissionCheckHandler) => (recorded.permissionCheckHandler = h),
      webRequest: {
        onHeadersReceived: (listener: typeof recorded.headersListener) => (recorded.headersListener = listener),
      },
    },
  }
  const shell = {
    openExternal: async (url: string) => {
      recorded.opened.push(url)
    },
  }
  const contextBridge = {
    exposeInMainWorld: (key: string, value: unknown) => recorded.exposed.set(key, value),
  }
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => {
      recorded.invoked.push({ channel, args })
      return recorded.invokeReply?.(channel, args)
    },
  }
  return { app, BrowserWindow: FakeBrowserWindow, ipcMain, session, shell, contextBridge, ipcRenderer, default: {} }
}
