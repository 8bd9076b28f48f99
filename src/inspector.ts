// The core behind InspectorApi: every UI (Electron IPC, browser mode, CLI) calls this.
import os from 'node:os'
import { readFileSync } from 'node:fs'
import { NotYetAvailableError, type AppInfo, type InspectorApi } from './api.js'
import { scanHome } from './sources/scan.js'

export interface InspectorOptions {
  /** The home directory to scan (default: the user's own). */
  home?: string
  registryFile?: string
  shell?: AppInfo['shell']
  /** Opens an allow-listed URL (Electron's shell.openExternal, or the OS opener). */
  openExternal?: (url: string) => Promise<void>
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

export function createInspector(options: InspectorOptions = {}): InspectorApi {
  const home = options.home ?? os.homedir()
  return {
    scan: () => scanHome({ home, registryFile: options.registryFile, platform: process.platform }),
    lookup: async () => {
      throw new NotYetAvailableError('Looking up settings by email address')
    },
    providerPolicy: async () => null,
    testAccount: async () => {
      throw new NotYetAvailableError('Testing a login')
    },
    explain: async () => {
      throw new NotYetAvailableError('Explaining an error message')
    },
    askAppleMail: async () => {
      throw new NotYetAvailableError('Asking Apple Mail')
    },
    openHelp: async () => false,
    appInfo: async () => ({
      name: 'Mail Settings Inspector',
      version: appVersion(),
      os: `${os.type()} ${os.release()}`,
      platform: process.platform,
      shell: options.shell ?? 'cli',
    }),
  }
}
