import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RegistryFormatError, parseRegistryFile } from '../../../../src/sources/outlook/reader.js'
import { outlookAccounts } from '../../../../src/sources/outlook/outlook-accounts.js'

const KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\P\\9375CFF0413111d3B88A00104B2A6676\\00000001'
const lines = fc.constantFrom(
  '[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\P\\9375CFF0413111d3B88A00104B2A6676\\00000001]',
  '"clsid"="{ED475412-B0D6-11D2-8C3B-00104B2A6676}"',
  '"IMAP Server"=hex:69,00,6d,00,\\',
  '  61,00,70,00,00,00',
  '"IMAP Port"=dword:000003e1',
  '"Leave on Server"=dword:',
  '"IMAP Password"=hex:01,02',
  '"x"=hex(7):zz',
  '"POP3 Port"=hex(4):e1,03',
  '"Q"=hex(b):01',
  '[HKEY_CURRENT_USER\\',
  '"unterminated=',
  '    IMAP User    REG_BINARY    6A00',
  '',
)

describe('hostile registry files', () => {
  it('any mix of valid and broken .reg lines gives a tree or a clear format error, and accounts never throw', () => {
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 30 }), fc.boolean(), (body, utf16) => {
        const text = ['Windows Registry Editor Version 5.00', ...body].join('\r\n')
        const bytes = utf16 ? new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]) : new TextEncoder().encode(text)
        const parsed = parseRegistryFile(bytes)
        outlookAccounts(parsed.tree)
        expect(parsed.tree.value(KEY, 'IMAP Password')).toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })

  it('random bytes are refused with a RegistryFormatError or read as text, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          outlookAccounts(parseRegistryFile(bytes).tree)
        } catch (error) {
          expect(error).toBeInstanceOf(RegistryFormatError)
        }
      }),
      { numRuns: 300 },
    )
  })
})
