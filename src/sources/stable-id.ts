// Ids for accounts that stay the same from scan to scan (`connect --account ID` names one).
// Not a secret and not a security boundary: two 32-bit FNV-1a style hashes with different
// seeds, mixed as in MurmurHash3's finaliser, give 64 bits without loading node:crypto
// (whose start-up cost every scan would pay).

function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** 16 hex digits that depend on every character of `text`. */
export function stableId(text: string): string {
  return hash32(text, 0).toString(16).padStart(8, '0') + hash32(text, 0x9e3779b9).toString(16).padStart(8, '0')
}
