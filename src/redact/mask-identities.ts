// Masking of who someone is: `scan --redact`, privacy mode and the admin report all use it.
// Hosts and ports stay; email local parts, usernames and the computer's account name in home
// paths are masked (j***@example.com). Pure TypeScript with no Node imports: the renderer's
// privacy mode runs this same code.

/** "john.doe" -> "j***"; keeps one character so two accounts stay tellable apart. */
export function maskLocalPart(local: string): string {
  if (local.length === 0) return local
  return `${Array.from(local)[0]}***`
}

/** "john@example.com" -> "j***@example.com"; a value with no @ is masked whole. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@')
  if (at < 0) return maskLocalPart(value)
  return `${maskLocalPart(value.slice(0, at))}${value.slice(at)}`
}

/** Usernames are either an address or a bare name; both are masked the same way. */
export function maskUsername(value: string): string {
  return maskEmail(value)
}

// The computer's account name sits in every path under a home folder; it is often the
// person's name, so it is masked like a username. Covers macOS, Linux and Windows homes.
const HOME_PATTERNS: RegExp[] = [
  /^(\/Users\/)([^/]+)/,
  /^(\/home\/)([^/]+)/,
  /^([A-Za-z]:\\Users\\)([^\\]+)/i,
  /^([A-Za-z]:\/Users\/)([^/]+)/i,
]

// "/Users/john/Library/Mail" becomes "/Users/j***/Library/Mail"; other paths are unchanged.
export function maskHomePath(location: string): string {
  for (const pattern of HOME_PATTERNS) {
    const match = pattern.exec(location)
    if (match?.[1] && match[2]) {
      const name = match[2]
      if (name === 'Shared' || name === 'Public') return location
      return `${match[1]}${maskLocalPart(name)}${location.slice(match[0].length)}`
    }
  }
  return location
}

/** The account name inside a home path, if the path is under a home folder. */
export function homeUserOf(location: string): string | null {
  for (const pattern of HOME_PATTERNS) {
    const match = pattern.exec(location)
    if (match?.[2] && match[2] !== 'Shared' && match[2] !== 'Public') return match[2]
  }
  return null
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// Whole tokens only: a value matches where it is not glued to a letter, digit, "_" or a mask's
// "*", nor joined to one by the inner punctuation of a name (".", "-", "+", and "@" before it):
// "sam" is masked in "Hello sam," and "sam@example.com", never inside "samples",
// "m***.sam-shop" or "sam.smith".
const TOKEN = '[\\p{L}\\p{N}_*]'
const BEFORE = `(?<!${TOKEN}|${TOKEN}[.\\-+@])`
const AFTER = `(?!${TOKEN}|[.\\-+]${TOKEN})`

/** Replace `needle` as a whole token, ignoring case (servers echo names in any case). */
function replaceToken(text: string, needle: string, by: string): string {
  return text.replace(new RegExp(`${BEFORE}${escapeRegExp(needle)}${AFTER}`, 'giu'), () => by)
}

/**
 * Mask each identity (an address, a username, a home folder's name) where it stands as a
 * whole token in free text; an address's local part is masked on its own too.
 */
export function maskIdentities(text: string, identities: readonly string[]): string {
  let out = text
  for (const identity of [...identities].sort((a, b) => b.length - a.length)) {
    if (identity.length < 2) continue
    out = replaceToken(out, identity, maskEmail(identity))
    const at = identity.lastIndexOf('@')
    if (at > 1) out = replaceToken(out, identity.slice(0, at), maskLocalPart(identity.slice(0, at)))
  }
  return out
}

// An address anywhere in free text: the local part is what masking hides. Already masked
// ones ("j***@example.com") do not match, since "*" is not in the local-part class.
const ADDRESS_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g

/** Mask every email address in free text, known or not (a server echoing a typed address). */
export function maskAddressesIn(text: string): string {
  return text.replace(ADDRESS_IN_TEXT, (address) => maskEmail(address))
}
