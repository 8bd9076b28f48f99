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
 * A file read in pieces starts with a piece this big; a statement longer than the piece
 * doubles it. A 5 MB prefs.js read whole costs its size in fresh memory, which a short-lived
 * command pays page by page (bench/cli.bench.ts); a piece is reused.
 */
const PIECE_BYTES = 64 * 1024

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

/** Where the input comes from when it is read in pieces: bytes into buffer[offset, offset + length), 0 at the end. */
export type ReadPiece = (buffer: Buffer, offset: number, length: number) => Promise<number>

function emptyResult(): ParsedPrefs {
  return { user: new Map(), defaults: new Map(), locked: new Set(), count: 0, errors: [], errorCount: 0 }
}

export function parsePrefs(input: Uint8Array | string, options: ParseOptions = {}): ParsedPrefs {
  const buf =
    typeof input === 'string'
      ? Buffer.from(input, 'utf8')
      : Buffer.isBuffer(input)
        ? input
        : Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  const result = emptyResult()
  const statements = new Statements(new PrefsScanner(buf), result, options)
  statements.readAll(true)
  return result
}

/**
 * The same as parsePrefs over the whole of a file read in pieces: the same prefs, count,
 * errors and lines, holding one piece (and the statement that spans it) at a time.
 */
export async function parsePrefsInPieces(read: ReadPiece, options: ParseOptions = {}, pieceBytes = PIECE_BYTES): Promise<ParsedPrefs> {
  // The first piece holds a byte-order mark whole (the scanner strips it at the start).
  let piece = Buffer.allocUnsafe(Math.max(3, pieceBytes))
  let length = 0
  let atEnd = false
  const fill = async () => {
    while (length < piece.length && !atEnd) {
      const n = await read(piece, length, piece.length - length)
      if (n === 0) atEnd = true
      length += n
    }
  }
  await fill()
  const result = emptyResult()
  const scanner = new PrefsScanner(piece.subarray(0, length))
  const statements = new Statements(scanner, result, options)
  for (;;) {
    const resume = statements.readAll(atEnd)
    if (!resume) return result
    // Keep the unfinished statement, then read on after it.
    if (resume.at === 0 && length === piece.length) {
      const bigger = Buffer.allocUnsafe(piece.length * 2)
      piece.copy(bigger, 0, 0, length)
      piece = bigger
    } else {
      piece.copyWithin(0, resume.at, length)
      length -= resume.at
    }
    await fill()
    scanner.continueIn(piece.subarray(0, length), 0, resume.line)
  }
}

/** The statements of one input, read one after the other into `result`. */
class Statements {
  private readonly prefix: Buffer

  constructor(
    private readonly s: PrefsScanner,
    private readonly result: ParsedPrefs,
    options: ParseOptions,
  ) {
    this.prefix = Buffer.from(options.onlyPrefix ?? '', 'utf8')
  }

  /**
   * Reads statements up to the end of what the scanner holds. With more input to come
   * (`last` false), a statement that reaches the end of the piece may be cut: it is undone,
   * and its start returned, to be read again with more after it. A statement that ends with
   * its ';' never looked past it, so it stands. Returns null when the input is done.
   */
  readAll(last: boolean): { at: number; line: number } | null {
    const { s, result } = this
    for (;;) {
      const at = s.offset
      const line = s.lineNumber
      const errorCount = result.errorCount
      const kept = result.errors.length
      if (this.next()) continue
      if (last || s.endedAtNul) return null
      result.errorCount = errorCount
      result.errors.length = kept
      return { at, line }
    }
  }

  /** A syntax error: noted, then Gecko's "panic mode" consumes tokens up to and including the next ';'. */
  private recover(token: number, message: string): boolean {
    const { s, result } = this
    result.errorCount++
    if (result.errors.length < MAX_KEPT_ERRORS) {
      const text = token === T_ERROR ? s.errorMessage : message
      const line = token === T_ERROR ? s.errorLine : s.lineNumber
      result.errors.push({ line, message: text })
    }
    let t = token
    for (;;) {
      if (t === 59) return true
      if (t === T_EOF) return false
      t = s.nextToken()
    }
  }

  /** One statement; true when it ended with its ';', false at the end of the input. */
  private next(): boolean {
    const { s, result, prefix } = this
    let token = s.nextToken()
    if (token === T_EOF) return false
    const spec = token
    if (spec !== T_USER_PREF && spec !== T_PREF && spec !== T_STICKY_PREF && spec !== T_LOCK_PREF) {
      return this.recover(token, 'expected pref specifier at start of pref definition')
    }
    token = s.nextToken()
    if (token !== 40) return this.recover(token, "expected '(' after pref specifier")
    token = s.nextToken()
    if (token !== T_STRING) return this.recover(token, "expected pref name after '('")
    const wanted = prefix.length === 0 || s.strStartsWith(prefix)
    const name = wanted ? s.str : ''
    token = s.nextToken()
    if (token !== 44) return this.recover(token, "expected ',' after pref name")
    // Only the value literal may skip decoding; every other token is read in full.
    s.skipDecode = !wanted
    token = s.nextToken()
    s.skipDecode = false
    let value: PrefValue
    if (token === T_TRUE) value = true
    else if (token === T_FALSE) value = false
    else if (token === T_STRING) value = s.str
    else if (token === T_INT) {
      if (s.int > 0x7fffffff) return this.recover(token, 'integer literal overflowed')
      value = s.int
    } else if (token === 45 || token === 43) {
      const negative = token === 45
      token = s.nextToken()
      if (token !== T_INT) return this.recover(token, `expected integer literal after '${negative ? '-' : '+'}'`)
      const limit = negative ? 0x80000000 : 0x7fffffff
      if (s.int > limit) return this.recover(token, 'integer literal overflowed')
      value = negative ? -s.int : s.int
    } else {
      return this.recover(token, "expected pref value after ','")
    }
    token = s.nextToken()
    if (token !== 41) return this.recover(token, "expected ')' after pref value")
    token = s.nextToken()
    if (token !== 59) return this.recover(token, "expected ';' after ')'")
    if (!wanted) {
      // checked, not kept
    } else if (spec === T_USER_PREF) result.user.set(name, value)
    else {
      result.defaults.set(name, value)
      if (spec === T_LOCK_PREF) result.locked.add(name)
    }
    result.count++
    return true
  }
}
