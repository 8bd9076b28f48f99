// Words shared by every screen, in one place so they can be translated later.
import type { MailClient, Protocol, Security, Stage } from '../../../src/model.js'

export const appText = {
  name: 'Mail Settings Inspector',
  skipToContent: 'Skip to main content',
  mainNav: 'Main',
  notYetTitle: 'Not in this version yet',
  notYet: (what: string) => `${what}: this version of the app cannot do that yet.`,
  somethingWrong: 'Something went wrong',
  tryAgain: 'Try again',
  back: 'Back',
  linkNotOpened: 'Could not open your browser. Type this address into it:',
} as const

export const copyText = {
  copy: 'Copy',
  copied: 'Copied',
  copyLabel: (what: string) => `Copy ${what}`,
  copiedAnnouncement: (what: string) => `${what} copied`,
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
} as const

export const clientNames: Record<MailClient, string> = {
  thunderbird: 'Thunderbird',
  seamonkey: 'SeaMonkey',
  postbox: 'Postbox',
  'apple-mail': 'Apple Mail',
  outlook: 'Outlook',
}

/** The badge on a card: what kind of account this is. */
export function protocolBadge(protocol: Protocol): string {
  switch (protocol) {
    case 'imap':
      return 'IMAP'
    case 'pop3':
      return 'POP3'
    case 'smtp':
      return 'SMTP'
    case 'exchange':
    case 'ews':
    case 'graph':
      return 'Exchange'
    case 'nntp':
      return 'Newsgroups'
    default:
      return 'Unknown'
  }
}

/** Security in words; the technical name follows in brackets. */
export function securityInWords(security: Security | null): string {
  switch (security) {
    case 'tls':
      return 'Encrypted from the start (SSL/TLS)'
    case 'starttls':
      return 'Encrypted after connecting (STARTTLS)'
    case 'none':
      return 'Not encrypted'
    default:
      return 'Not known'
  }
}

/** Short form for a CRM's "SSL" checkbox. */
export function sslOnOff(security: Security | null): string {
  if (security === 'tls') return 'SSL on'
  if (security === 'starttls') return 'SSL off, STARTTLS on'
  if (security === 'none') return 'SSL off'
  return 'Not known'
}

export const stageNames: Record<Stage, string> = {
  dns: 'Finding the server',
  connect: 'Connecting',
  tls: 'Securing the connection',
  greeting: 'Server says hello',
  starttls: 'Switching on encryption',
  capabilities: 'Asking what the server supports',
  auth: 'Logging in',
  mailbox: 'Opening the inbox',
  logout: 'Logging out',
}
