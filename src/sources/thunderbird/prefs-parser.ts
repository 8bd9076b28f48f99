// A prefs.js / user.js reader that follows Gecko's own grammar and error recovery
// (modules/libpref/parser/src/lib.rs in Firefox's source). It works on bytes with a
// hand-rolled scanner (no regular expressions), never throws and always terminates.
import {
  PrefsScanner,
  T_EOF,
  T_ERROR,
  T_FALSE,
  T_INT,
  T_LOCK_PREF,
  T_PREF,
  T_STICKY_PREF,
  T_STRING,
  T_TRUE,
  T_USER_PREF,
} from './prefs-scanner.js'

export type PrefValue = string | number | boolean

export interface PrefParseError {
  line: number
  message: string
}

export interface ParsedPrefs {
  /** user_pref(...) values: what the user (or Thunderbird for them) set. */
  user: Map<string, PrefValue>
  /** pref(...) / sticky_pref(...) values: defaults, overridden by user values. */
  defaults: Map<string, PrefValue>
  /** lock_pref(...) names (mozilla.cfg's lockPref): the default wins over any user value. */
  locked: Set<string>
  /** How many prefs were read successfully. */
  count: number
  /** The first few syntax errors, each with its line. */
  errors: PrefParseError[]
  /** Every syntax error, also those beyond `errors`' cap. */
  errorCount: number
}

const MAX_KEPT_ERRORS = 20

/**
 * Parse one prefs file. Like Gecko, a syntax error skips to the next ';' so one bad line
 * never loses the rest. Later lines win.
 */
export interface ParseOptions {
  /**
   * Keep only prefs whose name starts with this (e.g. "mail."). Other lines are still
   * checked for syntax, but their values are not decoded or stored: big prefs.js files are
   * big because of add-on and calendar blobs nobody here needs.
   */
  onlyPrefix?: string
}

export function parsePrefs(input: Uint8Array | string, options: ParseOptions = {}): ParsedPrefs {
  const prefix = Buffer.from(options.onlyPrefix ?? '', 'utf8')
  const buf =
    typeof input === 'string'
      ? Buffer.from(input, 'utf8')
      : Buffer.isBuffer(input)
        ? input
        : Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  const result: ParsedPrefs = {
    user: new Map(),
    defaults: new Map(),
    locked: new Set(),
    count: 0,
    errors: [],
    errorCount: 0,
  }
  const s = new PrefsScanner(buf)

  const recover = (token: number, message: string): number => {
    result.errorCount++
    if (result.errors.length < MAX_KEPT_ERRORS) {
      const text = token === T_ERROR ? s.errorMessage : message
      const line = token === T_ERROR ? s.errorLine : s.lineNumber
      result.errors.push({ line, message: text })
    }
    // Gecko's "panic mode": consume tokens up to and including the next ';'.
    let t = token
    for (;;) {
      if (t === 59) return s.nextToken()
      if (t === T_EOF) return t
      t = s.nextToken()
    }
  }

  let token = s.nextToken()
  for (;;) {
    if (token === T_EOF) return result
    const spec = token
    if (spec !== T_USER_PREF && spec !== T_PREF && spec !== T_STICKY_PREF && spec !== T_LOCK_PREF) {
      token = recover(token, 'expected pref specifier at start of pref definition')
      continue
    }
    token = s.nextToken()
    if (token !== 40) {
      token = recover(token, "expected '(' after pref specifier")
      continue
    }
    token = s.nextToken()
    if (token !== T_STRING) {
      token = recover(token, "expected pref name after '('")
      continue
    }
    const wanted = prefix.length === 0 || s.strStartsWith(prefix)
    const name = wanted ? s.str : ''
    token = s.nextToken()
    if (token !== 44) {
      token = recover(token, "expected ',' after pref name")
      continue
    }
    // Only the value literal may skip decoding; every other token is read in full.
    s.skipDecode = !wanted
    token = s.nextToken()
    s.skipDecode = false
    let value: PrefValue
    if (token === T_TRUE) value = true
    else if (token === T_FALSE) value = false
    else if (token === T_STRING) value = s.str
    else if (token === T_INT) {
      if (s.int > 0x7fffffff) {
        token = recover(token, 'integer literal overflowed')
        continue
      }
      value = s.int
    } else if (token === 45 || token === 43) {
      const negative = token === 45
      token = s.nextToken()
      if (token !== T_INT) {
        token = recover(token, `expected integer literal after '${negative ? '-' : '+'}'`)
        continue
      }
      const limit = negative ? 0x80000000 : 0x7fffffff
      if (s.int > limit) {
        token = recover(token, 'integer literal overflowed')
        continue
      }
      value = negative ? -s.int : s.int
    } else {
      token = recover(token, "expected pref value after ','")
      continue
    }
    token = s.nextToken()
    if (token !== 41) {
      token = recover(token, "expected ')' after pref value")
      continue
    }
    token = s.nextToken()
    if (token !== 59) {
      token = recover(token, "expected ';' after ')'")
      continue
    }
    if (!wanted) {
      // checked, not kept
    } else if (spec === T_USER_PREF) result.user.set(name, value)
    else {
      result.defaults.set(name, value)
      if (spec === T_LOCK_PREF) result.locked.add(name)
    }
    result.count++
    token = s.nextToken()
  }
}
