// A bounded reader for XML property lists, the form Accounts.plist and com.apple.mail.plist
// take on disk. Format: Apple's PropertyList-1.0.dtd (plist, dict, key, array, string, data,
// date, integer, real, true, false) and CoreFoundation's CFPropertyList.c, which reads the
// same elements and the five predefined XML entities plus character references.
// One pass over the text with an explicit stack: time is linear in the input, nesting is
// capped (LIMITS.plistDepth), nothing recurses, and a damaged file gives one short message
// (never the file's content, never a line on stderr). A DOCTYPE that declares its own
// entities is refused: plists never do, and entity expansion is how small XML grows huge.
import { LIMITS } from '../limits.js'
import { PlistError, type PlistDict, type PlistValue } from './bplist.js'

type Frame =
  | { kind: 'root'; value: PlistValue | undefined }
  | { kind: 'dict'; value: PlistDict; key: string | null }
  | { kind: 'array'; value: PlistValue[] }

const LEAVES = new Set(['key', 'string', 'integer', 'real', 'date', 'data'])
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function lineAt(text: string, at: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++
  return line
}

function decodeEntities(raw: string, fail: (why: string) => never): string {
  if (!raw.includes('&')) return raw
  return raw.replace(/&([^;&<]{0,10});/g, (_, name: string) => {
    if (name in ENTITIES) return ENTITIES[name]!
    const hex = /^#x([0-9a-fA-F]{1,6})$/.exec(name)
    const dec = /^#([0-9]{1,7})$/.exec(name)
    const code = hex ? parseInt(hex[1]!, 16) : dec ? Number(dec[1]) : NaN
    if (!Number.isInteger(code) || code > 0x10ffff) fail(`an unknown entity &${name};`)
    return String.fromCodePoint(code)
  })
}

export function parseXmlPlist(text: string): PlistValue {
  let pos = 0
  const fail: (why: string) => never = (why) => {
    throw new PlistError(`the XML property list is damaged (line ${lineAt(text, pos)}: ${why})`)
  }
  const stack: Frame[] = [{ kind: 'root', value: undefined }]

  const put = (value: PlistValue): void => {
    const top = stack[stack.length - 1]!
    if (top.kind === 'array') top.value.push(value)
    else if (top.kind === 'dict') {
      if (top.key === null) fail('a value without its <key>')
      top.value[top.key!] = value
      top.key = null
    } else {
      if (top.value !== undefined) fail('more than one top-level value')
      top.value = value
    }
  }

  /** Text up to `</name>`, with CDATA sections and entities decoded; no elements inside. */
  const leafText = (name: string): string => {
    let out = ''
    for (;;) {
      const lt = text.indexOf('<', pos)
      if (lt === -1) fail(`<${name}> is never closed`)
      out += decodeEntities(text.slice(pos, lt), fail)
      pos = lt
      if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos + 9)
        if (end === -1) fail('a CDATA section is never closed')
        out += text.slice(pos + 9, end)
        pos = end + 3
      } else if (text.startsWith('<!--', pos)) {
        const end = text.indexOf('-->', pos + 4)
        if (end === -1) fail('a comment is never closed')
        pos = end + 3
      } else if (text.startsWith(`</${name}`, pos)) {
        const end = text.indexOf('>', pos)
        if (end === -1 || text.slice(pos + 2 + name.length, end).trim() !== '') fail(`a damaged </${name}>`)
        pos = end + 1
        return out
      } else fail(`an element inside <${name}>`)
    }
  }

  const leafValue = (name: string, raw: string): PlistValue => {
    switch (name) {
      case 'string':
        return raw
      case 'integer': {
        const t = raw.trim()
        if (!/^[+-]?(0x[0-9a-fA-F]+|\d+)$/.test(t)) fail(`"${t.slice(0, 20)}" is not an integer`)
        const negative = t.startsWith('-')
        const digits = t.replace(/^[+-]/, '')
        const n = digits.startsWith('0x') ? parseInt(digits.slice(2), 16) : Number(digits)
        return negative ? -n : n
      }
      case 'real': {
        const n = Number(raw.trim())
        if (raw.trim() === '' || Number.isNaN(n)) fail(`"${raw.trim().slice(0, 20)}" is not a number`)
        return n
      }
      case 'date': {
        const d = new Date(raw.trim())
        if (Number.isNaN(d.getTime())) fail(`"${raw.trim().slice(0, 30)}" is not a date`)
        return d
      }
      default: {
        // data: base64, wrapped and indented as the writer likes.
        const b64 = raw.replace(/\s+/g, '')
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) fail('<data> is not base64')
        return new Uint8Array(Buffer.from(b64, 'base64'))
      }
    }
  }

  const open = (name: string, selfClosing: boolean): void => {
    const top = stack[stack.length - 1]!
    if (name === 'plist') {
      if (top.kind !== 'root' || selfClosing) fail('a misplaced <plist>')
      return
    }
    if (top.kind === 'dict' && top.key === null && name !== 'key') fail(`<${name}> where a <key> should be`)
    if (name === 'key') {
      if (top.kind !== 'dict' || top.key !== null) fail('a misplaced <key>')
      const key = selfClosing ? '' : leafText('key')
      ;(top as { key: string | null }).key = key
      return
    }
    if (LEAVES.has(name)) {
      put(leafValue(name, selfClosing ? '' : leafText(name)))
      return
    }
    if (name === 'true' || name === 'false') {
      if (!selfClosing) {
        const end = text.indexOf('>', pos)
        if (!text.startsWith(`</${name}`, pos) || end === -1) fail(`<${name}> should be empty`)
        pos = end + 1
      }
      put(name === 'true')
      return
    }
    if (name === 'dict' || name === 'array') {
      const value: PlistDict | PlistValue[] = name === 'dict' ? (Object.create(null) as PlistDict) : []
      put(value)
      if (selfClosing) return
      if (stack.length > LIMITS.plistDepth) fail(`nested more than ${LIMITS.plistDepth} levels deep`)
      stack.push(name === 'dict' ? { kind: 'dict', value: value as PlistDict, key: null } : { kind: 'array', value: value as PlistValue[] })
      return
    }
    fail(`an unknown element <${name.slice(0, 30)}>`)
  }

  const close = (name: string): void => {
    if (name === 'plist') return
    const top = stack[stack.length - 1]!
    if (top.kind !== name) fail(`an unexpected </${name.slice(0, 30)}>`)
    if (top.kind === 'dict' && top.key !== null) fail(`the key "${top.key.slice(0, 40)}" has no value`)
    stack.pop()
  }

  while (pos < text.length) {
    const lt = text.indexOf('<', pos)
    const between = text.slice(pos, lt === -1 ? text.length : lt)
    if (between.trim() !== '') fail('text outside an element')
    if (lt === -1) break
    pos = lt
    if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos)
      if (end === -1) fail('a damaged <?xml ...?> line')
      pos = end + 2
    } else if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4)
      if (end === -1) fail('a comment is never closed')
      pos = end + 3
    } else if (text.startsWith('<!', pos)) {
      const end = text.indexOf('>', pos)
      if (end === -1) fail('a damaged <!DOCTYPE>')
      if (text.slice(pos, end).includes('[')) fail('a DOCTYPE that declares its own entities')
      pos = end + 1
    } else {
      const end = text.indexOf('>', pos)
      if (end === -1) fail('a tag is never closed')
      const tag = text.slice(pos + 1, end)
      pos = end + 1
      const m = /^(\/?)([A-Za-z][\w.-]*)(\s[^]*?)?(\/?)$/.exec(tag)
      if (!m) fail('a damaged tag')
      if (m![1]) close(m![2]!)
      else open(m![2]!, m![4] === '/')
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1]!.kind}> is never closed`)
  const root = stack[0] as { value: PlistValue | undefined }
  if (root.value === undefined) fail('no value in it')
  return root.value!
}
