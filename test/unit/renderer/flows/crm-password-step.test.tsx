// @vitest-environment jsdom
// The password step against the real provider policies (src/providers): the branch shows
// before any test; a test uses exactly the settings on screen.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ApiContext } from '../../../../renderer/src/api-client.js'
import { CrmPasswordStep } from '../../../../renderer/src/flows/crm-password-step.js'
import type { CrmSettings } from '../../../../renderer/src/flows/crm-fields.js'
import { policyFor } from '../../../../src/providers/identify.js'
import type { TestRequest, TestResult } from '../../../../src/model.js'
import { fakeApi } from '../fake-api.js'

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

function renderStep(settings: CrmSettings, onSuccess: (s: CrmSettings) => void = () => {}) {
  const api = fakeApi({ providerPolicy: async (q) => policyFor(q), testAccount: async (r) => okResult(r) })
  render(
    <ApiContext.Provider value={api}>
      <CrmPasswordStep settings={settings} onSuccess={onSuccess} />
    </ApiContext.Provider>,
  )
  return api
}

describe('the CRM wizard password step', () => {
  it('asks a Gmail user for an app password before any test, with Google’s page and the no-spaces rule', async () => {
    renderStep(settingsFor('kim.lee@gmail.com', 'imap.gmail.com'))
    await screen.findByRole('heading', { name: /needs an app password/ })
    expect(screen.getByRole('button', { name: /app password page/ })).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Password for this test'), { target: { value: 'abcd efgh ijkl mnop' } })
    expect(screen.getAllByText(/without spaces/).length).toBeGreaterThan(1)
  })

  it('tells an Outlook.com user that no password works, and offers no password box until asked', async () => {
    renderStep(settingsFor('kim.lee@outlook.com', 'outlook.office365.com'))
    await screen.findByRole('heading', { name: /^No password will work with/ })
    expect(screen.queryByLabelText('Password for this test')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Test a password anyway' }))
    expect(screen.getByLabelText('Password for this test')).toBeTruthy()
  })

  it('tests exactly the shown IMAP and SMTP settings once each, then reports success', async () => {
    let succeeded: CrmSettings | null = null
    const settings = settingsFor('kim@example.org', 'mail.example.org')
    const api = renderStep(settings, (s) => (succeeded = s))
    await screen.findByRole('heading', { name: 'Use your normal email password' })
    const box = screen.getByLabelText('Password for this test') as HTMLInputElement
    fireEvent.change(box, { target: { value: 'Pw-0987' } })
    fireEvent.click(screen.getByRole('button', { name: 'Test these settings' }))
    await waitFor(() => expect(succeeded).not.toBeNull())
    const tests = api.calls.filter((c) => c.method === 'testAccount').map((c) => c.args[0] as TestRequest)
    expect(tests.map((t) => [t.protocol, t.host, t.port, t.security, t.username])).toEqual([
      ['imap', 'mail.example.org', 993, 'tls', 'kim@example.org'],
      ['smtp', 'smtp.mail.example.org', 465, 'tls', 'kim@example.org'],
    ])
    expect(box.value).toBe('')
  })
})
