// The core behind InspectorApi: every UI (Electron IPC, browser mode, the CLI) calls this.
// Lazy on purpose: nothing heavy (imapflow, sql.js, xmldom, the readers, the provider
// catalog) is imported until a method needs it, so `--help` and `explain` start fast.
import os from 'node:os'
import { appVersion } from './app-identity.js'
import type { AppInfo, InspectorApi } from './api.js'
import { AccountNotFoundError, PlaintextNotConfirmedError } from './api-errors.js'
import type { LookupOptions } from './providers/lookup.js'
import { RunningTests } from './running-tests.js'
import type { LookupResult, MailAccount, ScanResult } from './model.js'

/** How long a lookup the user asked for also answers `guidance` for the same address. */
const RECENT_LOOKUP_MS = 10_000

export interface InspectorOptions {
  /** The home directory to scan (default: the user's own). */
  home?: string
  /** A classic Outlook registry export (.reg) to read instead of the live registry. */
  registryFile?: string
  shell?: AppInfo['shell']
  /** Opens an allow-listed URL (Electron's shell.openExternal, or the OS opener). */
  openExternal?: (url: string) => Promise<void>
  /** Network options for lookup (a DNS server, the deadline); the CLI's --dns and --timeout, tests' loopback. */
  lookup?: Omit<LookupOptions, 'offline'>
  /** Name resolution for login tests and the "is the internet there?" check ("IP:PORT"); tests use loopback. */
  dnsServer?: string
}

export function createInspector(options: InspectorOptions = {}): InspectorApi {
  const home = options.home ?? os.homedir()
  // Advice names the CLI's own options only when the CLI reads it.
  const surface = options.shell === 'cli' ? 'cli' : 'app'
  // The latest scan (and Apple Mail's answer): UI calls name an account by its id only.
  let scanned: MailAccount[] | null = null
  let asked: MailAccount[] = []
  const running = new RunningTests()
  const scan = async (): Promise<ScanResult> => {
    const { scanHome } = await import('./sources/scan.js')
    // The command has nothing else to do meanwhile: its file calls block (sources/file-calls.ts).
    const result = await scanHome({ home, registryFile: options.registryFile, platform: process.platform, blockingFileCalls: options.shell === 'cli' })
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
    if (!account) throw new AccountNotFoundError()
    return account
  }
  // Asked only after a name was not found: does a well-known name resolve (the same DNS)?
  const online = async () => {
    const { hostResolver, internetAnswers } = await import('./guidance/connectivity.js')
    return internetAnswers(hostResolver(options.dnsServer))
  }
  const lookup = async (email: string, offline: boolean) => {
    const { lookupSettings } = await import('./providers/lookup.js')
    return lookupSettings(email, { ...options.lookup, offline })
  }
  // A screen or command that has just looked an address up and then asks `guidance` for it
  // gets the same answer, without a second round of network questions seconds later.
  let lastLookup: { key: string; at: number; result: Promise<LookupResult> } | null = null
  const lookupKey = (email: string, offline: boolean) => `${offline}\u0000${email.toLowerCase()}`
  const userLookup = (email: string, offline: boolean) => {
    const result = lookup(email, offline)
    lastLookup = { key: lookupKey(email, offline), at: Date.now(), result }
    return result
  }
  const recentLookup = (email: string, offline: boolean) => {
    const recent = lastLookup?.key === lookupKey(email, offline) && Date.now() - lastLookup.at < RECENT_LOOKUP_MS ? lastLookup.result : null
    return recent ? recent.catch(() => lookup(email, offline)) : lookup(email, offline)
  }
  return {
    scan,
    lookup: (email, lookupOptions) => userLookup(email, lookupOptions?.offline ?? false),
    imapSettingsForAccount: async (accountId) => {
      const account = await findAccount(accountId)
      const { imapLookupForAccount } = await import('./providers/imap-lookup-for-account.js')
      return imapLookupForAccount(account, options.lookup)
    },
    providerPolicy: async (query) => {
      const { policyFor } = await import('./providers/identify.js')
      return policyFor({ email: query.email, host: query.host })
    },
    guidance: async (query) => {
      const [{ answerGuidance }, { imapLookupForAccount }] = await Promise.all([
        import('./guidance/answer-guidance.js'),
        import('./providers/imap-lookup-for-account.js'),
      ])
      return answerGuidance(query, {
        findAccount,
        lookup: recentLookup,
        imapForAccount: (account, offline) => {
          const lookupOptions: LookupOptions = { ...options.lookup, offline }
          return imapLookupForAccount(account, lookupOptions)
        },
        internetAnswers: online,
      })
    },
    testAccount: async (request, testOptions) => {
      // Every UI asks before a password travels readable; the core holds them to it.
      if (request.security === 'none' && request.allowPlaintext !== true) throw new PlaintextNotConfirmedError()
      const { hostResolver } = await import('./guidance/connectivity.js')
      return running.run(request, testOptions?.testId, { ...(options.dnsServer ? { resolve: hostResolver(options.dnsServer) } : {}), internetAnswers: online, surface })
    },
    testProgress: async (testId) => running.progress(testId),
    cancelTest: async (testId) => running.cancel(testId),
    explain: async (text, context) => {
      const { explainText } = await import('./diagnose/explain.js')
      return explainText(text, context, surface)
    },
    askAppleMail: async () => {
      const { askAppleMail } = await import('./sources/apple-mail/ask-apple-mail.js')
      const result = await askAppleMail()
      asked = result.accounts
      return result
    },
    openHelp: async () => false,
    setLanguage: async (language) => {
      const { setLanguage } = await import('./i18n/i18n.js')
      await setLanguage(language)
    },
    appInfo: async () => ({
      name: 'Mail Settings Inspector',
      version: appVersion(),
      os: `${os.type()} ${os.release()}`,
      platform: process.platform,
      shell: options.shell ?? 'cli',
    }),
  }
}
