// Property list files in either form Apple writes: XML (sometimes with a UTF-8 BOM) or
// binary bplist00, each read by our own bounded parser (xml-plist.ts, bplist.ts).
import { isBinaryPlist, parseBinaryPlist, PlistError } from './bplist.js'
import { parseXmlPlist } from './xml-plist.js'

export function parsePlistBytes(input: Uint8Array): unknown {
  const bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input
  if (isBinaryPlist(bytes)) return parseBinaryPlist(bytes)
  const text = new TextDecoder('utf-8').decode(bytes).trimStart()
  if (!text.startsWith('<')) throw new PlistError('not a property list (neither XML nor binary)')
  return parseXmlPlist(text)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  )
}
