import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PlistError } from '../../../../src/sources/apple-mail/bplist.js'
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

  it('stops at a UID cycle and at a very long UID chain with a PlistError, not a stack overflow', () => {
    const archive = (objects: unknown[]) =>
      writeBinaryPlist({ $archiver: 'NSKeyedArchiver', $top: { root: new Uid(1) }, $objects: objects as never })
    // $objects[1] is an array that holds itself; [1] -> [2] -> [1] through a dictionary.
    expect(() => unarchiveKeyed(archive(['$null', { 'NS.objects': [new Uid(1)] }]))).toThrow(PlistError)
    expect(() => unarchiveKeyed(archive(['$null', { 'NS.keys': [new Uid(3)], 'NS.objects': [new Uid(2)] }, { 'NS.objects': [new Uid(1)] }, 'k']))).toThrow(
      /cycle/,
    )
    const chain: unknown[] = ['$null']
    for (let k = 1; k < 5000; k++) chain.push({ 'NS.objects': [new Uid(k + 1)] })
    chain.push('end')
    expect(() => unarchiveKeyed(archive(chain))).toThrow(/nested too deeply/)
  })

  it('says clearly when a blob is not an archive', () => {
    expect(() => unarchiveKeyed(writeBinaryPlist({ just: 'a dict' }))).toThrow(/not an NSKeyedArchiver archive/)
  })
})
