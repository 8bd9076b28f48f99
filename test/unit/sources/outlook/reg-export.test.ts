import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeRegistryText, parseRegExport } from '../../../../src/sources/outlook/reg-export.js'
import { said } from '../../../helpers/said.js'

const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/outlook/outlook-2016.reg', import.meta.url)))
const ACC = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676'

describe('parseRegExport', () => {
  it('decodes a UTF-16LE export with a BOM, wrapped hex values and dwords into one tree', () => {
    const { tree, problems } = parseRegExport(decodeRegistryText(bytes))
    expect(problems).toEqual([])
    const server = tree.value(`${ACC}\\00000002`, 'imap server')
    expect(server?.type).toBe('REG_BINARY')
    expect(Buffer.from(server!.data as Uint8Array).toString('utf16le')).toBe('mail.example.com\0')
    expect(tree.value(`${ACC}\\00000002`, 'IMAP Port')).toEqual({ name: 'IMAP Port', type: 'REG_DWORD', data: 993 })
    expect(tree.value('HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook', 'DefaultProfile')?.data).toBe('Outlook')
    expect(tree.children(ACC).sort()).toEqual(['00000001', '00000002', '00000003', '00000004', '0000000a'])
  })

  it('never keeps a Password value', () => {
    const { tree } = parseRegExport(decodeRegistryText(bytes))
    expect(tree.value(`${ACC}\\00000002`, 'IMAP Password')).toBeUndefined()
    expect(tree.value(`${ACC}\\00000003`, 'POP3 Password')).toBeUndefined()
  })

  it('reads escaped strings, hex(2), hex(7), hex(b) and REGEDIT4 files', () => {
    const text = [
      'REGEDIT4',
      '[HKEY_CURRENT_USER\\Test]',
      '"Path"="C:\\\\Users\\\\Jane \\"J\\""',
      '"Expand"=hex(2):25,00,41,00,00,00',
      '"Multi"=hex(7):61,00,00,00,62,00,00,00,00,00',
      '"Q"=hex(b):01,00,00,00,00,00,00,00',
      '@="default"',
      '',
    ].join('\r\n')
    const { tree, problems } = parseRegExport(text)
    expect(problems).toEqual([])
    expect(tree.value('HKCU\\Test', 'Path')?.data).toBe('C:\\Users\\Jane "J"')
    expect(tree.value('HKCU\\Test', 'Expand')).toMatchObject({ type: 'REG_EXPAND_SZ', data: '%A' })
    expect(tree.value('HKCU\\Test', 'Multi')?.data).toEqual(['a', 'b'])
    expect(tree.value('HKCU\\Test', 'Q')?.data).toBe(1)
    expect(tree.value('HKCU\\Test', '')?.data).toBe('default')
  })

  it('keeps everything before the cut in a truncated export and says what was lost', () => {
    const text = decodeRegistryText(bytes)
    const cut = text.slice(0, text.indexOf('"SMTP Server"=hex:73') + 40)
    const { tree, problems } = parseRegExport(cut)
    expect(tree.value(`${ACC}\\00000002`, 'IMAP Port')?.data).toBe(993)
    expect(problems).toHaveLength(1)
    expect(said(problems[0])).toMatch(/“SMTP Server” is cut off/)
  })

  it('skips a DWORD or QWORD of the wrong length as damaged instead of failing the whole file', () => {
    const { tree, problems } = parseRegExport(
      'Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n"short"=hex(4):e1,03\r\n"q"=hex(b):01\r\n"ok"=hex(4):e1,03,00,00\r\n',
    )
    expect(tree.value('HKCU\\A', 'ok')?.data).toBe(993)
    expect(tree.value('HKCU\\A', 'short')).toBeUndefined()
    expect(tree.value('HKCU\\A', 'q')).toBeUndefined()
    expect(said(problems)).toMatch(/“short” is damaged/)
  })

  it('reports damaged lines and carries on', () => {
    const { tree, problems } = parseRegExport('Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\A]\n"x"=dword:zz\n"ok"=dword:00000001\n[HKEY_CURRENT_USER\\B\n"y"="1"')
    expect(tree.value('HKCU\\A', 'ok')?.data).toBe(1)
    expect(said(problems)).toMatch(/“x” is damaged/)
    expect(said(problems)).toMatch(/key name is cut off/)
  })
})
