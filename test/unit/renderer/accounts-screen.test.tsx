// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App } from '../../../renderer/src/App.js'
import { fakeApi, imapAccount, popAccount, scanWith } from './fake-api.js'

afterEach(cleanup)

async function renderApp(api: ReturnType<typeof fakeApi>) {
  await act(async () => {
    render(<App api={api} />)
  })
}

describe('accounts screen', () => {
  it('shows each account as a card grouped by mail program, values in plain words', async () => {
    const api = fakeApi({ scan: async () => scanWith([imapAccount, popAccount]) })
    await renderApp(api)
    expect(screen.getByRole('heading', { level: 2, name: 'In Thunderbird' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: 'In Apple Mail' })).toBeTruthy()
    const card = screen.getByRole('article', { name: 'jane.doe@example.com' })
    const text = card.textContent ?? ''
    expect(text).toContain('Example Mail')
    expect(text).toContain('imap.example.com')
    expect(text).toContain('Encrypted from the start (SSL/TLS)')
    expect(text).toContain('Encrypted after connecting (STARTTLS)')
    expect(within(card).getByText('IMAP')).toBeTruthy()
    expect(within(card).getByRole('button', { name: 'Copy Incoming port' })).toBeTruthy()
    const pop = screen.getByRole('article', { name: 'sam@pop.example' })
    expect(within(pop).getByText('POP3')).toBeTruthy()
    expect(pop.textContent).toContain('Some of your mail may exist only on this computer')
    expect(pop.textContent).toContain('No outgoing server is set up')
    expect(api.calls.filter((c) => c.method === 'scan')).toHaveLength(1)
  })

  it('shows a source it could not read with its fix and a Full Disk Access button', async () => {
    const deepLink = 'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles'
    const api = fakeApi({
      scan: async () =>
        scanWith(
          [],
          [
            {
              client: 'apple-mail',
              location: '~/Library/Mail',
              status: 'permission-denied',
              accounts: 0,
              message: 'macOS did not let this app read Apple Mail’s settings.',
              fix: { steps: ['Open System Settings > Privacy & Security > Full Disk Access.', 'Turn on Mail Settings Inspector.'], links: [deepLink] },
            },
          ],
        ),
    })
    await renderApp(api)
    expect(screen.getByText('Turn on Mail Settings Inspector.')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open Full Disk Access settings' })))
    expect(api.calls.find((c) => c.method === 'openHelp')?.args).toEqual([deepLink])
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Look again' })[0]!))
    expect(api.calls.filter((c) => c.method === 'scan')).toHaveLength(2)
  })

  it('offers lookup by email when nothing is found, and says gracefully when lookup is not there yet', async () => {
    const api = fakeApi()
    await renderApp(api)
    expect(screen.getByText('We did not find any email account on this computer.')).toBeTruthy()
    const input = screen.getByLabelText('Your email address')
    fireEvent.change(input, { target: { value: 'jane@example.com' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Find settings' })))
    expect(api.calls.find((c) => c.method === 'lookup')?.args[0]).toBe('jane@example.com')
    expect(screen.getByText('Not in this version yet')).toBeTruthy()
  })

  it('shows a scan failure with a way to try again', async () => {
    let fail = true
    const api = fakeApi({
      scan: async () => {
        if (fail) throw new Error('disk on fire')
        return scanWith([imapAccount])
      },
    })
    await renderApp(api)
    expect(screen.getByRole('alert').textContent).toContain('disk on fire')
    fail = false
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })))
    expect(screen.getByRole('article', { name: 'jane.doe@example.com' })).toBeTruthy()
  })
})
