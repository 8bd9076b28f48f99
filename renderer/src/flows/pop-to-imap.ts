// The "Move this POP3 account to IMAP" wizard's logic: the leave-on-server check and the
// steps for the user's own mail client. No client can switch an account from POP3 to IMAP
// in place; every one of them needs the account added again as IMAP, then the mail moved.
import type { MailAccount, MailClient } from '../../../src/model.js'
import { popText } from '../text/flows.js'

export type ClientFamily = 'apple-mail' | 'thunderbird' | 'outlook'

/** SeaMonkey and Postbox share Thunderbird's account screens (same mailnews code). */
export function clientFamily(client: MailClient): ClientFamily {
  if (client === 'apple-mail' || client === 'outlook') return client
  return 'thunderbird'
}

export type LeaveOnServerRisk = 'only-here' | 'unknown' | 'copies-on-server'

export function leaveOnServerRisk(account: MailAccount): LeaveOnServerRisk {
  if (account.pop3 === undefined) return 'unknown'
  return account.pop3.leaveOnServer ? 'copies-on-server' : 'only-here'
}

export interface LeaveOnServerWarning {
  risk: LeaveOnServerRisk
  /** 'danger' = mail exists only here; shown as an alert that cannot be missed. */
  level: 'danger' | 'warning' | 'info'
  title: string
  text: string
}

export function leaveOnServerWarning(account: MailAccount): LeaveOnServerWarning {
  const risk = leaveOnServerRisk(account)
  if (risk === 'only-here') return { risk, level: 'danger', ...popText.onlyHere }
  if (risk === 'unknown') return { risk, level: 'warning', ...popText.unknown }
  return { risk, level: 'info', ...popText.copiesOnServer }
}

export function isPop3(account: MailAccount): boolean {
  return account.incoming.protocol === 'pop3'
}

export interface StepGroup {
  title: string
  steps: string[]
}

/** What the wizard found for the new account: the steps say "type the settings from step 2" only then. */
export interface FoundSettings {
  imap: boolean
  smtp: boolean
}

// Menu paths of the current versions, checked 2026-11-30:
// - Thunderbird 128/140: ≡ > New Account > Email opens the account setup; "Configure manually"
//   asks for BOTH the incoming and the outgoing server, then Re-test and Done
//   (https://support.mozilla.org/kb/manual-account-configuration,
//   https://support.mozilla.org/kb/account-hub-thunderbird-desktop). A message's context menu
//   has "Move To" and "Copy To": Move removes the POP3 copy, Copy To keeps it (the only backup
//   while the upload is checked); folders have Copy To in their context menu too.
// - Apple Mail (macOS 13-15): Mail > Add Account > Other Mail Account…; when Mail cannot find
//   the settings it asks for Account Type, Incoming Mail Server and Outgoing Mail Server
//   (https://support.apple.com/guide/mail/add-email-accounts-mail35803/mac,
//   https://discussions.apple.com/thread/8139247); Message > Copy To copies messages.
// - Classic Outlook for Windows (Microsoft 365, 2021, 2019): File > Add Account > Advanced
//   options > "Let me set up my account manually" > Connect > IMAP asks for the incoming and
//   outgoing servers (https://support.microsoft.com/office/add-an-email-account-to-outlook-6e27792a-9267-4aa4-8bb6-c84ef146101b,
//   https://answers.microsoft.com/en-us/outlook_com/forum/all/basics-adding-email-accounts-to-outlook-desktop/f78f75ac-3079-46b4-a13d-1675c3961af9);
//   Home > Move > Copy to Folder copies messages, a folder's context menu has Copy Folder.
function addSteps(family: ClientFamily, found: FoundSettings): string[] {
  const t = popText.clientSteps
  const settings = t.typeSettings(found.imap, found.smtp)
  switch (family) {
    case 'apple-mail':
      return [t.apple.open, t.apple.identity, `${t.apple.serverDetails} ${settings}`, t.apple.wait]
    case 'thunderbird':
      return [t.thunderbird.open, t.thunderbird.identity, `${t.thunderbird.manual} ${settings} ${t.thunderbird.retest}`, t.thunderbird.wait]
    case 'outlook':
      return [t.outlook.open, t.outlook.manual, `${t.outlook.imap} ${settings}`, t.outlook.wait]
  }
}

const COPY: Record<ClientFamily, string[]> = {
  'apple-mail': [
    'Open the old POP3 account’s Inbox (and any mailbox under “On My Mac”).',
    'Select the messages (Command-A selects all).',
    'Choose Message > Copy To and pick the new IMAP account’s Inbox. Copy, not Move: the POP3 account keeps its copy until you have checked.',
    'Do the same for Sent and every other mailbox you want to keep.',
    'Wait until Mail has finished uploading, then check the mail in your provider’s webmail.',
  ],
  thunderbird: [
    'Open the old POP3 account’s Inbox (or Local Folders).',
    'Select the messages (Ctrl-A, or Command-A on a Mac, selects all).',
    'Right-click > Copy To > the new IMAP account > Inbox. Copy To, not Move To: Move To would remove them from the POP3 account, which is your backup.',
    'For whole folders (Sent and your own): right-click the folder > Copy To > the new IMAP account.',
    'Wait until Thunderbird has finished copying, then check the mail in your provider’s webmail.',
  ],
  outlook: [
    'Open the old POP3 account’s Inbox (it lives in an Outlook Data File, .pst).',
    'Select the messages (Ctrl-A selects all), then choose Home > Move > Copy to Folder and pick the IMAP account’s Inbox.',
    'Copy Sent Items and your own folders the same way (right-click a folder > Copy Folder).',
    'Wait until Outlook shows “All folders are up to date”, then check the mail in your provider’s webmail.',
  ],
}

const REMOVE: Record<ClientFamily, string[]> = {
  'apple-mail': [
    'Only when the webmail shows all your copied mail: open Mail > Settings > Accounts.',
    'Select the old POP3 account and untick “Enable this account”. Keep it switched off for a few weeks as a backup before removing it.',
  ],
  thunderbird: [
    'Only when the webmail shows all your copied mail: open ≡ > Account Settings and select the old POP3 account.',
    'Choose Account Actions > Remove Account, and leave “Remove message data” unticked so the POP3 copy stays on this computer.',
  ],
  outlook: [
    'Only when the webmail shows all your copied mail: choose File > Account Settings > Account Settings.',
    'Select the old POP3 account and click Remove. Keep its .pst file: it is your backup.',
  ],
}

/** The three groups of steps for one client: add as IMAP, copy local mail, remove POP3. */
export function moveSteps(client: MailClient, found: FoundSettings = { imap: true, smtp: true }): StepGroup[] {
  const family = clientFamily(client)
  return [
    { title: popText.groups.add, steps: addSteps(family, found) },
    { title: popText.groups.move, steps: [...COPY[family]] },
    { title: popText.groups.remove, steps: [...REMOVE[family]] },
  ]
}

/** The wizard's screens in order; the last hands over to the CRM wizard. */
export const POP_STEPS = ['why', 'imap-settings', 'leave-on-server', 'client-steps', 'test'] as const
export type PopStep = (typeof POP_STEPS)[number]

export function nextPopStep(step: PopStep): PopStep | 'crm' {
  const i = POP_STEPS.indexOf(step)
  return POP_STEPS[i + 1] ?? 'crm'
}

export function previousPopStep(step: PopStep): PopStep | null {
  const i = POP_STEPS.indexOf(step)
  return i > 0 ? (POP_STEPS[i - 1] ?? null) : null
}
