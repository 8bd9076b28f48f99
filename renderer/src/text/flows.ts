// Every word of the guided flows (CRM wizard, POP3 -> IMAP, "I got an error", report,
// privacy mode), in one place so it can be translated later. Plain words first; the
// technical word may follow in brackets.

export const crmText = {
  title: 'Connect my CRM',
  intro: 'We show the settings in the order your CRM asks for them. Copy each one into the matching box.',
  pickAccount: 'Which email account do you want to connect?',
  noAccounts: 'We found no email account on this computer. Type your email address and we look up its settings.',
  typeAddress: 'Your email address',
  lookUp: 'Look up settings',
  lookingUp: 'Looking up the settings…',
  useThisAccount: 'Use this account',
  settingsTitle: 'Copy these into your CRM',
  whatYourCrmNeeds: 'What your CRM needs',
  settingsIntro: 'Your CRM’s “connect your email” form asks for these, usually in this order.',
  movePopFirst: 'Move this account to IMAP',
  toPassword: 'Next: the password',
  back: 'Back',
  startOver: 'Start over',
  step: (n: number, total: number) => `Step ${n} of ${total}`,
} as const

export const fieldText = {
  email: { label: 'Email address', hint: 'The address your CRM sends and receives as.' },
  imapHost: { label: 'Incoming mail server (IMAP server)', hint: 'Where your CRM reads your mail.' },
  imapPort: { label: 'Port', hint: 'The door number on that server.' },
  ssl: { label: 'SSL', hint: 'Whether the connection is encrypted from the start.' },
  username: { label: 'Username', hint: 'The name you log in with. Often, but not always, your full address.' },
  smtpHost: { label: 'Outgoing mail server (SMTP server)', hint: 'Where your CRM sends mail through.' },
  smtpPort: { label: 'Outgoing port', hint: 'The door number on the outgoing server.' },
  smtpSsl: { label: 'Outgoing SSL', hint: 'Whether sending is encrypted from the start.' },
  smtpUsername: { label: 'Outgoing username', hint: 'This server uses a different login name for sending.' },
  sslOn: 'On',
  sslOffStarttls: 'Off (uses STARTTLS)',
  sslOff: 'Off',
  starttlsHint:
    'This server starts plain and then switches to encryption (STARTTLS). If your CRM offers “STARTTLS” or “TLS”, pick that; if it only has SSL on or off, choose off.',
  noneWarning: 'This server does not encrypt at all. Your password would travel readable; ask your provider for a secure setting.',
  notStored: '(not stored)',
} as const

export const passwordText = {
  title: 'The password',
  serverSwitched: 'We changed this step because the server answered:',
  testAnyway: 'Test a password anyway',
  noSpaces: 'Paste it without spaces: the password is shown in groups, but the spaces are not part of it.',
  passwordLabel: 'Password for this test',
  usernameUsed: 'Username for this test',
  emptyPassword: 'Type the password first.',
  passwordHelp: 'Used for this test only. It is never saved and never shown.',
  test: 'Test these settings',
  testing: 'Testing incoming and outgoing mail…',
  incoming: 'Incoming mail (IMAP)',
  outgoing: 'Outgoing mail (SMTP)',
  worked: 'Worked',
  failed: 'Did not work',
} as const

export const resultText = {
  successTitle: 'Paste these into your CRM',
  successIntro: 'Both tests worked. Copy these settings into your CRM and use the same password.',
  failTitle: 'That did not work yet',
  nextAction: 'What to do next',
  serverSaid: 'The server said',
  tryAgain: 'Try again',
  altUsernameTitle: 'Try the other username form?',
  // The username sits between these two parts (masked in privacy mode).
  altUsernameBefore: 'Some servers want the username written differently. May we test once more with “',
  altUsernameAfter: '” as the username?',
  altUsernameConsent: 'Yes, test with this username',
  altUsernameNote: 'Type the password again: we never keep it.',
  stepsTitle: 'More detail: what we checked',
} as const

export const popText = {
  title: 'Move this POP3 account to IMAP',
  whyTitle: 'Why move to IMAP?',
  why: [
    'POP3 downloads your mail to this computer, so a CRM cannot see it.',
    'IMAP keeps your mail on the server, where your CRM, your phone and this computer all see the same mail.',
  ],
  pickAccount: 'Which POP3 account do you want to move?',
  noPopAccounts: 'We found no POP3 account on this computer. Nothing to move.',
  imapTitle: 'Your provider’s IMAP settings',
  imapLooking: 'Looking up the IMAP settings…',
  imapNotFound: 'We could not find IMAP settings for this address. Ask your provider for its IMAP server and port.',
  checkTitle: 'Is your mail also on the server?',
  onlyHere: {
    title: 'Some mail exists only on this computer',
    text:
      'This account deletes mail from the server after downloading it. Older mail is only on this computer. Keep the POP3 account until you have moved that mail into the IMAP account, or it is lost.',
  },
  unknown: {
    title: 'We could not tell whether your mail is on the server',
    text:
      'Treat it as if older mail exists only on this computer: keep the POP3 account until you have moved your mail into the IMAP account.',
  },
  copiesOnServer: {
    title: 'Copies of new mail stay on the server',
    text:
      'Good: the server keeps copies. Mail you sent, and mail deleted from the server earlier, may still be only here, so move your folders before removing POP3.',
  },
  stepsTitle: (client: string) => `Steps in ${client}`,
  groups: {
    add: 'Add the account again, as IMAP',
    move: 'Copy your local mail into the IMAP account',
    remove: 'Remove POP3, only after checking',
  },
  clientSteps: {
    /** What to type where the client asks for servers: from step 2 when found, else from the provider. */
    typeSettings: (imap: boolean, smtp: boolean) =>
      imap && smtp
        ? 'Type the incoming (IMAP) and outgoing (SMTP) settings from step 2, also listed below.'
        : imap
          ? 'Type the incoming (IMAP) settings from step 2, also listed below; for the outgoing (SMTP) server, keep what your POP3 account uses or ask your provider.'
          : 'We found no IMAP settings for this address: ask your provider for its IMAP server and port (and its SMTP server), and type those.',
    apple: {
      open: 'In Mail, choose Mail > Add Account, pick “Other Mail Account…”, then click Continue.',
      identity: 'Type your name, email address and password, then click Sign In.',
      serverDetails: 'When Mail asks for server details, choose Account Type IMAP and fill in Incoming Mail Server and Outgoing Mail Server.',
      wait: 'Click Sign In, then wait until the new account’s Inbox appears in the sidebar.',
    },
    thunderbird: {
      open: 'Open the ≡ menu > New Account > Email (or File > New > Existing Mail Account).',
      identity: 'Type your name, email address and password, then click “Configure manually”.',
      manual: 'Under Incoming Server choose IMAP; under Outgoing Server fill in SMTP: Thunderbird asks for both.',
      retest: 'Click Re-test, then Done.',
      wait: 'Wait until the new account and its Inbox appear in the folder pane.',
    },
    outlook: {
      open: 'In Outlook, choose File > Add Account.',
      manual: 'Type your email address, click “Advanced options”, tick “Let me set up my account manually”, then Connect.',
      imap: 'Choose IMAP. Outlook asks for Incoming mail and Outgoing mail, each with server, port and encryption method.',
      wait: 'Click Next, type your password, click Connect, then wait until the new account appears in the folder pane.',
    },
  },
  localNotCounted:
    'We could not count the mail this account keeps on this computer. Treat it as if all of it exists only here.',
  keepLocalMail: 'Copy these folders into the IMAP account before you remove the POP3 account.',
  serverCountAfterTest: 'Test the new IMAP login (the last step) to see how many messages the server holds.',
  keepPopReminder: 'Remember: some mail may exist only on this computer. Keep the POP3 account until you have moved it.',
  testTitle: 'Test the new IMAP login',
  next: 'Next',
  toCrm: 'Next: connect my CRM',
} as const

export const guidanceText = {
  whatToDo: 'What to do',
  signInFirst: (button: string) => `Easiest: your CRM’s “${button}” button`,
  copyMessage: 'Copy this message',
  messageCopied: 'Copied: paste it into an email or chat to your admin',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  crmName: 'Your CRM’s name (for the message)',
  pasteMicrosoft: 'What Microsoft said, if anything (we read the app’s name and ID from it)',
  fillMessage: 'Put these into the message',
  withSignInTitle: 'Only if your CRM asks for server settings after signing in',
  manualTitle: 'Type the settings yourself',
  manualIntro: 'If you know your settings (from your provider or IT admin), type them here and test them right away.',
  manualHost: 'IMAP server',
  manualPort: 'Port',
  manualSecurity: 'Security',
  manualUsername: 'Username',
  manualTest: 'Test these settings',
  manualInvalid: 'Type the server name and a port number from 1 to 65535.',
  loading: 'Working out what your CRM needs…',
} as const

export const errorHelpText = {
  title: 'I got an error',
  intro: 'Paste what your CRM or mail program said. We explain it and tell you what to do next.',
  label: 'The error message',
  placeholder: 'For example: Application-specific password required',
  explain: 'Explain this error',
  explaining: 'Reading the message…',
  whatHappened: 'What happened',
  why: 'Why',
  next: 'What to do next',
  testAccount: 'Test this account',
  testAnAccount: 'Test an account',
  openCrmWizard: 'Walk me through it: Connect my CRM',
  pickForTest: 'Which account is this about? (optional, helps the explanation)',
  noAccount: 'Not sure',
  emptyInput: 'Paste the error message first.',
} as const

export const reportText = {
  title: 'Report for your admin',
  intro: 'Everything your admin needs to help: accounts, where we looked, the last tests, app version and system. It never contains a password.',
  maskLabel: 'Mask usernames and addresses',
  maskHelp: 'Recommended. Untick only if your admin needs the exact usernames.',
  copyText: 'Copy as text',
  copied: 'Copied',
  saveJson: 'Save as JSON',
  saved: 'Saved',
  preview: 'Preview',
  fileName: 'mail-settings-report.json',
  loading: 'Preparing the report…',
  copyFailed: 'Could not copy. Select the preview and copy it yourself.',
  previewMasked: 'Privacy mode is on, so the preview stays masked. Copy and Save use your choice above.',
} as const

export const privacyText = {
  switchLabel: 'Privacy mode',
  switchHelp: 'Hides usernames and address names, for screen sharing.',
  badge: 'Privacy mode on: names hidden',
  shortcutMac: '⌘⇧P',
  shortcutOther: 'Ctrl+Shift+P',
  shortcutAltMac: '⌥⇧P',
  shortcutAltOther: 'Alt+Shift+P',
  shortcutEither: (first: string, second: string) => `${first} or ${second}`,
  shortcutHint: (keys: string) => `Shortcut: ${keys}`,
  hiddenValue: 'hidden in privacy mode',
  revealWhileHeld: 'Show while held',
  pastedMasked: 'What you pasted, with names and addresses hidden:',
} as const

export const flowsNavText = {
  crm: 'Connect my CRM',
  pop: 'Move POP3 to IMAP',
  error: 'I got an error',
  report: 'Report for admin',
  home: 'Back to accounts',
} as const
