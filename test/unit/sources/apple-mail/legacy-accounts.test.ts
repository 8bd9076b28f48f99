import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { legacyPlistToMailAccounts } from '../../../../src/sources/apple-mail/legacy-accounts.js'
import { parsePlistBytes } from '../../../../src/sources/apple-mail/plist-file.js'
import { writeBinaryPlist, type WritableValue } from '../../../helpers/bplist-writer.js'
import { said, saidEach } from '../../../helpers/said.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/apple-mail/${name}`, import.meta.url)))

describe('Accounts.plist (10.7-10.10) and com.apple.mail.plist (10.6)', () => {
  it('reads IMAP and POP accounts with string values, joined to DeliveryAccounts by "host:user"', () => {
    const { accounts, problems } = legacyPlistToMailAccounts(parsePlistBytes(fixture('Accounts-V2.plist')), 'Mail V2')
    expect(problems).toEqual([])
    expect(accounts.map((a) => a.name)).toEqual(['Work', 'Home ISP', 'iCloud', 'Office Exchange']) // LocalAccount skipped
    const work = accounts[0]!
    expect(work.incoming).toEqual({ protocol: 'imap', host: 'mail.example.com', port: 993, security: 'tls', username: 'jane@example.com', auth: 'password' })
    expect(work.outgoing).toEqual({ protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls', username: 'jane@example.com', auth: 'password' })
    const pop = accounts[1]!
    expect(pop.incoming).toMatchObject({ protocol: 'pop3', port: 110, security: 'none', username: 'jsmith' })
    expect(pop.outgoing).toMatchObject({ host: 'smtp.isp.example', port: 25, auth: 'none' })
    expect(pop.pop3).toEqual({ leaveOnServer: true })
    expect(accounts[2]!.incoming).toMatchObject({ host: 'imap.mail.me.com', port: 993 })
    expect(accounts[3]!.incoming).toMatchObject({ protocol: 'ews', host: null })
  })

  it('gives the same accounts from the binary form of the same plist', () => {
    const xml = parsePlistBytes(fixture('Accounts-V2.plist'))
    const binary = parsePlistBytes(writeBinaryPlist(xml as WritableValue))
    expect(legacyPlistToMailAccounts(binary, 'Mail V2')).toEqual(legacyPlistToMailAccounts(xml, 'Mail V2'))
  })

  it('reads a 10.6 plist with a UTF-8 BOM and native numbers and booleans, and names an unknown AccountType', () => {
    const { accounts, problems } = legacyPlistToMailAccounts(parsePlistBytes(fixture('com.apple.mail-10.6.plist')), 'prefs')
    expect(accounts).toHaveLength(1)
    expect(accounts[0]!.incoming).toMatchObject({ protocol: 'pop3', host: 'pop.oldisp.example', port: 995, security: 'tls' })
    expect(accounts[0]!.outgoing).toMatchObject({ host: 'smtp.oldisp.example', port: 465, security: 'tls', auth: 'password-encrypted' })
    expect(accounts[0]!.pop3).toEqual({ leaveOnServer: false })
    expect(said(accounts[0]!.warnings)).toMatch(/30 days after downloading/)
    expect(said(problems)).toMatch(/Newsfeeds.*FancyFutureAccount/)
    // No uniqueId in this era: the id is a digest, so it never carries the username.
    expect(accounts[0]!.id).toMatch(/^apple-mail:prefs:[0-9a-f]{16}$/)
    expect(legacyPlistToMailAccounts(parsePlistBytes(fixture('com.apple.mail-10.6.plist')), 'prefs').accounts[0]!.id).toBe(accounts[0]!.id)
  })

  it('keeps going when values have the wrong types', () => {
    const root = {
      MailAccounts: [
        'not a dict',
        { AccountType: 'IMAPAccount', AccountName: 'Odd', Hostname: 'imap.odd.example', PortNumber: { nested: true }, SSLEnabled: 'YES', Username: ['x'] },
      ],
      DeliveryAccounts: 'oops',
    }
    const { accounts, problems } = legacyPlistToMailAccounts(root, 'p')
    expect(accounts).toHaveLength(1)
    expect(accounts[0]!.incoming).toMatchObject({ host: 'imap.odd.example', port: 993, security: 'tls', username: null })
    expect(said(accounts[0]!.warnings)).toMatch(/PortNumber has an unexpected type/)
    expect(said(problems)).toMatch(/Account 1 is not a settings dictionary/)
    expect(said(problems)).toMatch(/DeliveryAccounts is not a list/)
    expect(saidEach(legacyPlistToMailAccounts({ MailAccounts: 'x' }, 'p').problems)).toEqual(['MailAccounts is not a list; no accounts could be read.'])
    expect(saidEach(legacyPlistToMailAccounts(['top', 'level', 'array'], 'p').problems)).toEqual(['The file is not a settings dictionary.'])
  })

  it('rejects text that is not a property list', () => {
    expect(() => parsePlistBytes(new TextEncoder().encode('hello'))).toThrow(/not a property list/)
  })
})
