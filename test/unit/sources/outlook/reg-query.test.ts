import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseRegQuery } from '../../../../src/sources/outlook/reg-query.js'

const text = readFileSync(new URL('../../../fixtures/outlook/outlook-2010-reg-query.txt', import.meta.url), 'utf8')
const ACC = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles\\Default Outlook Profile\\9375CFF0413111d3B88A00104B2A6676'

describe('parseRegQuery', () => {
  it('reads `reg query /s` text: names with spaces, REG_BINARY hex, REG_DWORD 0x, REG_SZ', () => {
    const { tree, problems } = parseRegQuery(text)
    expect(problems).toEqual([])
    expect(tree.value(`${ACC}\\00000001`, 'IMAP Port')?.data).toBe(143)
    expect(Buffer.from(tree.value(`${ACC}\\00000001`, 'IMAP Server')!.data as Uint8Array).toString('utf16le')).toBe('imap.club.example\0')
    expect(tree.value(`${ACC}\\00000002`, 'Account Name')).toEqual({ name: 'Account Name', type: 'REG_SZ', data: 'Family POP' })
    expect(tree.children(ACC)).toEqual(['00000001', '00000002'])
  })

  it('never keeps a Password value', () => {
    expect(parseRegQuery(text).tree.value(`${ACC}\\00000001`, 'IMAP Password')).toBeUndefined()
  })

  it('reads (Default) and REG_MULTI_SZ, and reports broken lines', () => {
    const { tree, problems } = parseRegQuery(
      'HKEY_CURRENT_USER\\T\n    (Default)    REG_SZ    d\n    M    REG_MULTI_SZ    a\\0b\n    B    REG_BINARY    ABC\nnot a value line\n',
    )
    expect(tree.value('HKCU\\T', '')?.data).toBe('d')
    expect(tree.value('HKCU\\T', 'M')?.data).toEqual(['a', 'b'])
    expect(problems).toHaveLength(2)
  })
})
