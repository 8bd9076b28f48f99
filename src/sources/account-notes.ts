// Notes every reader adds to an account in the same words (the Thunderbird reader writes
// the same texts): POP3 cannot be synced by a CRM, OAuth2 leaves no password to copy, and
// an unencrypted connection exposes the password.
import type { MailAccount } from '../model.js'

/**
 * Is this one of the notes above? The accounts screen shows the guidance core's answer for
 * these instead (InspectorApi.guidance), so each is said once and in the same words everywhere.
 */
export function isCommonNote(warning: string): boolean {
  return (
    warning.startsWith('This is a POP3 account:') ||
    warning.startsWith("This account signs in through the provider's web page") ||
    warning.startsWith('A connection of this account is not encrypted')
  )
}

export function addCommonNotes(account: MailAccount): MailAccount {
  const { incoming, outgoing, warnings } = account
  if (incoming.protocol === 'pop3') {
    const leave = account.pop3?.leaveOnServer ?? false
    warnings.unshift(
      'This is a POP3 account: a CRM cannot sync POP3. Move it to IMAP to connect it.' +
        (leave ? '' : ' Mail is deleted from the server after download, so older mail is only on this computer.'),
    )
  }
  if (incoming.auth === 'oauth2' || outgoing?.auth === 'oauth2') {
    warnings.push(
      "This account signs in through the provider's web page (OAuth2), so no password is stored to copy; the CRM will ask you to sign in with the provider.",
    )
  }
  if ((incoming.host && incoming.security === 'none') || (outgoing?.host && outgoing.security === 'none')) {
    warnings.push('A connection of this account is not encrypted: the password would travel readable on the network.')
  }
  return account
}
