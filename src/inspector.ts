// The core behind InspectorApi: every UI (Electron IPC, browser mode, CLI) calls this.
import os from 'node:os'
import { readFileSync } from 'node:fs'
import { packagePath } from './package-root.js'
import type { AppInfo, InspectorApi } from './api.js'
import { scanHome } from './sources/scan.js'
import { askAppleMail } from './sources/apple-mail/ask-apple-mail.js'
import { lookupSettings, type LookupOptions } from './providers/lookup.js'
import { policyFor } from './providers/identify.js'
import { runTest } from './probe/test-account.js'
import { imapLookupForAccount } from './providers/imap-lookup-for-account.js'
import type { MailAccount, ScanResult } from './model.js'
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
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }
  return pkg.version
}

export function createInspector(options: InspectorOptions = {}): InspectorApi {
  const home = options.home ?? os.homedir()
  // The latest scan (and Apple Mail's answer): UI calls name an account by its id only.
  let scanned: MailAccount[] | null = null
  let asked: MailAccount[] = []
  const scan = async (): Promise<ScanResult> => {
    const result = await scanHome({ home, registryFile: options.registryFile, platform: process.platform })
    scanned = result.accounts
    return result
  }
  const findAccount = async (id: string): Promise<MailAccount> => {
    const known = () => [...(scanned ?? []), ...asked].find((a) => a.id === id)
    // Not seen yet (no scan, or a newer one found it): scan once more before giving up.
    let account = known()
    if (!account) {
      await scan()
      account = known()
    }
    if (!account) throw new Error('That account is no longer among the accounts found on this computer. Scan again and pick it from the list.')
    return account
  }
  return {
    scan,
    lookup: (email, lookupOptions) => lookupSettings(email, { ...options.lookup, offline: lookupOptions?.offline }),
    imapSettingsForAccount: async (accountId) => imapLookupForAccount(await findAccount(accountId), options.lookup),
    providerPolicy: async (query) => policyFor({ email: query.email, host: query.host }),
    testAccount: (request) => runTest(request),
    explain: async (text, context) => explainText(text, context),
    askAppleMail: async () => {
      const result = await askAppleMail()
      asked = result.accounts
      return result
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
