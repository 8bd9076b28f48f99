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
  // Objects as byte chunks, joined once at the end: the hostile-input tests write plists of
  // tens of thousands of objects, and spreading every byte through plain arrays cost seconds.
  const objects: Uint8Array[] = []
  const refs = (list: number[]): number[] => list.flatMap((r) => [r >> 8, r & 0xff])
  const add = (value: WritableValue): number => {
    const index = objects.length
    objects.push(new Uint8Array())
    let bytes: Uint8Array
    if (value === null) bytes = Uint8Array.of(0x00)
    else if (value === false) bytes = Uint8Array.of(0x08)
    else if (value === true) bytes = Uint8Array.of(0x09)
    else if (value instanceof Uid) {
      const v = value.value
      bytes = Uint8Array.from(v < 0x100 ? [0x80, v] : [0x81, v >> 8, v & 0xff])
    } else if (typeof value === 'number') {
      if (Number.isInteger(value)) bytes = Uint8Array.from(intBytes(value))
      else {
        bytes = new Uint8Array(9)
        bytes[0] = 0x23
        new DataView(bytes.buffer).setFloat64(1, value)
      }
    } else if (typeof value === 'string') {
      if (/^[\x00-\x7f]*$/.test(value)) bytes = Buffer.concat([Uint8Array.from(lengthMarker(0x5, value.length)), Buffer.from(value, 'latin1')])
      else bytes = Buffer.concat([Uint8Array.from(lengthMarker(0x6, value.length)), Buffer.from(value, 'utf16le').swap16()])
    } else if (value instanceof Date) {
      bytes = new Uint8Array(9)
      bytes[0] = 0x33
      new DataView(bytes.buffer).setFloat64(1, value.getTime() / 1000 - 978307200)
    } else if (value instanceof Uint8Array) bytes = Buffer.concat([Uint8Array.from(lengthMarker(0x4, value.length)), value])
    else if (Array.isArray(value)) {
      const items = value.map(add)
      bytes = Uint8Array.from([...lengthMarker(0xa, items.length), ...refs(items)])
    } else {
      const entries = Object.entries(value)
      const keys = entries.map(([k]) => add(k))
      const vals = entries.map(([, v]) => add(v))
      bytes = Uint8Array.from([...lengthMarker(0xd, entries.length), ...refs([...keys, ...vals])])
    }
    objects[index] = bytes
    return index
  }
  add(root)
  const header = Buffer.from('bplist00', 'latin1')
  const offsets = Buffer.alloc(objects.length * 4)
  let offset = header.length
  objects.forEach((o, i) => {
    offsets.writeUInt32BE(offset, i * 4)
    offset += o.length
  })
  const tableOffset = offset
  const trailer = new Uint8Array(32)
  const tv = new DataView(trailer.buffer)
  trailer[6] = 4 // offset int size
  trailer[7] = 2 // object ref size
  tv.setBigUint64(8, BigInt(objects.length))
  tv.setBigUint64(16, 0n)
  tv.setBigUint64(24, BigInt(tableOffset))
  return new Uint8Array(Buffer.concat([header, ...objects, offsets, trailer]))
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
