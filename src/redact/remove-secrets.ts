// A typed password never leaves the app: not in server text a server echoes back (whole, in
// another case, cut off or split over lines), not in an error message, not base64-wrapped in a
// SASL blob, not in the admin report. Everything that leaves a test or goes into the report
// passes through a remover made here. Pure TypeScript with no Node imports (the renderer's
// report uses it too).

/** What a removed secret (a typed password) is replaced by in any text. */
export const SECRET_PLACEHOLDER = '***'

/** Any run of at least this many characters of a password is removed where it shows up. */
export const MIN_SECRET_RUN = 4

function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** Every whole form in which a password can show up in text we pass on. */
function secretForms(password: string, username = ''): string[] {
  if (!password) return []
  const forms = new Set<string>([
    password,
    JSON.stringify(password).slice(1, -1),
    password.replace(/(["\\])/g, '\\$1'),
    base64(password),
    // SASL PLAIN (RFC 4616): [authzid] NUL authcid NUL password, base64 on the wire.
    base64(`\0${username}\0${password}`),
    base64(`${username}\0${username}\0${password}`),
    encodeURIComponent(password),
  ])
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** One UTF-16 unit folded for comparison; units whose lower case is longer stay as they are. */
function fold(unit: string): string {
  const lower = unit.toLowerCase()
  return lower.length === 1 ? lower : unit
}

type Range = [start: number, end: number]

/** Where any whole form occurs, ignoring case (servers echo "PASS HUNTER2" upper-cased). */
function formRanges(text: string, forms: readonly string[], out: Range[]): void {
  for (const form of forms) {
    for (const match of text.matchAll(new RegExp(escapeRegExp(form), 'gi'))) {
      out.push([match.index, match.index + match[0].length])
    }
  }
}

/**
 * Where a run of >= MIN_SECRET_RUN characters of the password occurs, ignoring case and
 * ignoring line breaks (with a folded line's leading blanks) inside the run: a server that
 * echoes the password cut off, or wraps it over two lines, still shows none of it.
 * Longest-common-substring dynamic programming, O(text x password).
 */
function runRanges(text: string, password: string, out: Range[]): void {
  if (password.length < MIN_SECRET_RUN) return
  const view: number[] = []
  let afterBreak = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\r' || c === '\n') {
      afterBreak = true
      continue
    }
    if (afterBreak && (c === ' ' || c === '\t')) continue
    afterBreak = false
    view.push(i)
  }
  const pw = Array.from({ length: password.length }, (_, j) => fold(password[j]!))
  let prev = new Int32Array(pw.length + 1)
  let cur = new Int32Array(pw.length + 1)
  for (let v = 0; v < view.length; v++) {
    const c = fold(text[view[v]!]!)
    let longest = 0
    for (let j = 0; j < pw.length; j++) {
      const run = c === pw[j] ? prev[j]! + 1 : 0
      cur[j + 1] = run
      if (run > longest) longest = run
    }
    if (longest >= MIN_SECRET_RUN) out.push([view[v - longest + 1]!, view[v]! + 1])
    ;[prev, cur] = [cur, prev]
  }
}

/** Removes secrets from one text; `runs: false` removes whole forms only (see VALUE_KEYS). */
export type SecretRemover = (text: string, options?: { runs?: boolean }) => string

/**
 * A function that removes the given passwords (and the username's SASL forms of them) from
 * any text, replacing each occurrence by SECRET_PLACEHOLDER.
 */
export function secretRemover(passwords: readonly string[], username = ''): SecretRemover {
  const secrets = passwords.filter((p) => p.length > 0)
  const forms = [...new Set(secrets.flatMap((p) => secretForms(p, username)))]
  return (text, { runs = true } = {}) => {
    if (secrets.length === 0 || text.length === 0) return text
    const ranges: Range[] = []
    formRanges(text, forms, ranges)
    if (runs) for (const secret of secrets) runRanges(text, secret, ranges)
    if (ranges.length === 0) return text
    ranges.sort((a, b) => a[0] - b[0])
    const merged: Range[] = []
    for (const range of ranges) {
      const last = merged[merged.length - 1]
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
      else merged.push([range[0], range[1]])
    }
    let out = ''
    let at = 0
    for (const [start, end] of merged) {
      out += `${text.slice(at, start)}${SECRET_PLACEHOLDER}`
      at = end
    }
    return out + text.slice(at)
  }
}

/** Remove the passwords from free text (see secretRemover). */
export function removeSecrets(text: string, passwords: readonly string[], username = ''): string {
  return secretRemover(passwords, username)(text)
}

/**
 * Fields that hold the app's own values (a verdict, a stage, a host, an id), never a server's
 * words: a whole password form is still removed there, a mere run of its characters is not
 * (a password "pw-tls-x" must not turn the verdict "tls-expired" into "***expired").
 */
const VALUE_KEYS: ReadonlySet<string> = new Set([
  'verdict',
  'stage',
  'protocol',
  'security',
  'status',
  'client',
  'auth',
  'source',
  'kind',
  'shell',
  'platform',
  'host',
  'url',
  'id',
  'accountId',
])

/**
 * Subtrees written in the app's own words: the advice is catalogue text, and the one server text
 * it quotes was cleaned (runs included) before the advice was built (diagnose/test-account.ts).
 * Whole password forms are still removed there; runs are not, so a password "not-the-password"
 * leaves "Username or password not accepted" readable instead of "Username or *** not accepted".
 */
const OWN_WORDS_KEYS: ReadonlySet<string> = new Set(['advice'])

/** A copy of a plain JSON value with every string passed through `remove`. */
export function removeSecretsDeep<T>(value: T, remove: SecretRemover, key = '', ownWords = false): T {
  if (typeof value === 'string') return remove(value, { runs: !ownWords && !VALUE_KEYS.has(key) }) as T
  if (Array.isArray(value)) return value.map((v: unknown) => removeSecretsDeep(v, remove, key, ownWords)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = removeSecretsDeep(v, remove, k, ownWords || OWN_WORDS_KEYS.has(k))
    return out as T
  }
  return value
}
