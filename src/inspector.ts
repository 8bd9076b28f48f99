// The core behind InspectorApi: every UI (Electron IPC, browser mode, CLI) calls this.
import os from 'node:os'
import { readFileSync } from 'node:fs'
import { NotYetAvailableError, type AppInfo, type InspectorApi } from './api.js'
import { scanHome } from './sources/scan.js'
import { askAppleMail } from './sources/apple-mail/ask-apple-mail.js'
import { lookupSettings, type LookupOptions } from './providers/lookup.js'
import { policyFor } from './providers/identify.js'
import { runTest } from './probe/test-account.js'
import { explainText } from './diagnose/explain.js'

export interface InspectorOptions {
  /** The home directory to scan (default: the user's own). */
  home?: string
  registryFile?: string
  shell?: AppInfo['shell']
  /** Opens an allow-listed URL (Electron's shell.openExternal, or the OS opener). */
  openExternal?: (url: string) => Promise<void>
  /** Network options for lookup (e.g. a DNS server, the deadline); tests point them at loopback. */
  lookup?: Omit<LookupOptions, 'offline'>
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

export function createInspector(options: InspectorOptions = {}): InspectorApi {
  const home = options.home ?? os.homedir()
  return {
    scan: () => scanHome({ home, registryFile: options.registryFile, platform: process.platform }),
    lookup: (email, lookupOptions) => lookupSettings(email, { ...options.lookup, offline: lookupOptions?.offline }),
    providerPolicy: async (query) => policyFor({ email: query.email, host: query.host }),
    testAccount: (request) => runTest(request),
    explain: async (text, context) => explainText(text, context),
    askAppleMail: () => askAppleMail(),
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
