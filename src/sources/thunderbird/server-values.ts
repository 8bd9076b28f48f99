// Thunderbird's numeric server settings in the model's words.
// Tables: nsMsgSocketType and nsMsgAuthMethod in mailnews/base/public/MailNewsTypes2.idl.
import type { Auth, Protocol, Security } from '../../model.js'

/** nsMsgSocketType: 0 plain, 2 alwaysSTARTTLS, 3 SSL; 1 was "trySTARTTLS" (pre-TB 91). */
export function securityFromSocketType(socketType: number): Security | null {
  switch (socketType) {
    case 0:
      return 'none'
    case 1:
    case 2:
      return 'starttls'
    case 3:
      return 'tls'
    default:
      return null
  }
}

/** nsMsgAuthMethod (0 is "intentionally undefined and invalid"). */
export function authFromAuthMethod(authMethod: number): Auth {
  switch (authMethod) {
    case 1:
      return 'none' // no login needed, e.g. IP-address based
    case 2: // "old": USER/PASS or LOGIN without AUTH
    case 3: // passwordCleartext
    case 9: // anything: whatever the server offers
      return 'password'
    case 4: // passwordEncrypted: CRAM-MD5, DIGEST-MD5
    case 8: // secure (deprecated, migrated to passwordEncrypted)
      return 'password-encrypted'
    case 5:
      return 'gssapi'
    case 6:
      return 'ntlm'
    case 7:
      return 'client-certificate' // AUTH EXTERNAL
    case 10:
      return 'oauth2'
    default:
      return 'unknown'
  }
}

/** mail.server.<k>.type values that are mail accounts, in the model's protocol words. */
export function protocolFromServerType(type: string): Protocol {
  switch (type.toLowerCase()) {
    case 'imap':
      return 'imap'
    case 'pop3':
      return 'pop3'
    case 'nntp':
      return 'nntp'
    case 'ews':
      return 'ews'
    case 'graph':
      return 'graph'
    default:
      return 'unknown'
  }
}

/** Server types that hold no mailbox a CRM could connect to. */
export const NON_MAIL_SERVER_TYPES: ReadonlySet<string> = new Set(['none', 'rss', 'im'])

/**
 * Default ports (nsIMsgProtocolInfo.getDefaultServerPort, and SmtpClient for SMTP):
 * IMAP 143/993, POP3 110/995, NNTP 119/563, SMTP 587/465; EWS/Graph speak HTTPS.
 */
export function defaultPort(protocol: Protocol, security: Security | null): number | null {
  const tls = security === 'tls'
  switch (protocol) {
    case 'imap':
      return tls ? 993 : 143
    case 'pop3':
      return tls ? 995 : 110
    case 'nntp':
      return tls ? 563 : 119
    case 'smtp':
      return tls ? 465 : 587
    case 'ews':
    case 'graph':
      return 443
    default:
      return null
  }
}
