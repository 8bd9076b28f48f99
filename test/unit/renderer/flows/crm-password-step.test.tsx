// The password step against the real provider policies (src/providers): the branch shows
// before any test; a test uses exactly the settings on screen.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ApiContext } from '../../../../renderer/src/api-client.js'
import { CrmPasswordStep } from '../../../../renderer/src/flows/crm-password-step.js'
import type { CrmSettings } from '../../../../renderer/src/flows/crm-fields.js'
import { settingsFromGuidance } from '../../../../renderer/src/flows/crm-fields.js'
import type { Guidance, GuidanceQuery, TestRequest, TestResult } from '../../../../src/model.js'
import { coreGuidance, fakeApi } from '../fake-api.js'

afterEach(cleanup)

function settingsFor(email: string, host: string): CrmSettings {
  return {
    email,
    incoming: { protocol: 'imap', host, port: 993, security: 'tls', username: email, auth: 'password' },
    outgoing: { protocol: 'smtp', host: `smtp.${host}`, port: 465, security: 'tls', username: email, auth: 'password' },
  }
}

function okResult(request: TestRequest): TestResult {
  return {
    ok: true,
    verdict: 'ok',
    stage: 'logout',
    steps: [{ stage: 'auth', ok: true, ms: 5, detail: 'Logged in' }],
    server: { protocol: request.protocol, host: request.host, port: request.port, security: request.security, username: request.username },
    serverResponse: null,
    advice: { verdict: 'ok', title: 'It works', what: '', why: '', next: [], links: [] },
    durationMs: 5,
  }
}

async function renderStep(email: string, onSuccess: (s: CrmSettings) => void = () => {}, testAccount: (r: TestRequest) => Promise<TestResult> = async (r) => okResult(r)) {
  const api = fakeApi({ guidance: coreGuidance(), testAccount })
  const query: GuidanceQuery = { email }
  const guidance: Guidance = await api.guidance(query)
  const settings = settingsFromGuidance(guidance) ?? settingsFor(email, `mail.${email.split('@')[1]}`)
  render(
    <ApiContext.Provider value={api}>
      <CrmPasswordStep settings={settings} guidance={guidance} query={query} onSuccess={onSuccess} />
    </ApiContext.Provider>,
  )
  return api
}

function failedResult(request: TestRequest, verdict: TestResult['verdict'], serverResponse: string): TestResult {
  return { ...okResult(request), ok: false, verdict, stage: 'auth', serverResponse, advice: { verdict, title: 'No', what: 'Refused', why: '', next: ['Do this'], links: [] } }
}

describe('the CRM wizard password step renders the guidance core’s answer', () => {
  it('Gmail: an app password before any test, Google’s page, 2-Step Verification and the no-spaces rule', async () => {
    await renderStep('kim.lee@gmail.com')
    await screen.findByRole('heading', { name: /Gmail needs an app password/ })
    expect(document.body.textContent).toContain('2-Step Verification')
    expect(screen.getByRole('button', { name: /Gmail’s app password page/ })).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Password for this test'), { target: { value: 'abcd efgh ijkl mnop' } })
    expect(screen.getAllByText(/without spaces/).length).toBeGreaterThan(1)
  })

  it('iCloud: Apple’s words, never Google’s', async () => {
    await renderStep('emily@icloud.com')
    await screen.findByRole('heading', { name: /iCloud Mail needs an app-specific password/ })
    const text = document.body.textContent!
    expect(text).toContain('two-factor authentication')
    expect(text).toContain('xxxx-xxxx-xxxx-xxxx')
    expect(text).not.toContain('2-Step Verification')
  })

  it('Outlook.com: no password works, no password box until asked', async () => {
    await renderStep('kim.lee@outlook.com')
    await screen.findByRole('heading', { name: /^No password will work with/ })
    expect(screen.queryByLabelText('Password for this test')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Test a password anyway' }))
    expect(screen.getByLabelText('Password for this test')).toBeTruthy()
  })

  it('tests exactly the shown IMAP and SMTP settings once each, then reports success', async () => {
    let succeeded: CrmSettings | null = null
    const api = await renderStep('max@gmx.de', (s) => (succeeded = s))
    await screen.findByRole('heading', { name: 'Use your normal email password' })
    const box = screen.getByLabelText('Password for this test') as HTMLInputElement
    fireEvent.change(box, { target: { value: 'Pw-0987' } })
    fireEvent.click(screen.getByRole('button', { name: 'Test these settings' }))
    await waitFor(() => expect(succeeded).not.toBeNull())
    const tests = api.calls.filter((c) => c.method === 'testAccount').map((c) => c.args[0] as TestRequest)
    expect(tests.map((t) => [t.protocol, t.host, t.username])).toEqual([
      ['imap', succeeded!.incoming.host, 'max@gmx.de'],
      ['smtp', succeeded!.outgoing!.host, 'max@gmx.de'],
    ])
    expect(box.value).toBe('')
  })

  it('a server that wants an app password changes the answer (the core asked again with the verdict)', async () => {
    const api = await renderStep('max@gmx.de', () => {}, async (r) => failedResult(r, 'app-password-required', 'NO [ALERT] Application-specific password required'))
    fireEvent.change(await screen.findByLabelText('Password for this test'), { target: { value: 'Pw-0987' } })
    fireEvent.click(screen.getByRole('button', { name: 'Test these settings' }))
    await screen.findByRole('heading', { name: /GMX needs an app password/ })
    expect(document.body.textContent).toContain('Application-specific password required')
    expect(api.calls.some((c) => c.method === 'guidance' && (c.args[0] as GuidanceQuery).verdict === 'app-password-required')).toBe(true)
  })
})
