// The "Move this POP3 account to IMAP" wizard's logic: the leave-on-server check and the
// steps for the user's own mail client. No client can switch an account from POP3 to IMAP
// in place; every one of them needs the account added again as IMAP, then the mail moved.
import type { MailAccount, MailClient } from '../../../src/model.js'
import { t } from '../../../src/i18n/i18n.js'

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
  if (risk === 'only-here') return { risk, level: 'danger', title: t('ui-pop:onlyHere.title'), text: t('ui-pop:onlyHere.text') }
  if (risk === 'unknown') return { risk, level: 'warning', title: t('ui-pop:unknown.title'), text: t('ui-pop:unknown.text') }
  return { risk, level: 'info', title: t('ui-pop:copiesOnServer.title'), text: t('ui-pop:copiesOnServer.text') }
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

// Menu paths of the current versions, checked 2026-11-30 (each language's names and where they
// were checked: docs/i18n.md, "Menu names and where they were checked"):
// - Thunderbird 140 ESR to 156: a second account is set up in the Account Hub (on by default for
//   second accounts since 140, the old account setup tab removed in 152). ≡ > Add Account >
//   Email ("New Account" before 152), or File > New > Email Account…; Full name and Email
//   address, Continue; "Edit configuration" under the settings found opens the incoming and the
//   outgoing server (both asked for); Continue (Connect in the manual form of 155+), the
//   password, Finish (comm-central mail/locales/en-US/messenger/accountcreation/accountHub.ftl,
//   mail/components/accountcreation/views/email.mjs at cf9726f5, 2026-08-22). A message's and a
//   folder's context menu have "Move To" and "Copy To" (messenger.ftl): Move removes the POP3
//   copy, Copy To keeps it (the only backup while the upload is checked). Removing: Account
//   Settings > the account > Delete (a button at the top of its page since 131, accountSettings.ftl),
//   then the "Remove Account and Data" window, whose "Remove message data" box starts unticked up
//   to 154 and ticked from 155 (removeAccount.xhtml): the step says to make sure it is unticked,
//   so the POP3 mail stays on disk.
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
  const settings = found.imap
    ? t(found.smtp ? 'ui-pop:clientSteps.typeSettings.imapAndSmtp' : 'ui-pop:clientSteps.typeSettings.imapOnly')
    : t('ui-pop:clientSteps.typeSettings.none')
  // Each step is whole sentences; the settings sentence follows the client's own.
  switch (family) {
    case 'apple-mail':
      return [t('ui-pop:clientSteps.apple.open'), t('ui-pop:clientSteps.apple.identity'), `${t('ui-pop:clientSteps.apple.serverDetails')} ${settings}`, t('ui-pop:clientSteps.apple.wait')]
    case 'thunderbird':
      return [
        t('ui-pop:clientSteps.thunderbird.open'),
        t('ui-pop:clientSteps.thunderbird.identity'),
        `${t('ui-pop:clientSteps.thunderbird.manual')} ${settings} ${t('ui-pop:clientSteps.thunderbird.retest')}`,
        t('ui-pop:clientSteps.thunderbird.wait'),
      ]
    case 'outlook':
      return [t('ui-pop:clientSteps.outlook.open'), t('ui-pop:clientSteps.outlook.manual'), `${t('ui-pop:clientSteps.outlook.imap')} ${settings}`, t('ui-pop:clientSteps.outlook.wait')]
  }
}

function copySteps(family: ClientFamily): string[] {
  switch (family) {
    case 'apple-mail':
      return [
        t('ui-pop:copySteps.apple.openInbox'),
        t('ui-pop:copySteps.apple.selectAll'),
        t('ui-pop:copySteps.apple.copyTo'),
        t('ui-pop:copySteps.apple.sameForOthers'),
        t('ui-pop:copySteps.apple.waitAndCheck'),
      ]
    case 'thunderbird':
      return [
        t('ui-pop:copySteps.thunderbird.openInbox'),
        t('ui-pop:copySteps.thunderbird.selectAll'),
        t('ui-pop:copySteps.thunderbird.copyTo'),
        t('ui-pop:copySteps.thunderbird.copyFolders'),
        t('ui-pop:copySteps.thunderbird.waitAndCheck'),
      ]
    case 'outlook':
      return [
        t('ui-pop:copySteps.outlook.openInbox'),
        t('ui-pop:copySteps.outlook.selectAndCopy'),
        t('ui-pop:copySteps.outlook.copyFolders'),
        t('ui-pop:copySteps.outlook.waitAndCheck'),
      ]
  }
}

function removeSteps(family: ClientFamily): string[] {
  switch (family) {
    case 'apple-mail':
      return [t('ui-pop:removeSteps.apple.openSettings'), t('ui-pop:removeSteps.apple.switchOff')]
    case 'thunderbird':
      return [t('ui-pop:removeSteps.thunderbird.openSettings'), t('ui-pop:removeSteps.thunderbird.remove')]
    case 'outlook':
      return [t('ui-pop:removeSteps.outlook.openSettings'), t('ui-pop:removeSteps.outlook.remove')]
  }
}

/** The three groups of steps for one client: add as IMAP, copy local mail, remove POP3. */
export function moveSteps(client: MailClient, found: FoundSettings = { imap: true, smtp: true }): StepGroup[] {
  const family = clientFamily(client)
  return [
    { title: t('ui-pop:groups.add'), steps: addSteps(family, found) },
    { title: t('ui-pop:groups.move'), steps: copySteps(family) },
    { title: t('ui-pop:groups.remove'), steps: removeSteps(family) },
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
