import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, validateArgs } from '../../src/api-validation.js'

const request = { protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'u', password: 'p' }

describe('validateArgs', () => {
  it('returns fresh plain arguments for good calls', () => {
    expect(validateArgs('scan', [])).toEqual([])
    expect(validateArgs('lookup', [' jane@example.com '])).toEqual(['jane@example.com'])
    expect(validateArgs('lookup', ['jane@example.com', { offline: true }])).toEqual(['jane@example.com', { offline: true }])
    expect(validateArgs('providerPolicy', [{ host: 'outlook.office365.com' }])).toEqual([{ host: 'outlook.office365.com' }])
    expect(validateArgs('explain', ['LOGIN failed.', { email: 'a@b.c' }])).toEqual(['LOGIN failed.', { email: 'a@b.c' }])
    expect(validateArgs('testAccount', [{ ...request, timeoutMs: 5000, email: 'a@b.c' }])).toEqual([
      { ...request, timeoutMs: 5000, email: 'a@b.c' },
    ])
    expect(validateArgs('testAccount', [{ ...request, host: '[::1]' }])[0].host).toBe('[::1]')
  })

  it('refuses anything else with InvalidArgumentError', () => {
    const bad: [Parameters<typeof validateArgs>[0], unknown][] = [
      ['scan', 'not a list'],
      ['lookup', [{ toString: () => 'a@b.c' }]],
      ['lookup', ['a@b.c', { offline: 'yes' }]],
      ['lookup', ['a@b.c', { offline: true, dns: '8.8.8.8' }]],
      ['providerPolicy', [null]],
      ['providerPolicy', [JSON.parse('{"__proto__": {"polluted": true}, "host": "x"}')]],
      ['testAccount', [Object.assign(Object.create({ inherited: 1 }), request)]],
      ['testAccount', [{ ...request, port: 0 }]],
      ['testAccount', [{ ...request, port: 993.5 }]],
      ['testAccount', [{ ...request, protocol: 'http' }]],
      ['testAccount', [{ ...request, username: '' }]],
      ['testAccount', [{ ...request, timeoutMs: 10 ** 9 }]],
      ['testAccount', [{ ...request, host: 'a'.repeat(300) }]],
      ['openHelp', [42]],
      ['explain', []],
      ['appInfo', [1]],
      ['nope' as 'scan', []],
    ]
    for (const [method, args] of bad) {
      expect(() => validateArgs(method, args), `${method} ${String(JSON.stringify(args)).slice(0, 60)}`).toThrow(InvalidArgumentError)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
