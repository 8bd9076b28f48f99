// Words of "look up settings by email address".
export const lookupText = {
  title: 'Look up settings by email address',
  intro: 'Type your email address. We find the settings your provider publishes.',
  email: 'Your email address',
  find: 'Find settings',
  finding: 'Looking up…',
  invalid: 'Type a full email address, for example name@example.com.',
  incoming: 'Incoming mail server',
  outgoing: 'Outgoing mail server',
  port: 'Port',
  security: 'Security',
  username: 'Username',
  provider: 'Provider',
  nothing: 'We could not find settings for this address. Ask your email provider for its IMAP settings.',
  testThese: 'Test these settings',
  option: (n: number) => `Option ${n}`,
} as const
