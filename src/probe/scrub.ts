// The typed password must never leave the probe: not in server text a server echoes back, not
// in an error message, not base64-wrapped in a SASL blob. Everything that leaves goes through
// scrubText / scrubDeep with the forms below.

/** Every form in which a password can show up in text we pass on. */
export function secretForms(password: string, username = ''): string[] {
  if (!password) return []
  const forms = new Set<string>([
    password,
    JSON.stringify(password).slice(1, -1),
    password.replace(/(["\\])/g, '\\$1'),
    Buffer.from(password, 'utf8').toString('base64'),
    Buffer.from(`\0${username}\0${password}`, 'utf8').toString('base64'),
    Buffer.from(`${username}\0${username}\0${password}`, 'utf8').toString('base64'),
    encodeURIComponent(password),
  ])
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length)
}

/** Case-insensitive: some servers echo a refused command upper-cased ("-ERR PASS HUNTER2 ..."). */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    const pattern = new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')
    out = out.replace(pattern, '***')
  }
  return out
}

/** A copy of `value` with every string scrubbed (for results that leave the probe). */
export function scrubDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return scrubText(value, secrets) as T
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, secrets)) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, secrets)
    return out as T
  }
  return value
}
