// The prefs Thunderbird sees: prefs.js, then user.js on top (Gecko reads user.js after
// prefs.js, so its lines win), user values over defaults, locked defaults over everything.
import type { ParsedPrefs, PrefValue } from './prefs-parser.js'

export class PrefStore {
  private readonly values: Map<string, PrefValue>

  constructor(files: ParsedPrefs[]) {
    // The common case, a prefs.js of user_pref lines only: its map is the store (no copy of
    // what may be hundreds of thousands of prefs in a hostile file).
    const only = files.length === 1 ? files[0]! : null
    if (only && only.defaults.size === 0 && only.locked.size === 0) {
      this.values = only.user
      return
    }
    this.values = new Map()
    const defaults = new Map<string, PrefValue>()
    const locked = new Set<string>()
    for (const file of files) {
      for (const [k, v] of file.defaults) defaults.set(k, v)
      for (const k of file.locked) locked.add(k)
    }
    for (const [k, v] of defaults) this.values.set(k, v)
    for (const file of files) for (const [k, v] of file.user) this.values.set(k, v)
    for (const k of locked) {
      const v = defaults.get(k)
      if (v !== undefined) this.values.set(k, v)
    }
  }

  get(name: string): PrefValue | undefined {
    return this.values.get(name)
  }

  /** A string pref; Gecko's GetCharPref fails on other types, so they count as absent. */
  string(name: string): string | undefined {
    const v = this.values.get(name)
    return typeof v === 'string' ? v : undefined
  }

  /** A non-empty string pref (Thunderbird clears a pref rather than store ""). */
  text(name: string): string | undefined {
    const v = this.string(name)
    return v === undefined || v === '' ? undefined : v
  }

  int(name: string): number | undefined {
    const v = this.values.get(name)
    return typeof v === 'number' ? v : undefined
  }

  bool(name: string): boolean | undefined {
    const v = this.values.get(name)
    return typeof v === 'boolean' ? v : undefined
  }

  /** Lists already split: mail.smtpservers is read once per account (outgoing-server.ts). */
  private readonly lists = new Map<string, readonly string[]>()

  /** A comma-separated key list (mail.accountmanager.accounts, mail.smtpservers, ...). */
  list(name: string): readonly string[] {
    let keys = this.lists.get(name)
    if (keys === undefined) {
      const v = this.string(name)
      keys = v
        ? v
            .split(',')
            .map((k) => k.replace(/\s+/g, ''))
            .filter((k) => k.length > 0)
        : []
      this.lists.set(name, keys)
    }
    return keys
  }

  get size(): number {
    return this.values.size
  }
}
