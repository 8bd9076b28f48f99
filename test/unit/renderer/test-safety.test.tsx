// The test screen while someone watches: an unencrypted test asks first, a running test shows
// its step and time limit with a Cancel that reaches the core, and privacy mode hides what is
// typed into address boxes.
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from '../../../renderer/src/App.js'
import type { TestOptions } from '../../../src/api.js'
import type { MailAccount, TestRequest, TestResult } from '../../../src/model.js'
import { fakeApi, imapAccount, scanWith } from './fake-api.js'

afterEach(() => {
  cleanup()
  sessionStorage.clear()
})

const plainPop: MailAccount = {
  ...imapAccount,
  id: 'tb-plain',
  incoming: { protocol: 'pop3', host: 'pop.example.com', port: 110, security: 'none', username: 'jane.doe', auth: 'password' },
  outgoing: null,
}

const ok = (r: TestRequest): TestResult => ({
  ok: true,
  verdict: 'ok',
  stage: 'auth',
  steps: [{ stage: 'auth', ok: true, ms: 5, detail: '' }],
  server: { protocol: r.protocol, host: r.host, port: r.port, security: r.security, username: r.username },
  serverResponse: null,
  advice: { verdict: 'ok', title: 'It works', what: '', why: '', next: [], links: [] },
  durationMs: 5,
})

async function openTest(api: ReturnType<typeof fakeApi>) {
  await act(async () => {
    render(<App api={api} />)
  })
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /Test this account/ })))
}

describe('an unencrypted test', () => {
  it('asks first; "Do not test" sends nothing, "Test anyway" sends it with the consent', async () => {
    const api = fakeApi({ scan: async () => scanWith([plainPop]), testAccount: async (r) => ok(r) })
    await openTest(api)
    expect(document.body.textContent).not.toMatch(/Nothing is sent/)
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'pw-plain-1' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    const question = screen.getByRole('alertdialog')
    expect(question.textContent).toMatch(/Your password would travel readable: test anyway\?/)
    expect(document.activeElement?.textContent).toBe('Do not test')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Do not test' })))
    expect(api.calls.filter((c) => c.method === 'testAccount')).toHaveLength(0)

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test anyway' })))
    const sent = api.calls.find((c) => c.method === 'testAccount')!.args[0] as TestRequest
    expect(sent).toMatchObject({ security: 'none', allowPlaintext: true, password: 'pw-plain-1' })
  })
})

describe('a running test', () => {
  it('shows the step running now and the time limit, and Cancel stops that very test', async () => {
    let stop: (() => void) | null = null
    const api = fakeApi({
      scan: async () => scanWith([imapAccount]),
      testAccount: (_r: TestRequest, _o?: TestOptions) =>
        new Promise<TestResult>((_resolve, reject) => {
          stop = () => reject(Object.assign(new Error('The test was stopped'), { name: 'TestCancelledError' }))
        }),
      testProgress: async () => ({ stage: 'greeting', done: 2, elapsedMs: 4200, timeoutMs: 15_000 }),
      cancelTest: async () => {
        stop?.()
        return true
      },
    })
    await openTest(api)
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'pw-run-1' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Test now' })))
    await waitFor(() => expect(document.body.textContent).toContain('Now: Server says hello…'))
    expect(document.body.textContent).toContain('4 s so far; gives up after 15 s')
    const cancel = screen.getByRole('button', { name: 'Cancel test' })
    // Focus moved to Cancel: the pressed button is disabled while the test runs.
    expect(document.activeElement).toBe(cancel)
    await act(async () => fireEvent.click(cancel))
    const testId = (api.calls.find((c) => c.method === 'testAccount')!.args[1] as TestOptions).testId
    expect(testId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(api.calls.find((c) => c.method === 'cancelTest')!.args).toEqual([testId])
    expect(api.calls.find((c) => c.method === 'testProgress')!.args).toEqual([testId])
    await waitFor(() => expect(screen.getByRole('heading', { name: /Test stopped/ })).toBeTruthy())
    expect(document.activeElement?.textContent).toMatch(/Test stopped/)
  })
})

describe('privacy mode and typed text', () => {
  it('shows a typed address as dots, with a reveal-while-held button', async () => {
    sessionStorage.setItem('privacy-mode', 'on')
    await act(async () => {
      render(<App api={fakeApi()} />)
    })
    const input = screen.getByLabelText('Your email address') as HTMLInputElement
    fireEvent.change(input, { target: { value: 'jane.doe@example.com' } })
    expect(input.hasAttribute('data-masked')).toBe(true)
    expect(input.getAttribute('autocomplete')).toBe('off')
    const reveal = screen.getByRole('button', { name: 'Show while held' })
    fireEvent.pointerDown(reveal)
    expect(input.hasAttribute('data-masked')).toBe(false)
    fireEvent.pointerUp(reveal)
    expect(input.hasAttribute('data-masked')).toBe(true)
    fireEvent.keyDown(reveal, { key: ' ' })
    expect(input.hasAttribute('data-masked')).toBe(false)
    fireEvent.keyUp(reveal, { key: ' ' })
    expect(input.hasAttribute('data-masked')).toBe(true)
  })
})
