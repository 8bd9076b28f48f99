// One in-memory picture of (part of) the Windows registry, built the same way from a .reg
// export, from `reg query /s` text, or from the live registry on Windows. Key and value
// names are case-insensitive in the registry, so lookups are too.

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

export class RegistryTree {
  private readonly keys = new Map<string, RegistryKey>()

  ensure(path: string): RegistryKey {
    const normalized = normalizeKeyPath(path)
    const id = normalized.toLowerCase()
    let key = this.keys.get(id)
    if (!key) {
      key = { path: normalized, values: new Map() }
      this.keys.set(id, key)
    }
    return key
  }

  setValue(path: string, value: RegistryValue): void {
    if (isSecretValueName(value.name)) return
    this.ensure(path).values.set(value.name.toLowerCase(), value)
  }

  key(path: string): RegistryKey | undefined {
    return this.keys.get(normalizeKeyPath(path).toLowerCase())
  }

  value(path: string, name: string): RegistryValue | undefined {
    return this.key(path)?.values.get(name.toLowerCase())
  }

  /** Names of the direct subkeys of `path`, as spelled in the source. */
  children(path: string): string[] {
    const prefix = `${normalizeKeyPath(path).toLowerCase()}\\`
    const names = new Map<string, string>()
    for (const [id, key] of this.keys) {
      if (!id.startsWith(prefix)) continue
      const rest = key.path.slice(prefix.length)
      const name = rest.split('\\')[0]!
      names.set(name.toLowerCase(), name)
    }
    return [...names.values()]
  }

  get size(): number {
    return this.keys.size
  }

  /** Merge another tree in (the live adapter queries several roots). */
  merge(other: RegistryTree): void {
    for (const key of other.keys.values()) {
      const target = this.ensure(key.path)
      for (const [id, v] of key.values) target.values.set(id, v)
    }
  }
}

export interface RegistryParseResult {
  tree: RegistryTree
  /** Plain-words notes on damaged or truncated parts; the rest is still read. */
  problems: string[]
}
