// A scripted InspectorApi for component tests: each method answers what the test says and
// records its calls.
import { NotYetAvailableError, type InspectorApi } from '../../../src/api.js'
import type { MailAccount, ScanResult } from '../../../src/model.js'
import { answerGuidance } from '../../../src/guidance/answer-guidance.js'
import { lookupSettings } from '../../../src/providers/lookup.js'
import { imapLookupForAccount } from '../../../src/providers/imap-lookup-for-account.js'

export function fakeApi(overrides: Partial<InspectorApi> = {}): InspectorApi & { calls: { method: string; args: unknown[] }[] } {
  const calls: { method: string; args: unknown[] }[] = []
  const notYet = (what: string) => async () => {
    throw new NotYetAvailableError(what)
  }
  const base: InspectorApi = {
    scan: async () => ({ accounts: [], sources: [] }),
    lookup: notYet('Looking up settings by email address'),
    imapSettingsForAccount: notYet('Finding the IMAP settings for an account'),
    providerPolicy: async () => null,
    guidance: notYet('Guidance for connecting a CRM'),
    testAccount: notYet('Testing a login'),
    testProgress: async () => null,
    cancelTest: async () => false,
    explain: notYet('Explaining an error message'),
    askAppleMail: notYet('Asking Apple Mail'),
    openHelp: async () => true,
    setLanguage: async () => {},
    appInfo: async () => ({ name: 'Mail Settings Inspector', version: '0.0.0', os: 'test', platform: 'linux', shell: 'browser' }),
    ...overrides,
  }
  const recorded = {} as Record<string, unknown>
  for (const [name, fn] of Object.entries(base)) {
    recorded[name] = (...args: unknown[]) => {
      calls.push({ method: name, args })
      return (fn as (...a: unknown[]) => Promise<unknown>)(...args)
    }
  }
  return Object.assign(recorded as unknown as InspectorApi, { calls })
}

export const imapAccount: MailAccount = {
  id: 'tb-1',
  client: 'thunderbird',
  profile: 'default-release',
  name: 'jane.doe@example.com',
  email: 'jane.doe@example.com',
  incoming: { protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'jane.doe', auth: 'password' },
  outgoing: { protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'jane.doe', auth: 'password' },
  provider: { id: 'example', name: 'Example Mail' },
  warnings: [],
}

export const popAccount: MailAccount = {
  ...imapAccount,
  id: 'am-1',
  client: 'apple-mail',
  email: 'sam@pop.example',
  name: 'sam@pop.example',
  incoming: { protocol: 'pop3', host: 'pop.example', port: 995, security: 'tls', username: 'sam', auth: 'password' },
  outgoing: null,
  provider: null,
  pop3: { leaveOnServer: false },
}

export const scanWith = (accounts: MailAccount[], sources: ScanResult['sources'] = []): ScanResult => ({ accounts, sources })

/**
 * The real guidance core over these accounts and the offline catalog (no network): component
 * tests render exactly what the core answers.
 */
export function coreGuidance(accounts: MailAccount[] = []): InspectorApi['guidance'] {
  return (query) =>
    answerGuidance(query, {
      findAccount: async (id) => {
        const found = accounts.find((a) => a.id === id)
        if (!found) throw new Error('no such account')
        return found
      },
      lookup: (email) => lookupSettings(email, { offline: true }),
      imapForAccount: (account) => imapLookupForAccount(account, { offline: true } as Parameters<typeof imapLookupForAccount>[1]),
      internetAnswers: async () => true,
    })
}
