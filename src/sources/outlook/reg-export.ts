// Parser for .reg files as regedit and `reg export` write them: "Windows Registry Editor
// Version 5.00" in UTF-16LE with a BOM (or "REGEDIT4" in ANSI), [key] lines, "name"=value
// lines with "string", dword:xxxxxxxx, hex:.., hex(2): (expand string), hex(7): (multi
// string), hex(b): (qword); long hex values wrap onto lines ending in a backslash.
// (Microsoft: "How to add, modify, or delete registry subkeys and values by using a .reg file".)
import { LIMITS } from '../limits.js'
import type { Note } from '../../model.js'
import { note } from '../../words/words.js'
import { isSecretValueName, RegistryTree, type RegistryData, type RegistryParseResult } from './registry-tree.js'

/** Decode a registry file's bytes: UTF-16LE (BOM FF FE), UTF-8 (BOM EF BB BF), else UTF-8. */
export function decodeRegistryText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  // UTF-16LE without a BOM still shows as every other byte zero in the first characters.
  if (bytes.length > 4 && bytes[1] === 0 && bytes[3] === 0) return new TextDecoder('utf-16le').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

function utf16Units(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8))
  return out
}

function hexBytes(text: string): Uint8Array | null {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '')
  if (!parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) return null
  return Uint8Array.from(parts.map((p) => parseInt(p, 16)))
}

function unquote(text: string): { value: string; rest: string } | null {
  if (!text.startsWith('"')) return null
  let out = ''
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\' && i + 1 < text.length) {
      out += text[++i]
    } else if (c === '"') {
      return { value: out, rest: text.slice(i + 1) }
    } else out += c
  }
  return null
}

function decodeData(raw: string): { type: string; data: RegistryData } | null {
  const quoted = unquote(raw)
  if (quoted) return quoted.rest.trim() === '' ? { type: 'REG_SZ', data: quoted.value } : null
  const dword = /^dword:([0-9a-fA-F]{1,8})$/.exec(raw)
  if (dword) return { type: 'REG_DWORD', data: parseInt(dword[1]!, 16) }
  const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$/s.exec(raw)
  if (!hex) return null
  const bytes = hexBytes(hex[2]!)
  if (!bytes) return null
  switch ((hex[1] ?? '3').toLowerCase()) {
    case '1':
    case '2':
      return { type: hex[1] === '1' ? 'REG_SZ' : 'REG_EXPAND_SZ', data: utf16Units(bytes).replace(/\0+$/, '') }
    case '7':
      return { type: 'REG_MULTI_SZ', data: utf16Units(bytes).split('\0').filter((s) => s !== '') }
    case '4':
      // A DWORD is exactly four bytes; fewer is a damaged line, not a reason to fail the file.
      return bytes.length === 4 ? { type: 'REG_DWORD', data: new DataView(bytes.buffer).getUint32(0, true) } : null
    case 'b':
      return bytes.length === 8 ? { type: 'REG_QWORD', data: Number(new DataView(bytes.buffer).getBigUint64(0, true)) } : null
    case '0':
      return { type: 'REG_NONE', data: bytes }
    default:
      return { type: 'REG_BINARY', data: bytes }
  }
}

export function isRegExport(text: string): boolean {
  return /^\s*(Windows Registry Editor Version|REGEDIT4)/.test(text)
}

/** Problems kept word for word; past this many only their number is told. */
const KEPT_PROBLEMS = 100

export function parseRegExport(text: string): RegistryParseResult {
  const tree = new RegistryTree()
  const problems: Note[] = []
  let untold = 0
  const problem = (said: Note) => {
    if (problems.length < KEPT_PROBLEMS) problems.push(said)
    else untold++
  }
  const lines = text.split(/\r?\n/)
  // regedit ends every file with a line break: text that stops mid-line was cut off there.
  // (Measured on the trimmed tail, not with /\n\s*$/, which is quadratic on blank lines.)
  const cutAt = text.slice(text.trimEnd().length).includes('\n') ? -1 : lines.length - 1
  let key: string | null = null
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim()
    if (line === '' || line.startsWith(';') || isRegExport(line)) continue
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) {
        problem(note('notes:outlook.keyCut', { line: i + 1 }))
        key = null
        continue
      }
      key = line.startsWith('[-') ? null : line.slice(1, -1)
      if (key) tree.ensure(key)
      continue
    }
    const start = i + 1
    // Wrapped hex values: a trailing backslash continues on the next line. The pieces are
    // joined once at the end (joining line by line is quadratic in the value's length).
    let truncated = false
    let tooLong = false
    if (line.endsWith('\\') && /=hex/i.test(line)) {
      const parts = [line.slice(0, -1)]
      for (;;) {
        if (i + 1 >= lines.length) {
          truncated = true
          break
        }
        const next = lines[++i]!.trim()
        const more = next.endsWith('\\')
        if (parts.length >= LIMITS.regContinuationLines) tooLong = true
        else parts.push(more ? next.slice(0, -1) : next)
        if (!more) break
      }
      line = parts.join('')
    }
    if (!key) continue
    const name = line.startsWith('@=') ? { value: '', rest: line.slice(1) } : unquote(line)
    if (i === cutAt) truncated = true
    if (!name || !name.rest.startsWith('=')) {
      problem(note(truncated ? 'notes:outlook.valueLineCut' : 'notes:outlook.valueLineDamaged', { line: start }))
      continue
    }
    if (isSecretValueName(name.value)) continue // never decoded, never kept
    if (tooLong) {
      problem(note('notes:outlook.valueTooLong', { line: start, name: name.value, max: LIMITS.regContinuationLines }))
      continue
    }
    const raw = name.rest.slice(1).trim()
    if (raw === '-') continue
    // A hex list that ends in a comma was cut off mid-value (wrapped lines end in ",\").
    if (/^hex/i.test(raw) && raw.endsWith(',')) truncated = true
    const decoded = truncated ? null : decodeData(raw)
    if (!decoded) {
      problem(note(truncated ? 'notes:outlook.valueCut' : 'notes:outlook.valueDamaged', { line: start, name: name.value }))
      continue
    }
    tree.setValue(key, { name: name.value, ...decoded })
  }
  if (untold > 0) problems.push(note('notes:outlook.moreLines', { count: untold }))
  return { tree, problems }
}
