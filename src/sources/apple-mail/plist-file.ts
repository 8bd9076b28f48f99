// Property list files in either form Apple writes: XML (sometimes with a UTF-8 BOM) or
// binary bplist00. XML goes to the `plist` package, binary to our bounded parser.
import { isBinaryPlist, parseBinaryPlist, PlistError } from './bplist.js'

// `plist` (with the XML parser it brings) is loaded on the first XML property list only, so a
// scan without Apple Mail files, and every other command, starts without it.
let xmlPlist: Promise<typeof import('plist')> | null = null

export async function parsePlistBytes(input: Uint8Array): Promise<unknown> {
  const bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input
  if (isBinaryPlist(bytes)) return parseBinaryPlist(bytes)
  const text = new TextDecoder('utf-8').decode(bytes).trimStart()
  if (!text.startsWith('<')) throw new PlistError('not a property list (neither XML nor binary)')
  try {
    xmlPlist ??= import('plist')
    return (await xmlPlist).parse(text)
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
