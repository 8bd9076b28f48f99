import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { unarchiveKeyed } from '../../../../src/sources/apple-mail/keyed-archive.js'
import { Uid, writeBinaryPlist, writeKeyedArchive } from '../../../helpers/bplist-writer.js'

describe('unarchiveKeyed', () => {
  it('decodes the real FullUserName blob to "This Is DFIR"', () => {
    const bytes = readFileSync(new URL('../../../fixtures/apple-mail/derived_ZVALUE_FullUserName.bplist', import.meta.url))
    expect(unarchiveKeyed(new Uint8Array(bytes))).toBe('This Is DFIR')
  })

  it('follows UID references through NS.keys/NS.objects dictionaries and NS.objects arrays', () => {
    const value = { EmailAliases: [{ EmailAddress: 'jane@example.com' }, { EmailAddress: 'j@example.com' }], PortNumber: 993, SSLEnabled: true }
    expect(unarchiveKeyed(writeKeyedArchive(value))).toEqual(value)
  })

  it('decodes NS.string objects and turns $null into null', () => {
    const archive = (root: number) =>
      writeBinaryPlist({
        $archiver: 'NSKeyedArchiver',
        $version: 100000,
        $top: { root: new Uid(root) },
        $objects: ['$null', { 'NS.string': 'mail.example.com', $class: new Uid(2) }, { $classname: 'NSMutableString', $classes: ['NSMutableString', 'NSString', 'NSObject'] }],
      })
    expect(unarchiveKeyed(archive(1))).toBe('mail.example.com')
    expect(unarchiveKeyed(archive(0))).toBeNull()
    expect(() => unarchiveKeyed(archive(9))).toThrow(/outside \$objects/)
  })

  it('says clearly when a blob is not an archive', () => {
    expect(() => unarchiveKeyed(writeBinaryPlist({ just: 'a dict' }))).toThrow(/not an NSKeyedArchiver archive/)
  })
})
