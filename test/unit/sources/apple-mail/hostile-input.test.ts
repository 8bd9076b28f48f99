// Hand-broken input, generated: whatever the bytes, the parsers answer or throw their own
// clear error; they never crash with a RangeError, loop, or allocate without bound.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBinaryPlist, PlistError } from '../../../../src/sources/apple-mail/bplist.js'
import { unarchiveKeyed } from '../../../../src/sources/apple-mail/keyed-archive.js'
import { applyWal } from '../../../../src/sources/apple-mail/sqlite-wal.js'
import { writeKeyedArchive } from '../../../helpers/bplist-writer.js'

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
