// The byte-level tokenizer of prefs.js / user.js, after Gecko's
// (modules/libpref/parser/src/lib.rs): lookup tables for the first byte of a token and for
// the bytes that end a plain run inside a string, so the common case is one tight loop.
// Hand-rolled (no regular expressions), so it cannot backtrack and always moves forward.

// Token kinds. Single characters are returned as their byte value (0..255); keywords and
// literals get values above 255 so one number carries the whole token.
export const T_EOF = 0
export const T_PREF = 256
export const T_STICKY_PREF = 257
export const T_USER_PREF = 258
export const T_LOCK_PREF = 259
export const T_TRUE = 260
export const T_FALSE = 261
export const T_STRING = 262
export const T_INT = 263
export const T_ERROR = 264
export const T_OTHER_KEYWORD = 265 // 'sticky'/'locked': only valid in default pref files

// Character classes for the first byte of a token (Gecko's CHAR_KINDS).
const K_OTHER = 0
const K_SINGLE = 1 // ( ) + , - ;
const K_SPACE = 2 // \t \n \v \f space
const K_KEYWORD = 3 // [A-Za-z_]
const K_QUOTE = 4
const K_SLASH = 5
const K_DIGIT = 6
const K_HASH = 7
const K_CR = 8

const KIND = new Uint8Array(256).fill(K_OTHER)
for (const c of '()+,-;') KIND[c.charCodeAt(0)] = K_SINGLE
for (const c of [9, 10, 11, 12, 32]) KIND[c] = K_SPACE
for (let c = 65; c <= 90; c++) KIND[c] = K_KEYWORD
for (let c = 97; c <= 122; c++) KIND[c] = K_KEYWORD
KIND[95] = K_KEYWORD
KIND[34] = K_QUOTE
KIND[39] = K_QUOTE
KIND[47] = K_SLASH
for (let c = 48; c <= 57; c++) KIND[c] = K_DIGIT
KIND[35] = K_HASH
KIND[13] = K_CR

// Bytes inside a string literal that need more than a copy: EOF, \n, \r, quotes, backslash.
const SPECIAL_IN_STRING = new Uint8Array(256)
for (const c of [0, 10, 13, 34, 39, 92]) SPECIAL_IN_STRING[c] = 1

// Ordered by frequency. lock_pref is not in Gecko's prefs grammar, but mozilla.cfg-style
// lines turn up in hand-edited user.js files; honour them rather than drop the line.
const KEYWORDS = ['user_pref', 'true', 'false', 'pref', 'sticky_pref', 'lock_pref', 'sticky', 'locked'].map((w) =>
  Uint8Array.from(w, (ch) => ch.charCodeAt(0)),
)
const KEYWORD_TOKENS = [T_USER_PREF, T_TRUE, T_FALSE, T_PREF, T_STICKY_PREF, T_LOCK_PREF, T_OTHER_KEYWORD, T_OTHER_KEYWORD]

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Gecko stores pref strings as bytes and reads them as UTF-8; old profiles hold latin-1. */
function decodeBytes(bytes: Uint8Array, start: number, end: number, ascii: boolean): string {
  if (ascii) return latin1(bytes, start, end)
  const view = bytes.subarray(start, end)
  try {
    return utf8.decode(view)
  } catch {
    return latin1(bytes, start, end)
  }
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return buf.toString('latin1', start, end)
}

export class PrefsScanner {
  private i = 0
  private line = 1
  /** Where the input ends: its length, or the first NUL byte once the scan meets it. */
  private end: number
  private value = ''
  /** A plain literal's bytes, decoded only when `str` is read (most names are not wanted). */
  private rawStart = -1
  private rawEnd = 0
  private rawAscii = true
  /** When set, string literals are checked but not decoded or copied (their value is not wanted). */
  skipDecode = false
  int = 0
  /** The message of the last T_ERROR token. */
  errorMessage = ''
  errorLine = 0
  private scratch = Buffer.alloc(256)

  constructor(private buf: Buffer) {
    // Gecko: "A '\0' char is interpreted as the end of the file." Every loop below stops at a
    // 0 byte and calls atNul(), so the input is not searched for one up front (5 MB files).
    this.end = buf.length
    // Gecko's Parser::new strips a UTF-8 byte-order mark (Notepad writes one into user.js);
    // read as a token it would be an error that swallows the first pref.
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) this.i = 3
  }

  get lineNumber(): number {
    return this.line
  }

  /** Where the next token starts: a statement's start, to come back to (with lineNumber). */
  get offset(): number {
    return this.i
  }

  /** Whether the input ended at a NUL byte (Gecko's end of file) rather than at its last byte. */
  get endedAtNul(): boolean {
    return this.end < this.buf.length
  }

  /**
   * Reads on from `buf` (a piece of a file read in pieces), at `at` on `line`. The piece is
   * what comes after the previous one's statements that were complete (prefs-parser.ts).
   */
  continueIn(buf: Buffer, at: number, line: number): void {
    this.buf = buf
    this.end = buf.length
    this.i = at
    this.line = line
    this.rawStart = -1
  }

  /** The value of the last T_STRING token. */
  get str(): string {
    if (this.rawStart >= 0) {
      this.value = decodeBytes(this.buf, this.rawStart, this.rawEnd, this.rawAscii)
      this.rawStart = -1
    }
    return this.value
  }

  /** Whether the last T_STRING token starts with these bytes (without decoding a plain one). */
  strStartsWith(prefix: Uint8Array): boolean {
    if (this.rawStart < 0) return this.value.startsWith(Buffer.from(prefix).toString('utf8'))
    if (this.rawEnd - this.rawStart < prefix.length) return false
    for (let k = 0; k < prefix.length; k++) if (this.buf[this.rawStart + k] !== prefix[k]) return false
    return true
  }

  private setValue(text: string): void {
    this.value = text
    this.rawStart = -1
  }

  /** A 0 byte at i - 1: the input ends there (Gecko reads it as the end of the file). */
  private atNul(): void {
    this.end = Math.min(this.end, this.i - 1)
    this.i = this.end
  }

  private getChar(): number {
    const c = this.i < this.end ? this.buf[this.i]! : 0
    this.i++
    return c
  }

  private peekIs(c: number): boolean {
    if (this.i < this.end && this.buf[this.i] === c) {
      this.i++
      return true
    }
    return false
  }

  private error(message: string, line = this.line): number {
    this.errorMessage = message
    this.errorLine = line
    return T_ERROR
  }

  nextToken(): number {
    for (;;) {
      const c = this.getChar()
      switch (KIND[c]) {
        case K_SINGLE:
          return c
        case K_SPACE:
          if (c === 10) this.line++
          continue
        case K_KEYWORD:
          return this.keyword(this.i - 1)
        case K_QUOTE:
          return this.string(c)
        case K_SLASH: {
          const next = this.getChar()
          if (next === 47) {
            this.skipLineComment()
          } else if (next === 42) {
            if (!this.skipBlockComment()) return this.error('unterminated /* comment')
          } else {
            if (next === 0) this.i--
            return this.error("expected '/' or '*' after '/'")
          }
          continue
        }
        case K_DIGIT:
          return this.integer(c)
        case K_HASH:
          this.skipLineComment()
          continue
        case K_CR:
          this.peekIs(10)
          this.line++
          continue
        default:
          if (c === 0) {
            this.atNul()
            return T_EOF
          }
          return this.error('unexpected character')
      }
    }
  }

  private keyword(start: number): number {
    const b = this.buf
    while (this.i < this.end && KIND[b[this.i]!] === K_KEYWORD) this.i++
    const len = this.i - start
    for (let w = 0; w < KEYWORDS.length; w++) {
      const word = KEYWORDS[w]!
      if (word.length !== len) continue
      let k = 0
      while (k < len && b[start + k] === word[k]) k++
      if (k === len) return KEYWORD_TOKENS[w]!
    }
    return this.error('unknown keyword')
  }

  private integer(first: number): number {
    let value = first - 48
    let overflow = false
    for (;;) {
      const c = this.i < this.end ? this.buf[this.i]! : 0
      const kind = KIND[c]
      if (kind === K_DIGIT) {
        value = value * 10 + (c - 48)
        if (value > 0xffffffff) overflow = true
        this.i++
      } else if (kind === K_KEYWORD) {
        // Gecko rejects "123foo"; error recovery re-reads from "foo".
        return this.error('unexpected character in integer literal')
      } else {
        break
      }
    }
    if (overflow) return this.error('integer literal overflowed')
    this.int = value
    return T_INT
  }

  private skipLineComment(): void {
    for (;;) {
      if (this.i >= this.end) return
      const c = this.buf[this.i++]!
      if (c > 13) continue
      if (c === 0) return this.atNul()
      if (c === 10) {
        this.line++
        return
      }
      if (c === 13) {
        this.line++
        this.peekIs(10)
        return
      }
    }
  }

  private skipBlockComment(): boolean {
    for (;;) {
      if (this.i >= this.end) return false
      const c = this.buf[this.i++]!
      if (c === 42) {
        if (this.peekIs(47)) return true
      } else if (c === 0) {
        this.atNul()
        return false
      } else if (c === 10) {
        this.line++
      } else if (c === 13) {
        this.line++
        this.peekIs(10)
      }
    }
  }

  private hex(digits: number): number {
    let value = 0
    for (let k = 0; k < digits; k++) {
      const c = this.getChar()
      let d: number
      if (c >= 48 && c <= 57) d = c - 48
      else if (c >= 65 && c <= 70) d = c - 55
      else if (c >= 97 && c <= 102) d = c - 87
      else {
        // Unget in case it was the closing quote or EOF.
        this.i--
        return -1
      }
      value = value * 16 + d
    }
    return value
  }

  /** Append buf[from, to) to the scratch buffer in one copy. */
  private copyRun(from: number, to: number, len: number): number {
    const n = to - from
    if (n <= 0) return len
    if (len + n > this.scratch.length) {
      const bigger = Buffer.alloc(Math.max(this.scratch.length * 2, len + n))
      bigger.set(this.scratch.subarray(0, len))
      this.scratch = bigger
    }
    this.buf.copy(this.scratch, len, from, to)
    return len + n
  }

  private string(quote: number): number {
    const start = this.i
    const b = this.buf
    const end = this.end
    let ascii = true
    // Fast path (as Gecko does): scan for a special byte; if it is the closing quote,
    // the literal is a plain slice.
    let j = start
    for (; j < end; j++) {
      const c = b[j]!
      if (c >= 0x80) ascii = false
      else if (SPECIAL_IN_STRING[c] === 1) break
    }
    if (j < end && b[j] === quote) {
      if (this.skipDecode) this.setValue('')
      else {
        this.rawStart = start
        this.rawEnd = j
        this.rawAscii = ascii
      }
      this.i = j + 1
      return T_STRING
    }
    if (this.skipDecode) return this.skipString(quote, start, j)
    return this.slowString(quote, start, j, ascii)
  }

  /**
   * An unwanted literal with escapes (add-on and calendar blobs are escaped JSON): only where it
   * ends matters. The common escapes and the other quote are stepped over here; anything else
   * (a line break, \x or \u, a bad escape, NUL, the end of the input) goes to slowString from
   * that byte, which checks it exactly as for a wanted value.
   */
  private skipString(quote: number, start: number, from: number): number {
    const b = this.buf
    const end = this.end
    let i = from
    for (;;) {
      while (i < end && SPECIAL_IN_STRING[b[i]!] === 0) i++
      if (i >= end) break
      const c = b[i]!
      if (c === quote) {
        this.setValue('')
        this.i = i + 1
        return T_STRING
      }
      if (c === 92 && i + 1 < end) {
        const e = b[i + 1]!
        // \" \' \\ \n \r
        if (e === 34 || e === 39 || e === 92 || e === 110 || e === 114) {
          i += 2
          continue
        }
        break
      }
      if (c === 34 || c === 39) {
        i++
        continue
      }
      break
    }
    return this.slowString(quote, start, i, true)
  }

  /** A literal with escapes or line breaks; buf[start, scanned) is already known plain. */
  private slowString(quote: number, start: number, scanned: number, prefixAscii: boolean): number {
    const b = this.buf
    let end = this.end
    const keep = !this.skipDecode
    let len = keep ? this.copyRun(start, scanned, 0) : 0
    let i = scanned
    let ascii = prefixAscii
    let firstError: string | null = null
    let errorLine = 0
    for (;;) {
      // Copy the plain run up to the next special byte.
      let r = i
      while (r < end) {
        const c = b[r]!
        if (c >= 0x80) ascii = false
        else if (SPECIAL_IN_STRING[c] === 1) break
        r++
      }
      if (!keep) len = 0
      else if (r > i) {
        if (r - i < 16 && len + 16 <= this.scratch.length) {
          const scratch = this.scratch
          for (let k = i; k < r; k++) scratch[len++] = b[k]!
        } else {
          len = this.copyRun(i, r, len)
        }
      }
      i = r
      if (i < end && b[i] === 0) {
        this.i = i + 1
        this.atNul()
        end = this.end
      }
      if (i >= end) {
        // EOF inside the string.
        if (firstError === null) {
          firstError = 'unterminated string literal'
          errorLine = this.line
        }
        break
      }
      const c = b[i++]!
      if (c === quote) break
      if (len + 8 > this.scratch.length) this.grow(len)
      const scratch = this.scratch
      if (c === 92) {
        const e = i < end ? b[i]! : 0
        if (e === 34 || e === 39 || e === 92) {
          scratch[len++] = e
          i++
          continue
        }
        if (e === 110) {
          scratch[len++] = 10
          i++
          continue
        }
        if (e === 114) {
          scratch[len++] = 13
          i++
          continue
        }
        let message: string | null = null
        if (e === 120 || e === 117) {
          this.i = i + 1
          const v = this.hex(e === 120 ? 2 : 4)
          i = this.i
          if (v < 0) message = e === 120 ? 'malformed \\x escape sequence' : 'malformed \\u escape sequence'
          else if (v === 0) message = e === 120 ? '\\x00 is not allowed' : '\\u0000 is not allowed'
          else if (e === 120) {
            if (v >= 0x80) ascii = false
            scratch[len++] = v
          } else {
            let codePoint = v
            if ((v & 0xfc00) === 0xd800) {
              // A high surrogate must be followed by \u and a low surrogate.
              let lo = -1
              if (i + 1 < end && b[i] === 92 && b[i + 1] === 117) {
                this.i = i + 2
                lo = this.hex(4)
                i = this.i
              }
              if (lo >= 0 && (lo & 0xfc00) === 0xdc00) codePoint = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00)
              else {
                message = lo >= 0 ? 'invalid low surrogate after high surrogate' : 'expected low surrogate after high surrogate'
                codePoint = -1
              }
            } else if ((v & 0xfc00) === 0xdc00) {
              // A lone low surrogate is an error in Gecko, which drops the whole pref.
              message = 'expected high surrogate before low surrogate'
              codePoint = -1
            }
            if (codePoint >= 0) {
              if (codePoint >= 0x80) ascii = false
              len = this.pushCodePoint(codePoint, len)
            }
          }
        } else {
          // Leave the byte (it may be the closing quote or EOF) for the next round.
          message = "unexpected escape sequence character after '\\'"
        }
        if (message !== null && firstError === null) {
          firstError = message
          errorLine = this.line
        }
        continue
      }
      if (c === 10) {
        this.line++
        scratch[len++] = 10
        continue
      }
      if (c === 13) {
        this.line++
        scratch[len++] = 13
        if (i < end && b[i] === 10) {
          scratch[len++] = 10
          i++
        }
        continue
      }
      // The other quote character.
      scratch[len++] = c
    }
    this.i = i
    if (firstError !== null) return this.error(firstError, errorLine)
    this.setValue(keep ? decodeBytes(this.scratch, 0, len, ascii) : '')
    return T_STRING
  }

  private grow(len: number): number {
    const bigger = Buffer.alloc(this.scratch.length * 2)
    this.scratch.copy(bigger, 0, 0, len)
    this.scratch = bigger
    return len
  }

  /** UTF-8 bytes of one code point (the scratch buffer has room for 4). */
  private pushCodePoint(cp: number, len: number): number {
    const s = this.scratch
    if (cp < 0x80) s[len++] = cp
    else if (cp < 0x800) {
      s[len++] = 0xc0 | (cp >> 6)
      s[len++] = 0x80 | (cp & 63)
    } else if (cp < 0x10000) {
      s[len++] = 0xe0 | (cp >> 12)
      s[len++] = 0x80 | ((cp >> 6) & 63)
      s[len++] = 0x80 | (cp & 63)
    } else {
      s[len++] = 0xf0 | (cp >> 18)
      s[len++] = 0x80 | ((cp >> 12) & 63)
      s[len++] = 0x80 | ((cp >> 6) & 63)
      s[len++] = 0x80 | (cp & 63)
    }
    return len
  }
}

