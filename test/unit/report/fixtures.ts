// Shared fixture values for the report tests: a real-looking scan and test results.
import type { AppInfo } from '../../../src/api.js'
import type { MailAccount, ScanResult, TestResult } from '../../../src/model.js'

export const APP: AppInfo = { name: 'Mail Settings Inspector', version: '9.8.7', os: 'Darwin 23.1.0', platform: 'darwin', shell: 'browser' }

export const IMAP_ACCOUNT: MailAccount = {
  id: 'tb-1',
  client: 'thunderbird',
  profile: '/Users/annabel/Library/Thunderbird/Profiles/x1.default-release',
  name: 'Annabel Smith <annabel.smith@example.com>',
  email: 'annabel.smith@example.com',
  incoming: { protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'annabel.smith@example.com', auth: 'password' },
  outgoing: { protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'asmith', auth: 'password' },
  provider: { id: 'example', name: 'Example Mail' },
  // Values a note names can be private: a folder under the home, another account's address.
  warnings: [
    { code: 'notes:thunderbird.deferredTo', params: { target: 'annabel.smith@example.com (asmith)' } },
    { code: 'notes:localMail.folderDenied', params: { folder: '/Users/annabel/Library/Thunderbird/Mail/asmith' } },
  ],
}

export const POP_ACCOUNT: MailAccount = {
  id: 'am-1',
  client: 'apple-mail',
  profile: 'V10',
  name: 'Work',
  email: 'bertrand@corp.example',
  incoming: { protocol: 'pop3', host: 'pop.corp.example', port: 995, security: 'tls', username: 'bertrand', auth: 'password' },
  outgoing: null,
  provider: null,
  pop3: { leaveOnServer: false },
  warnings: [],
}

export const SCAN: ScanResult = {
  accounts: [IMAP_ACCOUNT, POP_ACCOUNT],
  sources: [
    { client: 'thunderbird', location: '/Users/annabel/Library/Thunderbird', status: 'ok', accounts: 1 },
    {
      client: 'apple-mail',
      location: '/Users/annabel/Library/Mail',
      status: 'permission-denied',
      accounts: 1,
      message: [{ code: 'notes:localMail.appleMailDenied', params: { folder: '/Users/annabel/Library/Mail' } }],
      fix: { steps: ['Open System Settings', 'Turn on Full Disk Access'], links: ['x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles'] },
    },
  ],
}

export const FAILED_TEST: TestResult = {
  ok: false,
  verdict: 'auth-failed',
  stage: 'auth',
  steps: [
    { stage: 'connect', ok: true, ms: 12, detail: '', note: { code: 'steps:connect.connected', params: { address: '127.0.0.1', port: 993 } } },
    { stage: 'auth', ok: false, ms: 40, detail: 'A1 NO LOGIN as annabel.smith@example.com refused', note: { code: 'steps:failed.loginRefused' } },
  ],
  server: { protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'annabel.smith@example.com' },
  serverResponse: 'A1 NO [AUTHENTICATIONFAILED] Authentication failed for ANNABEL.SMITH@example.com',
  advice: {
    verdict: 'auth-failed',
    title: 'The server says the username or password is wrong',
    what: 'The login for annabel.smith@example.com was refused.',
    why: 'The password is wrong, or the server wants the other username form.',
    next: ['Try the username annabel.smith instead'],
    links: [],
    alternativeUsername: 'annabel.smith',
  },
  durationMs: 52,
}
