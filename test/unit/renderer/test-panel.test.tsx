import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { App } from '../../../renderer/src/App.js'
import type { TestRequest, TestResult } from '../../../src/model.js'
import { fakeApi, imapAccount, scanWith } from './fake-api.js'

afterEach(cleanup)

const failed = (request: TestRequest): TestResult => ({
  ok: false,
  verdict: 'auth-failed',
  stage: 'auth',
  steps: [
    { stage: 'connect', ok: true, ms: 12, detail: '', note: { code: 'steps:connect.connected', params: { address: '127.0.0.1', port: 993 } } },
    { stage: 'auth', ok: false, ms: 40, detail: 'NO [AUTHENTICATIONFAILED] Authentication failed.', note: { code: 'steps:failed.loginRefused' } },
  ],
  server: { protocol: request.protocol, host: request.host, port: request.port, security: request.security, username: request.username },
  serverResponse: 'NO [AUTHENTICATIONFAILED] Authentication failed.',
  advice: {
    verdict: 'auth-failed',
    title: 'Wrong username or password',
    what: 'The server refused the username or the password.',
    why: 'One of them is not what the server expects.',
    next: ['Check the password by logging in to webmail.'],
    links: [],
    alternativeUsername: 'jane.doe@example.com',
  },
  durationMs: 60,
})

async function openTest(api: ReturnType<typeof fakeApi>) {
  await act(async () => {
    render(<App api={api} />)
  })
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /Test this account/ })))
}

describe('Test this account', () => {
  it('sends the typed password once, clears it, and shows the steps and the advice', async () => {
    const api = fakeApi({ scan: async () => scanWith([imapAccount]), testAccount: async (r) => failed(r) })
    await openTest(api)
    expect(document.activeElement?.tagName).toBe('H1')
    const password = screen.getByLabelText('Password') as HTMLInputElement
    fireEvent.change(password, { target: { value: 's3cret!' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    const sent = api.calls.find((c) => c.method === 'testAccount')!.args[0] as TestRequest
    expect(sent).toEqual({
      protocol: 'imap',
      host: 'imap.example.com',
      port: 993,
      security: 'tls',
      username: 'jane.doe',
      password: 's3cret!',
      email: 'jane.doe@example.com',
    })
    expect(password.value).toBe('')
    expect(document.body.innerHTML).not.toContain('s3cret!')
    expect(screen.getByText('Logging in')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Wrong username or password' })).toBeTruthy()
    expect(screen.getAllByText('NO [AUTHENTICATIONFAILED] Authentication failed.').length).toBeGreaterThan(0)
    // The failed step says what happened in our words, with the server's own beside them.
    expect(screen.getAllByText('The server refused the login: NO [AUTHENTICATIONFAILED] Authentication failed.').length).toBeGreaterThan(0)
    expect(screen.getByText('Connected to 127.0.0.1 on port 993')).toBeTruthy()
    // The other username form is offered, and only used when the user asks.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Try again with the username/ })))
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('jane.doe@example.com')
    expect(api.calls.filter((c) => c.method === 'testAccount')).toHaveLength(1)
  })

  it('offers the other username form once only: failed logins lock accounts', async () => {
    const api = fakeApi({ scan: async () => scanWith([imapAccount]), testAccount: async (r) => failed(r) })
    await openTest(api)
    const password = screen.getByLabelText('Password') as HTMLInputElement
    fireEvent.change(password, { target: { value: 'first try' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Try again with the username/ })))
    fireEvent.change(password, { target: { value: 'second try' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    expect(api.calls.filter((c) => c.method === 'testAccount')).toHaveLength(2)
    expect(screen.getByRole('heading', { name: 'Wrong username or password' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Try again with the username/ })).toBeNull()
  })

  it('can test the outgoing server instead', async () => {
    const api = fakeApi({ scan: async () => scanWith([imapAccount]), testAccount: async (r) => failed(r) })
    await openTest(api)
    fireEvent.click(screen.getByLabelText('Outgoing mail (SMTP)'))
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'pw' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    expect(api.calls.find((c) => c.method === 'testAccount')!.args[0]).toMatchObject({ protocol: 'smtp', host: 'smtp.example.com', port: 587, security: 'starttls' })
  })

  it('says gracefully when testing is not in this version yet', async () => {
    const api = fakeApi({ scan: async () => scanWith([imapAccount]) })
    await openTest(api)
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'pw' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    expect(screen.getByText('Not in this version yet')).toBeTruthy()
  })
})
