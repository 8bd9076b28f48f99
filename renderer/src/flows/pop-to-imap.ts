// The "Move this POP3 account to IMAP" wizard's logic: the leave-on-server check and the
// steps for the user's own mail client. No client can switch an account from POP3 to IMAP
// in place; every one of them needs the account added again as IMAP, then the mail moved.
import type { LookupResult, MailAccount, MailClient, ServerSettings } from '../../../src/model.js'
import { popText } from '../text/flows.js'
import { bestServer } from './crm-fields.js'

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

/** The provider's IMAP server for a POP3 account, with the account's own username. */
export function imapSettingsForPop(account: MailAccount, lookup: LookupResult | null): ServerSettings | null {
  const imap = lookup ? bestServer(lookup.incoming, 'imap') : null
  if (!imap) return null
  return { ...imap, username: account.incoming.username ?? imap.username ?? account.email }
}

export interface StepGroup {
  title: string
  steps: string[]
}

// Menu paths: Apple Mail (Mail > Add Account, Message > Move To), Thunderbird (Account
// Settings > Account Actions), classic Outlook (File > Add Account > Advanced options).
const ADD: Record<ClientFamily, string[]> = {
  'apple-mail': [
    'In Mail, choose Mail > Add Account, pick “Other Mail Account…”, then Continue.',
    'Type your name, email address and password, then click Sign In.',
    'When Mail asks for server details, choose Account Type IMAP and type the IMAP settings from step 2 (also listed below).',
    'Wait until the new account’s Inbox appears in the sidebar.',
  ],
  thunderbird: [
    'Open the ≡ menu > Account Settings > Account Actions > Add Mail Account.',
    'Type your name, email address and password, then click “Configure manually”.',
    'Choose IMAP for incoming mail and type the IMAP settings from step 2 (also listed below). Click Re-test, then Done.',
    'Wait until the new account and its Inbox appear in the folder pane.',
  ],
  outlook: [
    'In Outlook, choose File > Add Account.',
    'Type your email address, click “Advanced options”, tick “Let me set up my account manually”, then Connect.',
    'Choose IMAP and type the IMAP settings from step 2 (also listed below), then your password.',
    'Wait until the new account appears in the folder pane.',
  ],
}

const MOVE: Record<ClientFamily, string[]> = {
  'apple-mail': [
    'Open the old POP3 account’s Inbox (and any mailbox under “On My Mac”).',
    'Select the messages (Command-A selects all).',
    'Choose Message > Move To and pick the new IMAP account’s Inbox, or drag them onto it.',
    'Do the same for Sent and every other mailbox you want to keep.',
    'Wait until Mail has finished uploading, then check the mail in your provider’s webmail.',
  ],
  thunderbird: [
    'Open the old POP3 account’s Inbox (or Local Folders).',
    'Select the messages (Ctrl-A or Command-A selects all).',
    'Right-click > Move To > the new IMAP account > Inbox. Drag whole folders onto the IMAP account.',
    'Do the same for Sent and every other folder you want to keep.',
    'Wait until Thunderbird has finished copying, then check the mail in your provider’s webmail.',
  ],
  outlook: [
    'Open the old POP3 account’s Inbox (it lives in an Outlook Data File, .pst).',
    'Select the messages (Ctrl-A selects all), right-click > Move > Other Folder, and pick the IMAP account’s Inbox.',
    'Move Sent Items and your own folders the same way (right-click a folder > Move Folder).',
    'Wait until Outlook shows “All folders are up to date”, then check the mail in your provider’s webmail.',
  ],
}

const REMOVE: Record<ClientFamily, string[]> = {
  'apple-mail': [
    'Only when the webmail shows all your moved mail: open Mail > Settings > Accounts.',
    'Select the old POP3 account and untick “Enable this account”. Keep it switched off for a few weeks as a backup before removing it.',
  ],
  thunderbird: [
    'Only when the webmail shows all your moved mail: open Account Settings and select the old POP3 account.',
    'Choose Account Actions > Remove Account, and leave “Remove message data” unticked so a copy stays on this computer.',
  ],
  outlook: [
    'Only when the webmail shows all your moved mail: choose File > Account Settings > Account Settings.',
    'Select the old POP3 account and click Remove. Keep its .pst file: it is your backup.',
  ],
}

/** The three groups of steps for one client: add as IMAP, move local mail, remove POP3. */
export function moveSteps(client: MailClient): StepGroup[] {
  const family = clientFamily(client)
  return [
    { title: popText.groups.add, steps: [...ADD[family]] },
    { title: popText.groups.move, steps: [...MOVE[family]] },
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
