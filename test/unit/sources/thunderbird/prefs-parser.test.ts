import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePrefs, parsePrefsInPieces, type ParsedPrefs } from '../../../../src/sources/thunderbird/prefs-parser.js'
import { fixture } from './make-home.js'

const user = (text: string | Uint8Array) => parsePrefs(text).user

/** How Gecko writes a string pref (Preferences.cpp StrEscape): only \\ " \n \r are escaped. */
function geckoQuote(s: string): string {
  return `"${s.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c]!)}"`
}
/** No lone surrogates: such a string has no UTF-8 form, so no prefs file can hold it. */
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s
const geckoValue = (v: string | number | boolean) => (typeof v === 'string' ? geckoQuote(v) : String(v))

describe('parsePrefs: values', () => {
  it('reads strings, booleans and integers from user_pref lines', () => {
    const prefs = user('user_pref("a", "text"); user_pref("b", true); user_pref("c", false); user_pref("d", 993);')
    expect([...prefs]).toEqual([
      ['a', 'text'],
      ['b', true],
      ['c', false],
      ['d', 993],
    ])
  })

  it('reads signed integers and the full 32-bit range, refusing overflow', () => {
    const r = parsePrefs(
      'user_pref("neg", -5); user_pref("pos", +7); user_pref("min", -2147483648); user_pref("max", 2147483647); user_pref("over", 2147483648); user_pref("after", 1);',
    )
    expect(r.user.get('neg')).toBe(-5)
    expect(r.user.get('pos')).toBe(7)
    expect(r.user.get('min')).toBe(-2147483648)
    expect(r.user.get('max')).toBe(2147483647)
    expect(r.user.has('over')).toBe(false)
    expect(r.user.get('after')).toBe(1)
    expect(r.errorCount).toBe(1)
  })

  it('accepts single-quoted strings and the other quote unescaped inside', () => {
    expect(user(`user_pref('a', 'say "hi"'); user_pref("b", "it's");`)).toEqual(
      new Map([
        ['a', 'say "hi"'],
        ['b', "it's"],
      ]),
    )
  })

  it('decodes every escape Gecko allows', () => {
    const v = user(String.raw`user_pref("e", "q\" a\' b\\ n\n r\r x\x41 u\u00e9 s\ud83d\ude00");`).get('e')
    expect(v).toBe('q" a\' b\\ n\n r\r xA ué s😀')
  })

  it('turns \\xNN bytes into UTF-8 text when they form UTF-8', () => {
    expect(user(String.raw`user_pref("n", "Caf\xc3\xa9");`).get('n')).toBe('Café')
  })

  it('rejects \\x00, \\u0000, lone high surrogates and unknown escapes, but keeps the next line', () => {
    // \ude00 alone: Gecko's "expected high surrogate before low surrogate" drops the pref.
    for (const bad of [String.raw`\x00`, String.raw`\u0000`, String.raw`\ud83d`, String.raw`\ud83d\u0041`, String.raw`\ude00`, String.raw`\q`, String.raw`\xZ1`]) {
      const r = parsePrefs(`user_pref("bad", "a${bad}b");\nuser_pref("good", 1);`)
      expect(r.user.has('bad'), bad).toBe(false)
      expect(r.user.get('good'), bad).toBe(1)
      expect(r.errors[0]?.line, bad).toBe(1)
    }
  })

  it('keeps line breaks inside strings and counts lines across them', () => {
    const r = parsePrefs('user_pref("sig", "line1\nline2\r\nline3");\nuser_pref(bad);')
    expect(r.user.get('sig')).toBe('line1\nline2\r\nline3')
    expect(r.errors[0]?.line).toBe(4)
  })
})

describe('parsePrefs: layout and errors', () => {
  it('skips // # and /* */ comments, CRLF and bare CR line ends', () => {
    const text = '# header\r\n// c++\r\n/* block\r\n * more */ user_pref("a", 1); // trailing\ruser_pref("b", 2);\r\n'
    const r = parsePrefs(text)
    expect([...r.user]).toEqual([
      ['a', 1],
      ['b', 2],
    ])
    expect(r.errorCount).toBe(0)
  })

  it('skips to the next ";" after a syntax error so one bad line loses nothing else', () => {
    const r = parsePrefs(
      [
        'user_pref("a", 1);',
        'user_pref("b" 2);',
        'garbage here;',
        'user_pref("c", 12abc);',
        'user_pref("d", "x")',
        'user_pref("e", 5);',
        'user_pref("f", 6);',
      ].join('\n'),
    )
    expect(r.user.get('a')).toBe(1)
    expect(r.user.has('b')).toBe(false)
    expect(r.user.has('c')).toBe(false)
    // 'd' lacks its ';', so recovery swallows the next statement too, exactly as Gecko does.
    expect(r.user.has('d')).toBe(false)
    expect(r.user.has('e')).toBe(false)
    expect(r.user.get('f')).toBe(6)
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 6])
  })

  it('lets later lines win', () => {
    expect(user('user_pref("a", 1); user_pref("a", "two");').get('a')).toBe('two')
  })

  it('keeps pref() and sticky_pref() as defaults and lock_pref() as locked', () => {
    const r = parsePrefs('pref("d", 1); sticky_pref("s", 2); lock_pref("l", 3); user_pref("u", 4);')
    expect([...r.defaults]).toEqual([
      ['d', 1],
      ['s', 2],
      ['l', 3],
    ])
    expect([...r.locked]).toEqual(['l'])
    expect([...r.user]).toEqual([['u', 4]])
  })

  it('keeps only prefs under a prefix when asked, but still checks and counts the others', () => {
    const text = 'user_pref("ext.blob", "x\\"y"); user_pref("mail.a", "kept"); user_pref("ext.bad", "\\q"); user_pref("mail.b", 2);'
    const r = parsePrefs(text, { onlyPrefix: 'mail.' })
    expect([...r.user]).toEqual([
      ['mail.a', 'kept'],
      ['mail.b', 2],
    ])
    expect(r.count).toBe(3)
    expect(r.errorCount).toBe(1)
  })

  it('checks an unwanted value exactly as a kept one: same errors, lines and what follows', () => {
    const values = [
      '"{\\"a\\":\\"C:\\\\\\\\x\\",\\"b\\":\'q\'}"',
      "'it\\'s \"quoted\"'",
      '"two\nlines\r\nthree"',
      '"\\x41\\u00e9\\uD83D\\uDE00"',
      '"bad \\x4 escape"',
      '"lone \\uDC00 surrogate"',
      '"high \\uD800 alone"',
      '"bad \\q escape"',
      '"ends at \\',
      '"nul \0 inside"',
      '"never closed',
    ]
    for (const value of values) {
      const text = (name: string) => `user_pref("${name}", ${value});\nuser_pref("mail.after", 1);\n`
      const skipped = parsePrefs(text('ext.v'), { onlyPrefix: 'mail.' })
      const kept = parsePrefs(text('mail.v'), { onlyPrefix: 'mail.' })
      expect({ value, errors: skipped.errors, count: skipped.count, after: skipped.user.get('mail.after') }).toEqual({
        value,
        errors: kept.errors,
        count: kept.count,
        after: kept.user.get('mail.after'),
      })
    }
  })

  it('skips a UTF-8 byte-order mark, as Gecko does, so the first pref is kept', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const r = parsePrefs(Buffer.concat([bom, Buffer.from('user_pref("mail.accountmanager.accounts", "account1");\nuser_pref("b", 2);')]))
    expect(r.user.get('mail.accountmanager.accounts')).toBe('account1')
    expect(r.user.get('b')).toBe(2)
    expect(r.errorCount).toBe(0)
  })

  it('treats a NUL byte as the end of the file, as Gecko does', () => {
    const r = parsePrefs(Buffer.from('user_pref("a", 1);\0user_pref("b", 2);'))
    expect(r.user.get('a')).toBe(1)
    expect(r.user.has('b')).toBe(false)
  })

  it('reports an unterminated string or comment instead of hanging', () => {
    expect(parsePrefs('user_pref("a", "never closed').errors[0]?.message).toBe('unterminated string literal')
    expect(parsePrefs('user_pref("a", 1); /* never closed').errors[0]?.message).toBe('unterminated /* comment')
  })

  it('falls back to latin-1 for strings that are not UTF-8', () => {
    const r = parsePrefs(fixture('clients/latin1-prefs.js'))
    expect(r.user.get('mail.server.server1.name')).toBe('René - Café Lumière')
    expect(r.errorCount).toBe(0)
  })

  it('reads the real Thunderbird 45 profile and its CRLF copy the same way', () => {
    const lf = parsePrefs(fixture('real/cmcdragonkai-tb45.5-windows-prefs.js'))
    const crlf = parsePrefs(fixture('real/cmcdragonkai-tb45.5-windows-prefs.crlf.js'))
    expect(lf.errorCount).toBe(0)
    expect(crlf.errorCount).toBe(0)
    expect(lf.count).toBeGreaterThan(500)
    expect([...crlf.user]).toEqual([...lf.user])
    expect(lf.user.get('mail.server.server1.directory')).toBe(
      'C:\\Users\\CMCDragonkai\\AppData\\Roaming\\Thunderbird\\Profiles\\CMCDragonkai\\ImapMail\\imap.gmail.com',
    )
  })
})

describe('parsePrefs: never throws, never hangs', () => {
  const tokens = fc.constantFrom(
    'user_pref', 'pref', 'sticky_pref', 'lock_pref', 'true', 'false', '(', ')', ',', ';', '-', '+', '"', "'",
    '\\', '\\u', '\\ud83d', '\\x', '/*', '*/', '//', '#', '\n', '\r', '\r\n', ' ', '123', '99999999999', 'a.b',
    '"name"', "'v'", '\u00e9', '\0',
  )

  it('survives arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = parsePrefs(bytes)
        expect(r.count).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 400 },
    )
  })

  it('survives token soup close to the grammar, and what it reads is a clean re-parse', () => {
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 200 }), (parts) => {
        const r = parsePrefs(parts.join(''))
        // Whatever was read survives a round trip through a well-formed file.
        const rewritten = [...r.user].map(([k, v]) => `user_pref(${geckoQuote(k)}, ${geckoValue(v)});`).join('\n')
        const again = parsePrefs(rewritten)
        expect([...again.user]).toEqual([...r.user])
      }),
      { numRuns: 400 },
    )
  })

  it('reads back any well-formed pref exactly', () => {
    // Any code point, U+0000 to U+10FFFF, as fast-check's `unit: 'binary'` draws them. Built
    // from an integer because fast-check builds a reverse map of all 1.1 million code points
    // for the named unit (to see which of its "dangerous strings" it can produce), which cost
    // this test more CPU than everything else in the file; the values drawn cover the same range.
    const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))
    const value = fc.oneof(
      fc.string({ unit: anyCodePoint }).filter((s) => !s.includes('\0') && wellFormed(s)),
      fc.integer({ min: -2147483648, max: 2147483647 }),
      fc.boolean(),
    )
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => !s.includes('\0') && wellFormed(s)), value, (name, v) => {
        const text = `user_pref(${geckoQuote(name)}, ${geckoValue(v)});`
        expect(parsePrefs(text).user.get(name)).toEqual(v)
      }),
      { numRuns: 300 },
    )
  })
})

describe('parsePrefs: only the prefs under a prefix', () => {
  // Lines in the plain form add-on blobs take (escaped JSON under names nobody here wants),
  // and the same lines with one part changed in a way that could matter: a line break or a
  // comment inside, another escape, a NUL, a longer number, a name under the prefix, a
  // missing token. Runs of plain unwanted lines thus meet every way a line can stop being plain.
  const oneOf = <T>(...values: T[]) => fc.constantFrom(...values)
  const blank = oneOf('', '', ' ', '\t', '\v', '\f')
  const text = fc.array(oneOf('a', 'x.y', 'é', '\\"', "\\'", '\\\\', '\\n', '\\r', 'C:\\\\\\\\Users'), { maxLength: 6 }).map((p) => p.join(''))
  const plain = fc.record({
    lead: oneOf('\n', '\n', '\r\n', '\r', '', ' \n\t'),
    spec: oneOf('user_pref', 'user_pref', 'pref', 'sticky_pref', 'lock_pref'),
    b1: blank,
    b2: blank,
    name: fc.tuple(oneOf('ext.', 'extensions.', 'mailnews.', 'a'), fc.string({ maxLength: 6 })).map(([head, rest]) => head + rest.replace(/[\\"'\0\n\r]/g, '')),
    nameQuote: oneOf('"', "'"),
    b3: blank,
    b4: blank,
    value: fc.oneof(
      fc.tuple(oneOf('"', "'"), text).map(([q, t]) => q + t + q),
      oneOf('true', 'false', '0', '-5', '+7', '123456789', '-123456789'),
    ),
    b5: blank,
    b6: blank,
  })
  type Plain = typeof plain extends fc.Arbitrary<infer T> ? T : never
  const changes: [keyof Plain | 'comma' | 'paren' | 'tail', string][] = [
    ['b1', '\n'], ['b2', '/**/'], ['b3', '\r\n'], ['b5', '\0'], ['b6', '#'], ['spec', 'user_prefs'], ['spec', 'user_pref1'],
    ['name', 'mail.x'], ['name', 'mail.'], ['name', 'mai'], ['name', 'ma\\x69l.x'], ['name', 'a\\"b'], ['name', 'a\nb'], ['name', 'é'],
    ['value', '"\\t"'], ['value', '"\\x41"'], ['value', '"\\x00"'], ['value', '"\\u00e9"'], ['value', '"a\nb"'], ['value', '"a\rb"'],
    ['value', '"a\0b"'], ['value', '"\\'], ['value', '"never closed'], ['value', "'mixed\""], ['value', '1234567890'],
    ['value', '2147483648'], ['value', '4294967296'], ['value', '99999999999'], ['value', '- 5'], ['value', 'truex'],
    ['value', '12ab'], ['value', 'tru'], ['value', 'fals'], ['value', ''], ['comma', ''], ['comma', ';'], ['paren', ''], ['paren', '['], ['nameQuote', '`'], ['tail', ''], ['tail', ']'], ['tail', ';'], ['lead', '\n\0'],
  ]
  const render = (p: Plain, change: [string, string] | null) => {
    const part = (key: string, fallback: string) => (change && change[0] === key ? change[1] : fallback)
    const q = part('nameQuote', p.nameQuote)
    return `${part('lead', p.lead)}${part('spec', p.spec)}${part('b1', p.b1)}${part('paren', '(')}${part('b2', p.b2)}${q}${part('name', p.name)}${q}${part('b3', p.b3)}${part('comma', ',')}${part('b4', p.b4)}${part('value', p.value)}${part('b5', p.b5)}${part('tail', ')')}${part('b6', p.b6)};`
  }
  const statement = fc.tuple(plain, fc.option(fc.constantFrom(...changes), { freq: 3 })).map(([p, change]) => render(p, change))
  const under = <V>(entries: Iterable<[string, V]>) => [...entries].filter(([n]) => n.startsWith('mail.'))

  it('reads what a full parse reads under the prefix, with the same count, errors and lines', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 40 }), (statements) => {
        const input = statements.join('')
        const all = parsePrefs(input)
        const only = parsePrefs(input, { onlyPrefix: 'mail.' })
        expect({ count: only.count, errorCount: only.errorCount, errors: only.errors, user: [...only.user], defaults: [...only.defaults], locked: [...only.locked] }).toEqual({
          count: all.count,
          errorCount: all.errorCount,
          errors: all.errors,
          user: under(all.user),
          defaults: under(all.defaults),
          locked: [...all.locked].filter((n) => n.startsWith('mail.')),
        })
      }),
      { numRuns: 400 },
    )
  })
})

describe('parsePrefsInPieces', () => {
  /** A reader that hands out at most `most` bytes at a time, as a slow disk or a pipe may. */
  const pieces = (bytes: Buffer, most: number) => {
    let at = 0
    return async (buffer: Buffer, offset: number, length: number) => {
      const n = Math.min(length, most, bytes.length - at)
      bytes.copy(buffer, offset, at, at + n)
      at += n
      return n
    }
  }
  const same = (r: ParsedPrefs) => ({ user: [...r.user], defaults: [...r.defaults], locked: [...r.locked], count: r.count, errors: r.errors, errorCount: r.errorCount })
  const tokens = fc.constantFrom(
    'user_pref', 'pref', 'sticky_pref', 'lock_pref', 'true', 'false', '(', ')', ',', ';', '-', '+', '"', "'", '\\', '\\u',
    '\\ud83d', '\\x', '\\x41', '\\"', '/*', '*/', '//', '#', '\n', '\r', '\r\n', ' ', '123', '99999999999', 'a.b', '"mail.a"',
    '"name"', "'v'", '\u00e9', '\0', 'user_pref("mail.x", "long value with \\"quotes\\" and more");\n', '\uFEFF',
  )

  it('reads what parsePrefs reads from the whole, wherever the pieces are cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tokens, { maxLength: 120 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom('', 'mail.'), async (parts, piece, most, prefix) => {
        const bytes = Buffer.from(parts.join(''), 'utf8')
        const whole = parsePrefs(bytes, { onlyPrefix: prefix })
        expect(same(await parsePrefsInPieces(pieces(bytes, most), { onlyPrefix: prefix }, piece))).toEqual(same(whole))
      }),
      { numRuns: 300 },
    )
  })

  it('reads the real Thunderbird 45 profile in small pieces as parsePrefs reads it whole', async () => {
    for (const file of ['real/cmcdragonkai-tb45.5-windows-prefs.js', 'real/cmcdragonkai-tb45.5-windows-prefs.crlf.js']) {
      const bytes = fixture(file)
      expect(same(await parsePrefsInPieces(pieces(bytes, 1000), { onlyPrefix: 'mail.' }, 256))).toEqual(same(parsePrefs(bytes, { onlyPrefix: 'mail.' })))
    }
  })
})
