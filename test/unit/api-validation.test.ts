import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS, validateArgs, validateTestRequest, validateTimeoutMs } from '../../src/api-validation.js'

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
    expect(validateArgs('testAccount', [{ ...request, security: 'none', allowPlaintext: true }, { testId: 'ab12-CD_34' }])).toEqual([
      { ...request, security: 'none', allowPlaintext: true },
      { testId: 'ab12-CD_34' },
    ])
    expect(validateArgs('testProgress', ['ab12-CD_34'])).toEqual(['ab12-CD_34'])
    expect(validateArgs('cancelTest', ['0f8e6f0c-4a7b-4b8e-9a55-2f1e0c0d9b11'])).toEqual(['0f8e6f0c-4a7b-4b8e-9a55-2f1e0c0d9b11'])
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
      ['testAccount', [{ ...request, allowPlaintext: 'yes' }]],
      ['testAccount', [request, { testId: 'short' }]],
      ['testAccount', [request, { testId: 'ab12cd34', signal: {} }]],
      ['testProgress', []],
      ['testProgress', ['ab12cd34\r\nforged']],
      ['cancelTest', [42]],
      ['cancelTest', ['x'.repeat(65)]],
      ['explain', ['x'.repeat(20_001)]],
      ['explain', ['LOGIN failed.', { host: 'evil.example/path' }]],
      ['lookup', ['a@b.c'.padStart(321, 'x')]],
      ['openHelp', ['https://'.padEnd(2049, 'x')]],
      ['openHelp', [42]],
      ['explain', []],
      ['appInfo', [1]],
      ['setLanguage', ['klingon']],
      ['setLanguage', []],
      ['nope' as 'scan', []],
      ['guidance', [{}]],
      ['guidance', [{ email: 'a@b.c', accountId: 'tb-1' }]],
      ['guidance', [{ email: 'not an address' }]],
      ['guidance', [{ email: 'a@b.c', verdict: 'made-up' }]],
      ['guidance', [{ email: 'a@b.c', crmName: 'Acme\r\nforged' }]],
      ['guidance', [{ email: 'a@b.c', password: 'x' }]],
      ['guidance', [{ accountId: 'tb-1', offline: 'yes' }]],
      ['guidance', [{ accountId: 'tb-1', movedToImap: 'yes' }]],
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

describe('validateTestRequest: every field at its edges', () => {
  const ok = (change: object) => validateTestRequest({ ...request, ...change })
  const refused = (change: object) => expect(() => ok(change), JSON.stringify(change)).toThrow(InvalidArgumentError)

  it('protocol: imap, pop3 or smtp only', () => {
    for (const protocol of ['imap', 'pop3', 'smtp']) expect(ok({ protocol }).protocol).toBe(protocol)
    for (const protocol of ['ews', 'IMAP', '', null]) refused({ protocol })
  })

  it('security: tls, starttls or none only', () => {
    for (const security of ['tls', 'starttls', 'none']) expect(ok({ security }).security).toBe(security)
    for (const security of ['ssl', 'TLS', undefined]) refused({ security })
  })

  it('host: a name or IP literal up to 253 characters', () => {
    expect(ok({ host: 'a'.repeat(253) }).host).toHaveLength(253)
    expect(ok({ host: '192.0.2.1' }).host).toBe('192.0.2.1')
    for (const host of ['a'.repeat(254), '', 'bad host', 'imap.example.com/x', 'imap.example.com\r\n', 'user@imap.example.com']) refused({ host })
  })

  it('port: a whole number from 1 to 65535', () => {
    expect(ok({ port: 1 }).port).toBe(1)
    expect(ok({ port: 65_535 }).port).toBe(65_535)
    for (const port of [0, 65_536, -1, 1.5, Number.NaN, '993', null]) refused({ port })
  })

  it('username: 1-512 characters, no control characters', () => {
    expect(ok({ username: 'u'.repeat(512) }).username).toHaveLength(512)
    expect(ok({ username: 'jane doe@example.com' }).username).toBe('jane doe@example.com')
    for (const username of ['', 'u'.repeat(513), 'sam\r\nDELE 1', 'sam\tx', 'sam\u0000', 'sam\u007f', 42]) refused({ username })
  })

  it('password: 1-1024 characters, anything but NUL, CR and LF', () => {
    expect(ok({ password: 'p'.repeat(1024) }).password).toHaveLength(1024)
    expect(ok({ password: 'tab\there \u0001 ünï "q"' }).password).toBe('tab\there \u0001 ünï "q"')
    for (const password of ['', 'p'.repeat(1025), 'x\nDELE 1', 'x\rDELE 1', 'x\u0000', 7]) refused({ password })
  })

  it('timeout: whole milliseconds from 100 to 120000', () => {
    expect(ok({ timeoutMs: MIN_TIMEOUT_MS }).timeoutMs).toBe(100)
    expect(ok({ timeoutMs: MAX_TIMEOUT_MS }).timeoutMs).toBe(120_000)
    expect(ok({}).timeoutMs).toBeUndefined()
    for (const timeoutMs of [99, 120_001, 5, 0, -1, 100.5, '4000', Number.POSITIVE_INFINITY]) refused({ timeoutMs })
    expect(validateTimeoutMs(4000)).toBe(4000)
    expect(() => validateTimeoutMs(99)).toThrow(InvalidArgumentError)
  })

  it('email: optional, up to 320 characters, no control characters', () => {
    expect(ok({ email: 'a@b.c' }).email).toBe('a@b.c')
    expect(ok({ email: `${'x'.repeat(316)}@b.c` }).email).toHaveLength(320)
    for (const email of [`${'x'.repeat(317)}@b.c`, 'a@b.c\r\nBcc: x', 42]) refused({ email })
  })

  it('ca: optional PEM text up to 64 KiB', () => {
    expect(ok({ ca: 'x'.repeat(64 * 1024) }).ca).toHaveLength(64 * 1024)
    for (const ca of ['x'.repeat(64 * 1024 + 1), 42, '']) refused({ ca })
  })

  it('no other field', () => refused({ rejectUnauthorized: false }))
})
