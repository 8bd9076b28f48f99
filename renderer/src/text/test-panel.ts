// Words of the "Test this account" panel.
export const testText = {
  title: 'Test this account',
  // A test sends the username and password to the server, so "nothing is sent" would be false.
  intro: 'We log in once, the same way your CRM will, and show each step. No mail is sent and nothing in your mailbox changes.',
  whichServer: 'Which server to test',
  incoming: (badge: string) => `Incoming mail (${badge})`,
  outgoing: 'Outgoing mail (SMTP)',
  server: 'Server',
  username: 'Username',
  password: 'Password',
  passwordHint: 'Used for this test only. It is never saved and is cleared when the test ends.',
  start: 'Test now',
  running: 'Testing…',
  cannotTest: 'This kind of account (Exchange) cannot be tested with a password here.',
  missingSettings: 'This account has no server name or port, so it cannot be tested.',
  resultOk: 'It works: the login succeeded.',
  resultFailed: 'The test did not succeed.',
  steps: 'What we did',
  technicalDetails: 'Show technical details',
  stepOk: 'done',
  stepFailed: 'failed',
  serverSaid: 'The server said',
  whatHappened: 'What happened',
  why: 'Why',
  next: 'What to do next',
  tookMs: (ms: number) => `${ms} ms`,
  backToAccounts: 'Back to the accounts',
  tryOtherUsername: 'Try again with the username',
  stopped: 'Test stopped. Nothing more was sent; you can test again.',
} as const

export const runningText = {
  starting: 'Starting',
  now: (step: string) => `Now: ${step}…`,
  limit: (limitSeconds: number, elapsedSeconds: number) => `${elapsedSeconds} s so far; gives up after ${limitSeconds} s`,
  cancel: 'Cancel test',
} as const

export const plaintextText = {
  question: 'This server does not encrypt. Your password would travel readable: test anyway?',
  why: 'Anyone on the same network (for example public Wi-Fi) could read it. Ask your provider for a secure setting if you can.',
  yes: 'Test anyway',
  no: 'Do not test',
} as const
