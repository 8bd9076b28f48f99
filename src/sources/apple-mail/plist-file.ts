// Property list files in either form Apple writes: XML (sometimes with a UTF-8 BOM) or
// binary bplist00. XML goes to the `plist` package, binary to our bounded parser.
import { parse as parseXmlPlist } from 'plist'
import { isBinaryPlist, parseBinaryPlist, PlistError } from './bplist.js'

export function parsePlistBytes(input: Uint8Array): unknown {
  const bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input
  if (isBinaryPlist(bytes)) return parseBinaryPlist(bytes)
  const text = new TextDecoder('utf-8').decode(bytes).trimStart()
  if (!text.startsWith('<')) throw new PlistError('not a property list (neither XML nor binary)')
  try {
    return parseXmlPlist(text)
  } catch (error) {
    throw new PlistError(`the XML property list is damaged (${(error as Error).message.split('\n')[0]})`)
  }
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
