// NSKeyedArchiver archives (the ZVALUE blobs of the Accounts store) turned into plain values.
// Format: a binary plist {$archiver: "NSKeyedArchiver", $top: {root: UID}, $objects: [...]};
// objects refer to each other by CF$UID index into $objects; "$null" is nil; collections
// carry NS.keys / NS.objects, strings NS.string (Foundation's NSKeyedArchiver docs, and
// plaso's plist parsers that read the same blobs).
import { LIMITS } from '../limits.js'
import { parseBinaryPlist, PlistError, PlistUid, type PlistDict, type PlistValue } from './bplist.js'

export type ArchivedValue =
  | null
  | boolean
  | number
  | string
  | Date
  | Uint8Array
  | ArchivedValue[]
  | { [key: string]: ArchivedValue }

const MAX_DEPTH = LIMITS.plistDepth
/**
 * Values visited while unarchiving, counting every shared reference again: a hostile
 * archive can nest arrays that each point twice at the next, so a depth limit alone still
 * leaves 2^64 steps. Real ZVALUE blobs hold a few dozen objects.
 */
const MAX_STEPS = 100_000

function isDict(value: PlistValue | undefined): value is PlistDict {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array) &&
    !(value instanceof PlistUid)
  )
}

/** Decode an NSKeyedArchiver binary plist to its root object. */
export function unarchiveKeyed(bytes: Uint8Array): ArchivedValue {
  return unarchivePlist(parseBinaryPlist(bytes))
}

export function unarchivePlist(archive: PlistValue): ArchivedValue {
  if (!isDict(archive) || typeof archive.$archiver !== 'string' || !Array.isArray(archive.$objects)) {
    throw new PlistError('not an NSKeyedArchiver archive')
  }
  const objects = archive.$objects
  const top = archive.$top
  if (!isDict(top) || !(top.root instanceof PlistUid)) throw new PlistError('NSKeyedArchiver archive has no root object')
  const done = new Map<number, ArchivedValue>()
  const inProgress = new Set<number>()
  let steps = 0

  function resolve(value: PlistValue | undefined, depth: number): ArchivedValue {
    if (++steps > MAX_STEPS) throw new PlistError('NSKeyedArchiver archive is too large to be a setting')
    if (depth > MAX_DEPTH) throw new PlistError('NSKeyedArchiver archive is nested too deeply')
    if (value instanceof PlistUid) return decode(value.value, depth + 1)
    if (value === undefined) return null
    if (Array.isArray(value)) return value.map((v) => resolve(v, depth + 1))
    if (isDict(value)) return decodeDict(value, depth + 1)
    return value
  }

  function decode(index: number, depth: number): ArchivedValue {
    if (depth > MAX_DEPTH) throw new PlistError('NSKeyedArchiver archive is nested too deeply')
    if (index >= objects.length) throw new PlistError('NSKeyedArchiver reference points outside $objects')
    const cached = done.get(index)
    if (cached !== undefined) return cached
    if (inProgress.has(index)) throw new PlistError('NSKeyedArchiver archive contains a cycle')
    inProgress.add(index)
    const raw = objects[index]!
    const value = raw === '$null' ? null : resolve(raw, depth)
    inProgress.delete(index)
    done.set(index, value)
    return value
  }

  function className(dict: PlistDict): string | null {
    const ref = dict.$class
    if (!(ref instanceof PlistUid)) return null
    const cls = objects[ref.value]
    if (!isDict(cls)) return null
    return typeof cls.$classname === 'string' ? cls.$classname : null
  }

  function decodeDict(dict: PlistDict, depth: number): ArchivedValue {
    const cls = className(dict)
    if (Array.isArray(dict['NS.keys']) && Array.isArray(dict['NS.objects'])) {
      const keys = dict['NS.keys']
      const values = dict['NS.objects']
      const out: { [key: string]: ArchivedValue } = Object.create(null) as { [key: string]: ArchivedValue }
      keys.forEach((k, i) => {
        const key = resolve(k, depth)
        if (typeof key === 'string') out[key] = resolve(values[i], depth)
      })
      return out
    }
    if (Array.isArray(dict['NS.objects'])) return dict['NS.objects'].map((v) => resolve(v, depth))
    if ('NS.string' in dict) return resolve(dict['NS.string'], depth)
    if ('NS.bytes' in dict) return resolve(dict['NS.bytes'], depth)
    if ('NS.data' in dict) return resolve(dict['NS.data'], depth)
    if (typeof dict['NS.time'] === 'number') return new Date((dict['NS.time'] + 978307200) * 1000)
    // An unknown class: keep its fields, named by the class, so a caller can still look.
    const out: { [key: string]: ArchivedValue } = Object.create(null) as { [key: string]: ArchivedValue }
    if (cls) out.$class = cls
    for (const [key, v] of Object.entries(dict)) if (key !== '$class') out[key] = resolve(v, depth)
    return out
  }

  return decode(top.root.value, 0)
}
