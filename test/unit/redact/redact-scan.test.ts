// scan --redact on what the Thunderbird reader really produces (the masking basics are in
// redact.test.ts).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MailAccount, ScanResult } from '../../../src/model.js'
import { maskEmail } from '../../../src/redact/mask-identities.js'
import { redactAccount, redactScan } from '../../../src/redact/redact-scan.js'
import { readThunderbirdProfiles } from '../../../src/sources/thunderbird/reader.js'
import { SAMPLE_HOME } from '../../../src/cli/scan.js'

function privateValues(result: ScanResult): string[] {
  return result.accounts.flatMap((a) => [a.email, a.incoming.username, a.outgoing?.username].filter((v): v is string => !!v))
}

describe('redactScan on a Thunderbird scan', () => {
  it('leaves no address or username of the sample home readable, but keeps hosts, ports and ids', async () => {
    const scan = await readThunderbirdProfiles(SAMPLE_HOME)
    const redacted = redactScan(scan)
    const text = JSON.stringify(redacted)
    for (const value of privateValues(scan)) expect(text).not.toContain(value)
    expect(redacted.accounts.map((a) => [a.id, a.incoming.host, a.incoming.port, a.outgoing?.host, a.outgoing?.port])).toEqual(
      scan.accounts.map((a) => [a.id, a.incoming.host, a.incoming.port, a.outgoing?.host, a.outgoing?.port]),
    )
    expect(redacted.accounts.find((a) => a.incoming.host === 'pop.gmx.com')?.email).toBe('d***@gmx.com')
  })

  it('masks the home folder name in source locations', () => {
    const scan: ScanResult = {
      accounts: [],
      sources: [
        { client: 'thunderbird', location: '/Users/dana/Library/Thunderbird/Profiles/x.default', status: 'not-found', accounts: 0, message: [{ code: 'notes:file.notFound', params: { what: 'notes:file.what.profileFolder' } }] },
      ],
    }
    expect(redactScan(scan).sources[0]!.location).toBe('/Users/d***/Library/Thunderbird/Profiles/x.default')
  })

  it('never leaves an address readable, whatever it looks like', () => {
    const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{1,20}$/)
    fc.assert(
      fc.property(local, local, (a, b) => {
        const email = `${a}@mail.example`
        const account: MailAccount = {
          id: 'x',
          client: 'thunderbird',
          profile: '.thunderbird/p.default',
          name: `${email} (work)`,
          email,
          incoming: { protocol: 'imap', host: 'imap.mail.example', port: 993, security: 'tls', username: b, auth: 'password' },
          outgoing: null,
          provider: null,
          warnings: [{ code: 'notes:thunderbird.skippedMissingServer', params: { account: b, server: email } }],
        }
        const redacted = redactAccount(account)
        const out = JSON.stringify(redacted)
        expect(out).not.toContain(email)
        expect(out).toContain('imap.mail.example')
        expect(redacted.email).toBe(maskEmail(email))
      }),
      { numRuns: 200 },
    )
  })
})
