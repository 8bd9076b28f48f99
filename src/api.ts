// InspectorApi: the one contract between any UI and the core (docs/style.md "One typed
// contract"). main/ registers exactly these methods as IPC handlers, the preload exposes
// exactly them as window.inspector, and browser mode (src/web/) serves exactly them.
// Adding a capability = one method here, one handler, one UI call.
import type {
  Explanation,
  Guidance,
  GuidanceQuery,
  LookupResult,
  ProviderPolicy,
  ScanResult,
  TestProgress,
  TestRequest,
  TestResult,
} from './model.js'
import type { UiLanguage } from './i18n/languages.js'

export interface AppInfo {
  name: string
  version: string
  os: string
  platform: NodeJS.Platform
  /** 'electron' or 'browser': where the UI runs; nothing else differs. */
  shell: 'electron' | 'browser' | 'cli'
}

export interface ExplainContext {
  email?: string
  host?: string
}

export interface InspectorApi {
  /** Read every mail client's settings under the configured home. */
  scan(): Promise<ScanResult>
  /** Find the settings for an address (catalog, autoconfig, MX, SRV, guessing). */
  lookup(email: string, options?: { offline?: boolean }): Promise<LookupResult>
  /**
   * The IMAP settings of a scanned account's provider (for moving POP3 to IMAP): the offline
   * catalog by address or server host first, else lookup of its address. When the provider
   * offers no IMAP, `offersImap` is false, `notes` says so and no IMAP server is listed.
   */
  imapSettingsForAccount(accountId: string): Promise<LookupResult>
  /** The hand-kept policy of the provider of an address or server host, if known. */
  providerPolicy(query: { email?: string; host?: string }): Promise<ProviderPolicy | null>
  /**
   * What the CRM needs for a typed address or a scanned account: IMAP or not, which password,
   * which sign-in button, the fields in CRM-form order, blockers (each with a stable code),
   * steps, links and ready-to-send messages. Codes and parameters; the UIs bring the words.
   */
  guidance(query: GuidanceQuery): Promise<Guidance>
  /**
   * Test a real login, step by step. The password is used for this test only. `testId` (made
   * by the caller) names the test for testProgress and cancelTest while it runs. Refused
   * (PlaintextNotConfirmedError) for security 'none' unless `allowPlaintext` says the user agreed.
   * Throws TestCancelledError when cancelled.
   */
  testAccount(request: TestRequest, options?: TestOptions): Promise<TestResult>
  /** The step a running test is at now, and its time limit; null once it has ended. */
  testProgress(testId: string): Promise<TestProgress | null>
  /** Ends a running test at once (its connection is closed); false when none runs by that id. */
  cancelTest(testId: string): Promise<boolean>
  /** Explain an error text the user pasted from their CRM or anywhere. */
  explain(text: string, context?: ExplainContext): Promise<Explanation>
  /** Ask Apple Mail itself over AppleScript (macOS, explicit user action only). */
  askAppleMail(): Promise<ScanResult>
  /** Open an allow-listed https help page or macOS settings deep link. */
  openHelp(url: string): Promise<boolean>
  appInfo(): Promise<AppInfo>
  /**
   * The language the core writes its words in from now on (advice, notes, reports): the UI's
   * language, so both speak the same. One user per core (one window, one browser-mode key).
   */
  setLanguage(language: UiLanguage): Promise<void>
}

export interface TestOptions {
  /** 8 to 64 letters, digits, "-" or "_": unguessable, so one tab cannot stop another's test. */
  testId?: string
}

export type InspectorMethod = keyof InspectorApi

/** Every method name, in one place: IPC, preload and browser mode are built from this. */
export const INSPECTOR_METHODS = [
  'scan',
  'lookup',
  'imapSettingsForAccount',
  'providerPolicy',
  'guidance',
  'testAccount',
  'testProgress',
  'cancelTest',
  'explain',
  'askAppleMail',
  'openHelp',
  'appInfo',
  'setLanguage',
] as const satisfies readonly InspectorMethod[]

/**
 * A test the user stopped (probe/test-cancelled.ts throws it). Checked by name, so it is also
 * true for an error that crossed IPC or HTTP, where only the name survives.
 */
export function isTestCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'TestCancelledError'
}

/** Thrown by a method whose issue has not landed yet; the UI shows it as such. */
export class NotYetAvailableError extends Error {
  constructor(what: string) {
    super(`${what} is not yet available in this version`)
    this.name = 'NotYetAvailableError'
  }
}

// Plain tables every shell shares, so no shell reaches into the core's folders for them: the
// help-link allow-list (what may be opened), the readers' size caps (docs/limits.md) and the
// places a scan looks (the empty state's list).
export { isAllowedHelpUrl } from './diagnose/help-links.js'
export { LIMITS, megabytes } from './sources/limits.js'
export { CHECKED_PROGRAMS, UNREADABLE_PROGRAMS } from './sources/checked-places.js'
