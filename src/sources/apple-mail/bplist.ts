// A bounded parser for Apple binary property lists ("bplist00").
// Format: CoreFoundation CFBinaryPList.c (opensource.apple.com): an 8-byte magic, objects,
// an offset table, and a 32-byte trailer (offset int size, ref size, object count, top
// object, offset table offset; all big-endian). Every count and offset is checked against
// the file size before anything is allocated, so a hostile file cannot make us allocate
// gigabytes or loop forever.
import { LIMITS } from '../limits.js'

/** A CF$UID reference, used by NSKeyedArchiver to point into `$objects`. */
export class PlistUid {
  constructor(readonly value: number) {}
}

export type PlistValue =
  | null
  | boolean
  | number
  | string
  | Date
  | Uint8Array
  | PlistUid
  | PlistValue[]
  | PlistDict

export interface PlistDict {
  [key: string]: PlistValue
}

export class PlistError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlistError'
  }
}

const MAGIC = 'bplist00'
const TRAILER = 32
const MAX_DEPTH = LIMITS.plistDepth
/** Seconds between 1970-01-01 and Apple's reference date 2001-01-01. */
const APPLE_EPOCH = 978307200

export function isBinaryPlist(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false
  return true
}

function readUInt(bytes: Uint8Array, offset: number, size: number): number {
  let value = 0
  for (let i = 0; i < size; i++) value = value * 256 + bytes[offset + i]!
  return value
}

export function parseBinaryPlist(input: Uint8Array): PlistValue {
  if (!isBinaryPlist(input)) throw new PlistError('not a binary property list (no bplist00 header)')
  if (input.length < MAGIC.length + TRAILER + 1) throw new PlistError('binary property list is truncated')
  const bytes = input
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const t = bytes.length - TRAILER
  const offsetSize = bytes[t + 6]!
  const refSize = bytes[t + 7]!
  const numObjects = readUInt(bytes, t + 8, 8)
  const topObject = readUInt(bytes, t + 16, 8)
  const tableOffset = readUInt(bytes, t + 24, 8)
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) {
    throw new PlistError('binary property list has a damaged trailer')
  }
  // Each object takes at least one byte and one offset-table entry: a count larger than
  // the file allows is a lie, rejected before any array of that size exists.
  if (numObjects < 1 || numObjects > t || tableOffset < MAGIC.length || tableOffset + numObjects * offsetSize > t) {
    throw new PlistError(`binary property list claims ${numObjects} objects, more than the file can hold`)
  }
  if (topObject >= numObjects) throw new PlistError('binary property list points outside its objects')

  const cache = new Map<number, PlistValue>()
  const inProgress = new Set<number>()

  function offsetOf(index: number): number {
    const offset = readUInt(bytes, tableOffset + index * offsetSize, offsetSize)
    if (offset < MAGIC.length || offset >= tableOffset) throw new PlistError('binary property list object offset is out of range')
    return offset
  }

  function need(offset: number, length: number): void {
    if (length < 0 || offset + length > tableOffset) throw new PlistError('binary property list object runs past the end')
  }

  /** Length nibble 0xF means "an int object follows with the real length". */
  function lengthAt(offset: number, nibble: number): { length: number; start: number } {
    if (nibble !== 0xf) return { length: nibble, start: offset + 1 }
    need(offset + 1, 1)
    const marker = bytes[offset + 1]!
    if (marker >> 4 !== 0x1) throw new PlistError('binary property list has a bad length marker')
    const size = 1 << (marker & 0xf)
    if (size > 8) throw new PlistError('binary property list has a bad length')
    need(offset + 2, size)
    return { length: readUInt(bytes, offset + 2, size), start: offset + 2 + size }
  }

  function refs(start: number, count: number): number[] {
    need(start, count * refSize)
    const out: number[] = []
    for (let i = 0; i < count; i++) {
      const ref = readUInt(bytes, start + i * refSize, refSize)
      if (ref >= numObjects) throw new PlistError('binary property list reference points outside its objects')
      out.push(ref)
    }
    return out
  }

  function parse(index: number, depth: number): PlistValue {
    const cached = cache.get(index)
    if (cached !== undefined) return cached
    if (depth > MAX_DEPTH) throw new PlistError('binary property list is nested too deeply')
    if (inProgress.has(index)) throw new PlistError('binary property list contains a cycle')
    inProgress.add(index)
    const value = parseAt(offsetOf(index), depth)
    inProgress.delete(index)
    cache.set(index, value)
    return value
  }

  function parseAt(offset: number, depth: number): PlistValue {
    need(offset, 1)
    const marker = bytes[offset]!
    const type = marker >> 4
    const nibble = marker & 0xf
    switch (type) {
      case 0x0:
        if (marker === 0x08) return false
        if (marker === 0x09) return true
        return null
      case 0x1: {
        const size = 1 << nibble
        need(offset + 1, size)
        if (size <= 4) return readUInt(bytes, offset + 1, size)
        if (size === 8) return Number(view.getBigInt64(offset + 1))
        if (size === 16) return Number(view.getBigInt64(offset + 9))
        throw new PlistError('binary property list has an integer of unknown size')
      }
      case 0x2: {
        const size = 1 << nibble
        need(offset + 1, size)
        if (size === 4) return view.getFloat32(offset + 1)
        if (size === 8) return view.getFloat64(offset + 1)
        throw new PlistError('binary property list has a real of unknown size')
      }
      case 0x3:
        need(offset + 1, 8)
        return new Date((view.getFloat64(offset + 1) + APPLE_EPOCH) * 1000)
      case 0x4: {
        const { length, start } = lengthAt(offset, nibble)
        need(start, length)
        return bytes.slice(start, start + length)
      }
      case 0x5: {
        const { length, start } = lengthAt(offset, nibble)
        need(start, length)
        return new TextDecoder('latin1').decode(bytes.subarray(start, start + length))
      }
      case 0x6: {
        const { length, start } = lengthAt(offset, nibble)
        need(start, length * 2)
        let out = ''
        for (let i = 0; i < length; i++) out += String.fromCharCode(view.getUint16(start + i * 2))
        return out
      }
      case 0x7: {
        // UTF-8 string (newer plists); the length counts bytes.
        const { length, start } = lengthAt(offset, nibble)
        need(start, length)
        return new TextDecoder('utf-8').decode(bytes.subarray(start, start + length))
      }
      case 0x8: {
        need(offset + 1, nibble + 1)
        return new PlistUid(readUInt(bytes, offset + 1, nibble + 1))
      }
      case 0xa:
      case 0xc: {
        const { length, start } = lengthAt(offset, nibble)
        return refs(start, length).map((ref) => parse(ref, depth + 1))
      }
      case 0xd: {
        const { length, start } = lengthAt(offset, nibble)
        const keys = refs(start, length)
        const values = refs(start + length * refSize, length)
        const dict: PlistDict = Object.create(null) as PlistDict
        keys.forEach((keyRef, i) => {
          const key = parse(keyRef, depth + 1)
          if (typeof key !== 'string') throw new PlistError('binary property list has a dictionary key that is not text')
          dict[key] = parse(values[i]!, depth + 1)
        })
        return dict
      }
      default:
        throw new PlistError(`binary property list has an unknown object type 0x${marker.toString(16)}`)
    }
  }

  return parse(topObject, 0)
}
