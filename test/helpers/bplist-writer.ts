// Test helper: writes binary plists (bplist00) and NSKeyedArchiver archives, so fixtures
// hold the same bytes Apple's frameworks write (CFBinaryPList.c layout: objects, offset
// table, 32-byte trailer). Only what the fixtures need: no dedup, 2-byte refs.

export class Uid {
  constructor(readonly value: number) {}
}

export type WritableValue =
  | null
  | boolean
  | number
  | string
  | Date
  | Uint8Array
  | Uid
  | WritableValue[]
  | { [key: string]: WritableValue }

function lengthMarker(type: number, length: number): number[] {
  if (length < 15) return [(type << 4) | length]
  return [(type << 4) | 0xf, ...intBytes(length)]
}

function intBytes(n: number): number[] {
  if (n >= 0 && n < 0x100) return [0x10, n]
  if (n >= 0 && n < 0x10000) return [0x11, n >> 8, n & 0xff]
  if (n >= 0 && n < 0x100000000) return [0x12, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
  const b = new Uint8Array(8)
  new DataView(b.buffer).setBigInt64(0, BigInt(n))
  return [0x13, ...b]
}

export function writeBinaryPlist(root: WritableValue): Uint8Array {
  const objects: number[][] = []
  const add = (value: WritableValue): number => {
    const index = objects.length
    objects.push([])
    let bytes: number[]
    if (value === null) bytes = [0x00]
    else if (value === false) bytes = [0x08]
    else if (value === true) bytes = [0x09]
    else if (value instanceof Uid) {
      const v = value.value
      bytes = v < 0x100 ? [0x80, v] : [0x81, v >> 8, v & 0xff]
    } else if (typeof value === 'number') {
      if (Number.isInteger(value)) bytes = intBytes(value)
      else {
        const b = new Uint8Array(8)
        new DataView(b.buffer).setFloat64(0, value)
        bytes = [0x23, ...b]
      }
    } else if (typeof value === 'string') {
      if (/^[\x00-\x7f]*$/.test(value)) bytes = [...lengthMarker(0x5, value.length), ...Buffer.from(value, 'latin1')]
      else {
        const units: number[] = []
        for (let i = 0; i < value.length; i++) units.push(value.charCodeAt(i) >> 8, value.charCodeAt(i) & 0xff)
        bytes = [...lengthMarker(0x6, value.length), ...units]
      }
    } else if (value instanceof Date) {
      const b = new Uint8Array(8)
      new DataView(b.buffer).setFloat64(0, value.getTime() / 1000 - 978307200)
      bytes = [0x33, ...b]
    } else if (value instanceof Uint8Array) bytes = [...lengthMarker(0x4, value.length), ...value]
    else if (Array.isArray(value)) {
      const refs = value.map(add)
      bytes = [...lengthMarker(0xa, refs.length), ...refs.flatMap((r) => [r >> 8, r & 0xff])]
    } else {
      const entries = Object.entries(value)
      const keys = entries.map(([k]) => add(k))
      const vals = entries.map(([, v]) => add(v))
      bytes = [...lengthMarker(0xd, entries.length), ...[...keys, ...vals].flatMap((r) => [r >> 8, r & 0xff])]
    }
    objects[index] = bytes
    return index
  }
  add(root)
  const header = [...Buffer.from('bplist00', 'latin1')]
  const offsets: number[] = []
  const body: number[] = [...header]
  for (const o of objects) {
    offsets.push(body.length)
    for (const byte of o) body.push(byte)
  }
  const tableOffset = body.length
  for (const off of offsets) body.push((off >>> 24) & 0xff, (off >>> 16) & 0xff, (off >>> 8) & 0xff, off & 0xff)
  const trailer = new Uint8Array(32)
  const tv = new DataView(trailer.buffer)
  trailer[6] = 4 // offset int size
  trailer[7] = 2 // object ref size
  tv.setBigUint64(8, BigInt(objects.length))
  tv.setBigUint64(16, 0n)
  tv.setBigUint64(24, BigInt(tableOffset))
  return Uint8Array.from([...body, ...trailer])
}

export type ArchivableValue = string | number | boolean | ArchivableValue[] | { [key: string]: ArchivableValue }

/** An NSKeyedArchiver archive of `root`, as Accounts.framework writes ZVALUE blobs. */
export function writeKeyedArchive(root: ArchivableValue): Uint8Array {
  const objects: WritableValue[] = ['$null']
  const classes = new Map<string, number>()
  const classRef = (name: string): Uid => {
    let index = classes.get(name)
    if (index === undefined) {
      index = objects.length
      objects.push({ $classname: name, $classes: [name, 'NSObject'] })
      classes.set(name, index)
    }
    return new Uid(index)
  }
  const encode = (value: ArchivableValue): Uid => {
    const index = objects.length
    objects.push(null)
    if (Array.isArray(value)) {
      const refs = value.map(encode)
      objects[index] = { 'NS.objects': refs, $class: classRef('NSArray') }
    } else if (typeof value === 'object') {
      const entries = Object.entries(value)
      const keys = entries.map(([k]) => encode(k))
      const vals = entries.map(([, v]) => encode(v))
      objects[index] = { 'NS.keys': keys, 'NS.objects': vals, $class: classRef('NSDictionary') }
    } else objects[index] = value
    return new Uid(index)
  }
  const top = encode(root)
  return writeBinaryPlist({ $version: 100000, $archiver: 'NSKeyedArchiver', $top: { root: top }, $objects: objects })
}
