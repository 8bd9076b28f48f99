// The core writes its own words (advice, the CLI's lines) in the language the UI gave it
// through the API, and the one validator refuses a language the app does not have. Its
// refusals a user can cause come in that language too, each with its `errors:` code.
import { afterAll, describe, expect, it } from 'vitest'
import { createInspector } from '../../../src/inspector.js'
import { validateArgs } from '../../../src/api-validation.js'
import { setLanguage } from '../../../src/i18n/i18n.js'
import { formatAdvice } from '../../../src/cli/format-test.js'
import { validatedInspector } from '../../../src/api-dispatch.js'
import { TestCancelledError } from '../../../src/probe/test-cancelled.js'

describe('the core in the UI’s language', () => {
  afterAll(() => setLanguage('en'))

  it('explains in the language set through the API, and back', async () => {
    const core = createInspector({ home: '/nonexistent-home' })
    await core.setLanguage('pseudo')
    const pseudo = await core.explain('Application-specific password required', { email: 'sam@gmail.com' })
    expect(pseudo.verdict).toBe('app-password-required')
    expect(pseudo.advice.title).toMatch(/^\[Ţĥîš áççöûñţ ñééðš áñ áþþ þáššŵöŕð ·+\]$/)
    expect(formatAdvice(pseudo.advice)).toContain('[Ŵĥáţ ĥáþþéñéð')
    await core.setLanguage('en')
    const english = await core.explain('Application-specific password required', { email: 'sam@gmail.com' })
    expect(english.advice.title).toBe('This account needs an app password')
    expect(formatAdvice(english.advice)).toContain('What happened: ')
  })

  it('takes only a language of the app', () => {
    expect(validateArgs('setLanguage', ['pt-BR'])).toEqual(['pt-BR'])
    expect(() => validateArgs('setLanguage', ['pt-PT'])).toThrow(/“Language” must be one of: en, de, fr, es, pt-BR, it, nl, pseudo\./)
  })
})

describe('the core’s refusals in the UI’s language, each with a stable code', () => {
  afterAll(() => setLanguage('en'))

  /** The error a call through the one validator ends with, as every UI receives it. */
  async function refusal(call: Promise<unknown>): Promise<{ name: string; message: string; code?: string }> {
    const error = await call.then(
      () => null,
      (e: Error & { code?: string }) => e,
    )
    expect(error).not.toBeNull()
    return { name: error!.name, message: error!.message, ...(error!.code ? { code: error!.code } : {}) }
  }

  it('says a typed value it refuses, an account gone and a stopped test in German', async () => {
    const core = createInspector({ home: '/nonexistent-home' })
    const api = validatedInspector(core)
    await api.setLanguage('de')
    expect(await refusal(api.lookup('kein-at-zeichen'))).toEqual({ name: 'InvalidArgumentError', message: 'Das ist keine E-Mail-Adresse.', code: 'errors:invalid.notEmail' })
    expect(await refusal(api.testAccount({ protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: 'sam', password: 'x'.repeat(2000) }))).toEqual({
      name: 'InvalidArgumentError',
      message: '„Passwort“ ist zu lang.',
      code: 'errors:invalid.tooLong',
    })
    expect(await refusal(api.testAccount({ protocol: 'imap', host: 'imap example', port: 993, security: 'tls', username: 'sam', password: 'pw' }))).toMatchObject({
      message: '„Server“ ist kein Servername.',
    })
    expect(await refusal(api.imapSettingsForAccount('thunderbird:gone'))).toEqual({
      name: 'AccountNotFoundError',
      message: 'Dieses Konto ist nicht mehr unter den Konten, die auf diesem Computer gefunden wurden. Suchen Sie erneut und wählen Sie es aus der Liste.',
      code: 'errors:accountGone',
    })
    expect(await refusal(api.testAccount({ protocol: 'imap', host: '127.0.0.1', port: 143, security: 'none', username: 'sam', password: 'pw' }))).toMatchObject({
      name: 'PlaintextNotConfirmedError',
      code: 'errors:plaintextNotConfirmed',
      message: expect.stringMatching(/^Dieser Server verschlüsselt nicht/),
    })
    const stopped = new TestCancelledError('auth')
    expect([stopped.message, stopped.code]).toEqual(['Der Test wurde beendet, bevor der Server geantwortet hat.', 'errors:testStopped'])
  })

  it('keeps a faulty caller’s refusal (not something a user types) in English, without a code', async () => {
    const api = validatedInspector(createInspector({ home: '/nonexistent-home' }))
    await api.setLanguage('de')
    expect(await refusal(api.lookup('a@b.example', { offline: 'yes' } as never))).toEqual({ name: 'InvalidArgumentError', message: 'offline must be true or false' })
  })
})
