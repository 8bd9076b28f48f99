import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseBinaryPlist, PlistError, PlistUid } from '../../../../src/sources/apple-mail/bplist.js'
import { Uid, writeBinaryPlist } from '../../../helpers/bplist-writer.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/apple-mail/${name}`, import.meta.url)))

describe('parseBinaryPlist', () => {
  it('reads the real ZVALUE blob from an Accounts store', () => {
    const root = parseBinaryPlist(fixture('derived_ZVALUE_FullUserName.bplist')) as Record<string, unknown>
    expect(root.$archiver).toBe('NSKeyedArchiver')
    expect(root.$objects).toEqual(['$null', 'This Is DFIR'])
    expect(root.$top).toEqual({ root: new PlistUid(1) })
  })

  it('reads every object type the writer produces, including UTF-16 text and large ints', () => {
    const value = {
      text: 'plain',
      accented: 'Zürich ✓',
      int: 993,
      big: 2 ** 40,
      negative: -5,
      real: 1.5,
      yes: true,
      no: false,
      data: Uint8Array.from([1, 2, 3]),
      list: ['a', 1, [2]],
      uid: new Uid(7),
      long: 'x'.repeat(300),
    }
    const parsed = parseBinaryPlist(writeBinaryPlist(value)) as Record<string, unknown>
    expect(parsed).toMatchObject({ text: 'plain', accented: 'Zürich ✓', int: 993, big: 2 ** 40, negative: -5, real: 1.5, yes: true, no: false, list: ['a', 1, [2]], long: 'x'.repeat(300) })
    expect(parsed.data).toEqual(Uint8Array.from([1, 2, 3]))
    expect(parsed.uid).toEqual(new PlistUid(7))
  })

  it('rejects a huge object count without allocating for it', () => {
    const bytes = writeBinaryPlist({ a: 'b' })
    new DataView(bytes.buffer).setBigUint64(bytes.length - 24, 0xffffffffffn) // numObjects
    expect(() => parseBinaryPlist(bytes)).toThrow(/claims \d+ objects/)
  })

  it('rejects a huge string length that runs past the end of the file', () => {
    // 0x5F = ASCII string with a following int length; 0x13 = 8-byte int.
    const bytes = writeBinaryPlist(['x'.repeat(20)])
    const at = bytes.indexOf(0x5f)
    bytes.set([0x5f, 0x13, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], at)
    expect(() => parseBinaryPlist(bytes)).toThrow(PlistError)
  })

  it('rejects truncated files, offsets out of range, cycles and non-plists', () => {
    const good = writeBinaryPlist({ a: [1, 2, 3] })
    expect(() => parseBinaryPlist(good.subarray(0, 20))).toThrow(PlistError)
    expect(() => parseBinaryPlist(good.subarray(0, good.length - 5))).toThrow(PlistError)
    expect(() => parseBinaryPlist(new TextEncoder().encode('<?xml version="1.0"?>'))).toThrow(/bplist00/)

    const badOffset = good.slice()
    const tableOffset = Number(new DataView(badOffset.buffer).getBigUint64(badOffset.length - 8))
    new DataView(badOffset.buffer).setUint32(tableOffset, 0xfffffff0)
    expect(() => parseBinaryPlist(badOffset)).toThrow(/out of range/)

    // An array whose only element is itself.
    const cyclic = writeBinaryPlist([0])
    const arrayAt = cyclic.indexOf(0xa1)
    cyclic[arrayAt + 2] = 0 // ref -> object 0 (the array)
    expect(() => parseBinaryPlist(cyclic)).toThrow(/cycle/)
  })
})
