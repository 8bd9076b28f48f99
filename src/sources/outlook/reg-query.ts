// Parser for the text `reg query <key> /s` prints: a key path line, then one line per
// value indented by four spaces: name, type and data separated by four spaces; REG_DWORD
// as 0x..., REG_BINARY as hex digits, REG_MULTI_SZ joined by \0 (reg.exe's own output).
import type { Note } from '../../model.js'
import { note } from '../../words/words.js'
import { isSecretValueName, RegistryTree, type RegistryData, type RegistryParseResult } from './registry-tree.js'

const VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/

function decode(type: string, raw: string): RegistryData | null {
  switch (type) {
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const m = /^0x([0-9a-fA-F]+)$/.exec(raw.trim())
      return m ? parseInt(m[1]!, 16) : null
    }
    case 'REG_BINARY':
    case 'REG_NONE': {
      const hex = raw.trim()
      if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null
      return new Uint8Array(Buffer.from(hex, 'hex'))
    }
    case 'REG_MULTI_SZ':
      return raw.split('\\0').filter((s) => s !== '')
    default:
      return raw
  }
}

export function isRegQueryText(text: string): boolean {
  return /^\s*HKEY_[A-Z_]+(\\|\r?$)/m.test(text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '')
}

export function parseRegQuery(text: string): RegistryParseResult {
  const tree = new RegistryTree()
  const problems: Note[] = []
  let untold = 0
  // Problems kept one by one; past this many only their number is told.
  const problem = (said: Note) => {
    if (problems.length < 100) problems.push(said)
    else untold++
  }
  let key: string | null = null
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || /^End of search/i.test(line.trim())) return
    if (/^HKEY_[A-Z_]+/.test(line)) {
      key = line.trim()
      tree.ensure(key)
      return
    }
    const m = VALUE_LINE.exec(line)
    if (!m || !key) {
      problem(note('notes:outlook.lineUnreadable', { line: i + 1 }))
      return
    }
    const name = m[1] === '(Default)' ? '' : m[1]!
    if (isSecretValueName(name)) return // never decoded, never kept
    const data = decode(m[2]!, m[3] ?? '')
    if (data === null) {
      problem(note('notes:outlook.valueDamaged', { line: i + 1, name }))
      return
    }
    tree.setValue(key, { name, type: m[2]!, data })
  })
  if (untold > 0) problems.push(note('notes:outlook.moreLines', { count: untold }))
  return { tree, problems }
}
