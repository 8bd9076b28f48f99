import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, validateArgs } from '../../src/api-validation.js'

const request = { protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'u', password: 'p' }

describe('validateArgs', () => {
  it('returns fresh plain arguments for good calls', () => {
    expect(validateArgs('scan', [])).toEqual([])
    expect(validateArgs('lookup', [' jane@example.com '])).toEqual(['jane@example.com'])
    expect(validateArgs('lookup', ['jane@example.com', { offline: true }])).toEqual(['jane@example.com', { offline: true }])
    expect(validateArgs('providerPolicy', [{ host: 'outlook.office365.com' }])).toEqual([{ host: 'outlook.office365.com' }])
    expect(validateArgs('imapSettingsForAccount', ['thunderbird:default:3f2a9c'])).toEqual(['thunderbird:default:3f2a9c'])
    expect(validateArgs('explain', ['LOGIN failed.', { email: 'a@b.c' }])).toEqual(['LOGIN failed.', { email: 'a@b.c' }])
    expect(validateArgs('testAccount', [{ ...request, timeoutMs: 5000, email: 'a@b.c' }])).toEqual([
      { ...request, timeoutMs: 5000, email: 'a@b.c' },
    ])
    expect(validateArgs('testAccount', [{ ...request, host: '[::1]' }])[0].host).toBe('[::1]')
    expect(validateArgs('guidance', [{ email: ' jane@gmail.com ', offline: true }])).toEqual([{ email: 'jane@gmail.com', offline: true }])
    expect(validateArgs('guidance', [{ accountId: 'tb-1', crmName: 'Acme CRM', verdict: 'oauth-required' }])).toEqual([
      { accountId: 'tb-1', crmName: 'Acme CRM', verdict: 'oauth-required' },
    ])
    expect(validateArgs('guidance', [{ errorText: 'AADSTS65001: ...' }])).toEqual([{ errorText: 'AADSTS65001: ...' }])
  })

  it('refuses anything else with InvalidArgumentError', () => {
    const bad: [Parameters<typeof validateArgs>[0], unknown][] = [
      ['scan', 'not a list'],
      ['lookup', [{ toString: () => 'a@b.c' }]],
      ['lookup', ['a@b.c', { offline: 'yes' }]],
      ['lookup', ['a@b.c', { offline: true, dns: '8.8.8.8' }]],
      ['imapSettingsForAccount', []],
      ['imapSettingsForAccount', ['']],
      ['imapSettingsForAccount', [42]],
      ['imapSettingsForAccount', [{ id: 'tb-1' }]],
      ['imapSettingsForAccount', ['tb-1', 'extra']],
      ['imapSettingsForAccount', ['tb-1\r\nforged log line']],
      ['imapSettingsForAccount', ['x'.repeat(513)]],
      ['providerPolicy', [null]],
      ['providerPolicy', [JSON.parse('{"__proto__": {"polluted": true}, "host": "x"}')]],
      ['testAccount', [Object.assign(Object.create({ inherited: 1 }), request)]],
      ['testAccount', [{ ...request, port: 0 }]],
      ['testAccount', [{ ...request, port: 993.5 }]],
      ['testAccount', [{ ...request, protocol: 'http' }]],
      ['testAccount', [{ ...request, username: '' }]],
      ['testAccount', [{ ...request, timeoutMs: 10 ** 9 }]],
      ['testAccount', [{ ...request, host: 'a'.repeat(300) }]],
      // A line break would smuggle a second POP3/SMTP command (PASS x, then DELE 1).
      ['testAccount', [{ ...request, password: 'secret\r\nDELE 1' }]],
      ['testAccount', [{ ...request, username: 'jane\nDELE 1' }]],
      ['testAccount', [{ ...request, username: 'jane\u0000' }]],
      ['testAccount', [{ ...request, password: 'p'.repeat(1025) }]],
      ['testAccount', [{ ...request, username: 'u'.repeat(513) }]],
      ['testAccount', [{ ...request, port: '993' }]],
      ['testAccount', [{ ...request, ca: 42 }]],
      ['testAccount', [[request]]],
      ['testAccount', [JSON.parse(`{"__proto__": {"password": "x"}, "protocol": "imap"}`)]],
      ['explain', ['x'.repeat(20_001)]],
      ['explain', ['LOGIN failed.', { host: 'evil.example/path' }]],
      ['lookup', ['a@b.c'.padStart(321, 'x')]],
      ['openHelp', ['https://'.padEnd(2049, 'x')]],
      ['openHelp', [42]],
      ['explain', []],
      ['appInfo', [1]],
      ['nope' as 'scan', []],
      ['guidance', [{}]],
      ['guidance', [{ email: 'a@b.c', accountId: 'tb-1' }]],
      ['guidance', [{ email: 'not an address' }]],
      ['guidance', [{ email: 'a@b.c', verdict: 'made-up' }]],
      ['guidance', [{ email: 'a@b.c', crmName: 'Acme\r\nforged' }]],
      ['guidance', [{ email: 'a@b.c', password: 'x' }]],
      ['guidance', [{ accountId: 'tb-1', offline: 'yes' }]],
    ]
    for (const [method, args] of bad) {
      expect(() => validateArgs(method, args), `${method} ${String(JSON.stringify(args)).slice(0, 60)}`).toThrow(InvalidArgumentError)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).password).toBeUndefined()
  })

  it('keeps a password with spaces, tabs and symbols as typed, and never repeats it in a refusal', () => {
    const typed = ' pa ss\tw0rd "quoted" ünï '
    expect(validateArgs('testAccount', [{ ...request, password: typed }])[0].password).toBe(typed)
    const secret = 'Hunter2-secret'
    try {
      validateArgs('testAccount', [{ ...request, password: `${secret}\r\nDELE 1` }])
      expect.unreachable()
    } catch (error) {
      expect((error as Error).message).not.toContain(secret)
    }
  })
})
