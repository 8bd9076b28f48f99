// Hand-broken input, generated: whatever the bytes, the parsers answer or throw their own
// clear error; they never crash with a RangeError, loop, or allocate without bound.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBinaryPlist, PlistError } from '../../../../src/sources/apple-mail/bplist.js'
import { unarchiveKeyed } from '../../../../src/sources/apple-mail/keyed-archive.js'
import { applyWal } from '../../../../src/sources/apple-mail/sqlite-wal.js'
import { firstAddress } from '../../../../src/sources/apple-mail/mail-values.js'
import { Uid, writeBinaryPlist, writeKeyedArchive } from '../../../helpers/bplist-writer.js'

const sample = writeKeyedArchive({ Hostname: 'imap.example.com', PortNumber: 993, Aliases: ['a@example.com', 'b@example.com'], SSL: true })

function mutate(bytes: Uint8Array, edits: [number, number][], cut: number): Uint8Array {
  const out = bytes.slice(0, Math.max(0, bytes.length - cut))
  for (const [at, value] of edits) if (out.length) out[at % out.length] = value
  return out
}

describe('hostile binary plists and archives', () => {
  it('mutated or truncated archives end in a result or a PlistError, nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat({ max: 40 }), (edits, cut) => {
        const bytes = mutate(sample, edits, cut)
        try {
          unarchiveKeyed(bytes)
        } catch (error) {
          expect(error).toBeInstanceOf(PlistError)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('random bytes after the magic never crash the parser', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => {
        const bytes = new Uint8Array([...new TextEncoder().encode('bplist00'), ...tail])
        try {
          parseBinaryPlist(bytes)
        } catch (error) {
          expect(error).toBeInstanceOf(PlistError)
        }
      }),
      { numRuns: 500 },
    )
  })
})

/**
 * An archive whose $objects[1] is a chain of inline arrays, each holding the next one
 * twice through one shared bplist object: 2^levels paths through few bytes. The helper
 * writer never shares objects, so this one is laid out by hand (CFBinaryPList layout).
 */
function sharedArrayChain(levels: number): Uint8Array {
  const str = (t: string) => [0x50 | t.length, ...Buffer.from(t, 'latin1')]
  const objs: number[][] = [
    [0xd3, 1, 2, 3, 4, 5, 6], // {$archiver, $top, $objects}
    str('$archiver'),
    str('$top'),
    str('$objects'),
    [0x5f, 0x10, 15, ...Buffer.from('NSKeyedArchiver')],
    [0xd1, 7, 8], // {root: UID 1}
    [0xa2, 9, 10], // ['$null', chain]
    str('root'),
    [0x80, 1],
    str('$null'),
  ]
  for (let k = 0; k < levels; k++) objs.push(k === levels - 1 ? [0xa0] : [0xa2, objs.length + 1, objs.length + 1])
  const body = [...Buffer.from('bplist00')]
  const offsets = objs.map((o) => body.push(...o) - o.length)
  const tableOffset = body.length
  for (const off of offsets) body.push(off >> 8, off & 0xff)
  const trailer = new Uint8Array(32)
  trailer[6] = 2
  trailer[7] = 1
  new DataView(trailer.buffer).setBigUint64(8, BigInt(objs.length))
  new DataView(trailer.buffer).setBigUint64(24, BigInt(tableOffset))
  return Uint8Array.from([...body, ...trailer])
}

describe('archives that share one object many times over', () => {
  it('an inline array chain shared 2^60 ways ends in a PlistError, not a hang', () => {
    expect(() => unarchiveKeyed(sharedArrayChain(60))).toThrow(PlistError)
  })

  it('a chain of UID references read once each, and the address search stays bounded', () => {
    // $objects[k] = {NS.objects: [UID k+1, UID k+1]}: decoded once per object, but a naive
    // walk of the result would take 2^30 steps.
    const objects: (string | { 'NS.objects': Uid[] })[] = ['$null']
    for (let k = 1; k <= 30; k++) objects.push({ 'NS.objects': [new Uid(k + 1), new Uid(k + 1)] })
    objects.push('no address here')
    const bytes = writeBinaryPlist({ $archiver: 'NSKeyedArchiver', $top: { root: new Uid(1) }, $objects: objects })
    const value = unarchiveKeyed(bytes)
    expect(Array.isArray(value)).toBe(true)
    expect(firstAddress(value)).toBeNull()
    expect(firstAddress(['x', ['y', ['jane@example.com']]])).toBe('jane@example.com')
  })
})

describe('hostile write-ahead logs', () => {
  it('random -wal bytes leave the database image as it was', () => {
    const db = new Uint8Array(4096)
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (wal) => {
        const { image, framesApplied } = applyWal(db, wal)
        expect(framesApplied).toBe(0)
        expect(image.length).toBe(db.length)
      }),
      { numRuns: 200 },
    )
  })
})
