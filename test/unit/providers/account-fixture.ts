import type { MailAccount } from '../../../src/model.js'

/** A minimal account as a reader produces it; tests override what matters. */
export function account(over: Partial<MailAccount> & { email: string | null }): MailAccount {
  return {
    id: 'a1',
    client: 'thunderbird',
    profile: 'default',
    name: 'Work',
    incoming: { protocol: 'imap', host: null, port: null, security: 'tls', username: null, auth: 'password' },
    outgoing: null,
    provider: null,
    warnings: [],
    ...over,
  }
}
