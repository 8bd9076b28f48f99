// The one validator of every InspectorApi call, for every surface: Electron's IPC (main/),
// browser mode (src/web/) and the CLI all go through it, and the core behind it (runTest,
// lookup, ...) trusts what it receives. Each validator returns freshly built arguments, so no
// foreign prototype or extra field ever reaches the core.
// The rules (docs/architecture.md "One contract"):
// - text fields have a maximum length (LIMITS) and, except the password and a pasted error
//   text, no control characters (C0 and DEL): they end up in logs, protocol lines and messages;
// - a password may hold anything but NUL, CR and LF (POP3 and SMTP send it as one line; a
//   line break would run a second command, NUL ends it inside SASL PLAIN);
// - a host is a name or IP literal; a port a whole number 1-65535;
// - a timeout a whole number of milliseconds from 100 to 120000 (MIN/MAX_TIMEOUT_MS).
import { INSPECTOR_METHODS, type InspectorApi, type InspectorMethod } from './api.js'
import { SECURITIES, VERDICTS, type GuidanceQuery, type TestRequest } from './model.js'
import { parseDnsServer } from './net/dns-server.js'
import { LANGUAGES, PSEUDO_LANGUAGE } from './i18n/languages.js'
import { t, type MessageKey, type MessageParams } from './i18n/i18n.js'

/**
 * A refused argument. What a person can type wrong (an address, a server, a port, a field too
 * long) is said in the core's language, with its key in the `errors` catalogue as `code`; what
 * only a faulty caller sends (a missing object, an extra field, a wrong argument count) stays
 * English: it is a programmer's message, never caused by what a user types.
 */
export class InvalidArgumentError extends Error {
  readonly code?: string

  constructor(message: string, code?: Extract<MessageKey, `errors:${string}`>) {
    super(message)
    this.name = 'InvalidArgumentError'
    if (code) this.code = code
  }
}

/** The fields a person fills in, by their words in the `errors` catalogue. */
type Field = 'email' | 'server' | 'port' | 'protocol' | 'security' | 'username' | 'password' | 'certificate' | 'timeout' | 'dnsServer' | 'errorText' | 'crmName' | 'link' | 'accountId' | 'language' | 'verdict'

export type MethodArgs<M extends InspectorMethod> = Parameters<InspectorApi[M]>

type Validator<M extends InspectorMethod> = (args: unknown[]) => MethodArgs<M>

const LIMITS = {
  email: 320,
  host: 253,
  username: 512,
  password: 1024,
  text: 20_000,
  url: 2048,
  accountId: 512,
  ca: 64 * 1024,
} as const

export const MIN_TIMEOUT_MS = 100
export const MAX_TIMEOUT_MS = 120_000

const CONTROL = /[\x00-\x1f\x7f]/
const LINE_BREAK_OR_NUL = /[\0\r\n]/

/** A faulty caller's argument (never what a user typed): a programmer's message, in English. */
function fail(message: string): never {
  throw new InvalidArgumentError(message)
}

/** What a user typed is refused: said in the core's language, with its code. */
function refuse(code: Extract<MessageKey, `errors:${string}`>, params: MessageParams = {}): never {
  throw new InvalidArgumentError(t(code, params), code)
}

/** A refusal about one field, named in the language ("“Password” is too long."). */
function refuseField(code: Extract<MessageKey, `errors:invalid.${string}`>, field: Field, params: MessageParams = {}): never {
  refuse(code, { ...params, field: t(`errors:field.${field}`) })
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

function objectWith(value: unknown, what: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isPlainObject(value)) fail(`${what} must be an object`)
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${what} has an unexpected field "${key}"`)
  }
  return value
}

function text(value: unknown, field: Field, max: number, { allowEmpty = false } = {}): string {
  if (typeof value !== 'string') refuseField('errors:invalid.notText', field)
  if (!allowEmpty && value.length === 0) refuseField('errors:invalid.empty', field)
  if (value.length > max) refuseField('errors:invalid.tooLong', field)
  return value
}

function optionalText(value: unknown, field: Field, max: number): string | undefined {
  return value === undefined ? undefined : text(value, field, max)
}

function oneOf<T extends string>(value: unknown, field: Field, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    refuseField('errors:invalid.oneOf', field, { values: allowed.join(', ') })
  }
  return value as T
}

function integer(value: unknown, field: Field, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuseField('errors:invalid.wholeNumber', field, { min: String(min), max: String(max) })
  }
  return value
}

/** A host name or IP literal: no spaces, no URL parts, nothing a socket library would misread. */
function hostName(value: unknown, field: Field): string {
  const host = text(value, field, LIMITS.host)
  if (!/^[A-Za-z0-9._:\-[\]]+$/.test(host)) refuseField('errors:invalid.notServer', field)
  return host
}

function argCount(args: unknown[], min: number, max: number): void {
  if (args.length < min || args.length > max) fail(`expected ${min === max ? min : `${min} to ${max}`} arguments`)
}

function noArgs(args: unknown[]): [] {
  // Tolerate trailing undefined: a JSON body of `[]` and an IPC call without args look alike.
  if (args.some((arg) => arg !== undefined)) fail('this method takes no arguments')
  return []
}

/**
 * POP3 and SMTP send the username and password as one line each (`USER name`, `PASS secret`):
 * a line break inside would run a second command (e.g. DELE) on the user's mailbox.
 */
function lineSafe(value: string, field: Field, forbidden: RegExp): string {
  if (forbidden.test(value)) refuseField('errors:invalid.lineBreak', field)
  return value
}

const TEST_PROTOCOLS: readonly TestRequest['protocol'][] = ['imap', 'pop3', 'smtp']

/** A DNS server for lookups (`--dns`): an IP address with an optional port. */
export function validateDnsServer(value: unknown): string {
  const server = text(value, 'dnsServer', LIMITS.host)
  try {
    parseDnsServer(server)
  } catch {
    refuse('errors:invalid.notDnsServer', { value: server })
  }
  return server
}

/** A timeout in milliseconds (a test's, a lookup's). */
export function validateTimeoutMs(value: unknown): number {
  return integer(value, 'timeout', MIN_TIMEOUT_MS, MAX_TIMEOUT_MS)
}

/**
 * A port as typed on a command line: decimal digits only, then the same 1-65535 rule.
 * Number() alone would take "1e3" (1000), "0x8f" (143) and " 80 ".
 */
export function validatePortText(value: string): number {
  if (!/^[0-9]{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65_535) refuse('errors:problem.port')
  return Number(value)
}

/** A timeout as typed on a command line: decimal digits only, then validateTimeoutMs's range. */
export function validateTimeoutText(value: string): number {
  const ms = Number(value)
  if (!/^[0-9]{1,7}$/.test(value) || ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
    refuse('errors:problem.timeout', { min: String(MIN_TIMEOUT_MS), max: String(MAX_TIMEOUT_MS) })
  }
  return ms
}

function optionalEmail(value: unknown): string | undefined {
  const email = optionalText(value, 'email', LIMITS.email)
  return email === undefined ? undefined : lineSafe(email, 'email', CONTROL)
}

export function validateTestRequest(value: unknown): TestRequest {
  const raw = objectWith(value, 'the test request', [
    'protocol',
    'host',
    'port',
    'security',
    'username',
    'password',
    'email',
    'ca',
    'timeoutMs',
    'allowPlaintext',
  ])
  const request: TestRequest = {
    protocol: oneOf(raw.protocol, 'protocol', TEST_PROTOCOLS),
    host: hostName(raw.host, 'server'),
    port: integer(raw.port, 'port', 1, 65_535),
    security: oneOf(raw.security, 'security', SECURITIES),
    username: lineSafe(text(raw.username, 'username', LIMITS.username), 'username', CONTROL),
    // Never echo the password's content in a message; only its shape is checked.
    password: lineSafe(text(raw.password, 'password', LIMITS.password), 'password', LINE_BREAK_OR_NUL),
  }
  const email = optionalEmail(raw.email)
  if (email !== undefined) request.email = email
  const ca = optionalText(raw.ca, 'certificate', LIMITS.ca)
  if (ca !== undefined) request.ca = ca
  if (raw.timeoutMs !== undefined) request.timeoutMs = validateTimeoutMs(raw.timeoutMs)
  if (raw.allowPlaintext !== undefined) {
    if (typeof raw.allowPlaintext !== 'boolean') fail('allowPlaintext must be true or false')
    request.allowPlaintext = raw.allowPlaintext
  }
  return request
}

function testId(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(value)) fail('the test id must be 8 to 64 letters, digits, - or _')
  return value
}

const validators: { [M in InspectorMethod]: Validator<M> } = {
  scan: noArgs,
  askAppleMail: noArgs,
  appInfo: noArgs,
  setLanguage: (args) => {
    argCount(args, 1, 1)
    return [oneOf(args[0], 'language', [...LANGUAGES, PSEUDO_LANGUAGE])]
  },
  lookup: (args) => {
    argCount(args, 1, 2)
    const email = text(args[0], 'email', LIMITS.email).trim()
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || CONTROL.test(email)) refuse('errors:invalid.notEmail')
    if (args[1] === undefined) return [email]
    const raw = objectWith(args[1], 'lookup options', ['offline'])
    if (raw.offline !== undefined && typeof raw.offline !== 'boolean') fail('offline must be true or false')
    return [email, raw.offline === undefined ? {} : { offline: raw.offline as boolean }]
  },
  imapSettingsForAccount: (args) => {
    argCount(args, 1, 1)
    // An id from scan(): printable text only, so nothing odd reaches a log or a message.
    return [lineSafe(text(args[0], 'accountId', LIMITS.accountId), 'accountId', CONTROL)]
  },
  providerPolicy: (args) => {
    argCount(args, 1, 1)
    const raw = objectWith(args[0], 'the query', ['email', 'host'])
    const query: { email?: string; host?: string } = {}
    const email = optionalEmail(raw.email)
    if (email !== undefined) query.email = email
    if (raw.host !== undefined) query.host = hostName(raw.host, 'server')
    return [query]
  },
  guidance: (args) => {
    argCount(args, 1, 1)
    const raw = objectWith(args[0], 'the query', ['email', 'accountId', 'offline', 'errorText', 'crmName', 'verdict', 'movedToImap'])
    const query: GuidanceQuery = {}
    const email = optionalEmail(raw.email)?.trim()
    if (email !== undefined) {
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) refuse('errors:invalid.notEmail')
      query.email = email
    }
    if (raw.accountId !== undefined) {
      query.accountId = lineSafe(text(raw.accountId, 'accountId', LIMITS.accountId), 'accountId', CONTROL)
    }
    if (query.email !== undefined && query.accountId !== undefined) fail('the query takes an email address or an account id, not both')
    if (raw.offline !== undefined && typeof raw.offline !== 'boolean') fail('offline must be true or false')
    if (raw.offline !== undefined) query.offline = raw.offline as boolean
    if (raw.movedToImap !== undefined && typeof raw.movedToImap !== 'boolean') fail('movedToImap must be true or false')
    if (raw.movedToImap !== undefined) query.movedToImap = raw.movedToImap as boolean
    const errorText = optionalText(raw.errorText, 'errorText', LIMITS.text)
    if (errorText !== undefined) query.errorText = errorText
    const crmName = optionalText(raw.crmName, 'crmName', 200)
    if (crmName !== undefined) query.crmName = lineSafe(crmName, 'crmName', CONTROL)
    if (raw.verdict !== undefined) query.verdict = oneOf(raw.verdict, 'verdict', VERDICTS)
    if (query.email === undefined && query.accountId === undefined && query.errorText === undefined) {
      fail('the query needs an email address, an account id or an error message')
    }
    return [query]
  },
  testAccount: (args) => {
    argCount(args, 1, 2)
    const request = validateTestRequest(args[0])
    if (args[1] === undefined) return [request]
    const raw = objectWith(args[1], 'the test options', ['testId'])
    return [request, raw.testId === undefined ? {} : { testId: testId(raw.testId) }]
  },
  testProgress: (args) => {
    argCount(args, 1, 1)
    return [testId(args[0])]
  },
  cancelTest: (args) => {
    argCount(args, 1, 1)
    return [testId(args[0])]
  },
  explain: (args) => {
    argCount(args, 1, 2)
    const message = text(args[0], 'errorText', LIMITS.text)
    if (args[1] === undefined) return [message]
    const raw = objectWith(args[1], 'the context', ['email', 'host'])
    const context: { email?: string; host?: string } = {}
    const email = optionalEmail(raw.email)
    if (email !== undefined) context.email = email
    if (raw.host !== undefined) context.host = hostName(raw.host, 'server')
    return [message, context]
  },
  openHelp: (args) => {
    argCount(args, 1, 1)
    return [text(args[0], 'link', LIMITS.url)]
  },
}

export function isInspectorMethod(name: unknown): name is InspectorMethod {
  return typeof name === 'string' && (INSPECTOR_METHODS as readonly string[]).includes(name)
}

/** Check the arguments of one call; throws InvalidArgumentError with a plain message. */
export function validateArgs<M extends InspectorMethod>(method: M, args: unknown): MethodArgs<M> {
  if (!isInspectorMethod(method)) fail('unknown method')
  if (!Array.isArray(args)) fail('arguments must be a list')
  return validators[method](args)
}
