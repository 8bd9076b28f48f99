// After "username or password not accepted", the other username form is worth one try: some
// servers want the full address, others only the part before the @. Offered, never tried on
// its own: failed logins lock accounts, so the caller asks first and tries at most once more.

/** The other form of the username, or null when there is none to offer. */
export function alternativeUsername(username: string | null, email: string | null): string | null {
  if (!username) return null
  const user = username.trim()
  const at = user.lastIndexOf('@')
  if (at > 0) {
    const local = user.slice(0, at)
    return local && local !== user ? local : null
  }
  if (email) {
    const e = email.trim()
    const eat = e.lastIndexOf('@')
    if (eat > 0 && e.slice(0, eat).toLowerCase() === user.toLowerCase() && e !== user) return e
  }
  return null
}
