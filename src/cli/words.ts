// The words the terminal uses for the model's values: one place for every command.
import type { Auth, Protocol, Security } from '../model.js'

export const SECURITY_WORDS: Record<Security, string> = {
  tls: 'SSL/TLS (encrypted from the start)',
  starttls: 'STARTTLS (encrypted after connecting)',
  none: 'None (not encrypted)',
}

export const AUTH_WORDS: Record<Auth, string> = {
  password: 'Normal password',
  'password-encrypted': 'Encrypted password (CRAM-MD5)',
  oauth2: "Provider's web sign-in (OAuth2)",
  ntlm: 'Windows sign-in (NTLM)',
  gssapi: 'Kerberos (GSSAPI)',
  'client-certificate': 'TLS certificate',
  none: 'No sign-in',
  unknown: 'Unknown',
}

export const PROTOCOL_WORDS: Record<Protocol, string> = {
  imap: 'IMAP',
  pop3: 'POP3',
  smtp: 'SMTP',
  exchange: 'Exchange',
  ews: 'Exchange Web Services',
  graph: 'Microsoft Graph',
  nntp: 'Newsgroups (NNTP)',
  unknown: 'unknown protocol',
}
