// One in-memory picture of (part of) the Windows registry, built the same way from a .reg
// export, from `reg query /s` text, or from the live registry on Windows. Key and value
// names are case-insensitive in the registry, so lookups are too.
import type { Note } from '../../model.js'

export type RegistryData = string | number | Uint8Array | string[]

export interface RegistryValue {
  name: string
  type: string // REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY, REG_NONE
  data: RegistryData
}

export interface RegistryKey {
  path: string
  values: Map<string, RegistryValue>
}

const HIVES: Record<string, string> = {
  HKCU: 'HKEY_CURRENT_USER',
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
}

/** "HKCU\\Software\\" -> "HKEY_CURRENT_USER\\Software" */
export function normalizeKeyPath(path: string): string {
  const parts = path.split('\\').filter((p) => p !== '')
  if (parts.length && HIVES[parts[0]!.toUpperCase()]) parts[0] = HIVES[parts[0]!.toUpperCase()]!
  return parts.join('\\')
}

/** Never read a stored password: values whose name says so are dropped before decoding. */
export function isSecretValueName(name: string): boolean {
  return /password/i.test(name)
}

interface Node {
  /** The name as spelled in the source (the first spelling seen wins). */
  name: string
  children: Map<string, Node>
  /** Set once the key itself was named (not only a key below it). */
  key: RegistryKey | null
}

/**
 * A trie of key names: adding, finding and listing the subkeys of a key cost the length of
 * its path, never a walk over every key (an export with 40,000 profile keys stays linear).
 */
export class RegistryTree {
  private readonly root: Node = { name: '', children: new Map(), key: null }
  private count = 0

  private node(normalized: string, create: boolean): Node | undefined {
    let node = this.root
    if (normalized === '') return node
    for (const part of normalized.split('\\')) {
      const id = part.toLowerCase()
      let next = node.children.get(id)
      if (!next) {
        if (!create) return undefined
        next = { name: part, children: new Map(), key: null }
        node.children.set(id, next)
      }
      node = next
    }
    return node
  }

  ensure(path: string): RegistryKey {
    const normalized = normalizeKeyPath(path)
    const node = this.node(normalized, true)!
    if (!node.key) {
      node.key = { path: normalized, values: new Map() }
      this.count++
    }
    return node.key
  }

  setValue(path: string, value: RegistryValue): void {
    if (isSecretValueName(value.name)) return
    this.ensure(path).values.set(value.name.toLowerCase(), value)
  }

  key(path: string): RegistryKey | undefined {
    return this.node(normalizeKeyPath(path), false)?.key ?? undefined
  }

  value(path: string, name: string): RegistryValue | undefined {
    return this.key(path)?.values.get(name.toLowerCase())
  }

  /** Names of the direct subkeys of `path`, as spelled in the source. */
  children(path: string): string[] {
    const node = this.node(normalizeKeyPath(path), false)
    return node ? [...node.children.values()].map((child) => child.name) : []
  }

  get size(): number {
    return this.count
  }

  /** Merge another tree in (the live adapter queries several roots). */
  merge(other: RegistryTree): void {
    const pending: Node[] = [other.root]
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.key) {
        const target = this.ensure(node.key.path)
        for (const [id, v] of node.key.values) target.values.set(id, v)
      }
      for (const child of node.children.values()) pending.push(child)
    }
  }
}

export interface RegistryParseResult {
  tree: RegistryTree
  /** Notes on damaged or truncated parts; the rest is still read. */
  problems: Note[]
}
