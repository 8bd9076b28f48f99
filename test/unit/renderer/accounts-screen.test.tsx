import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from '../../../renderer/src/App.js'
import { blockerTitle } from '../../../src/words/words.js'
import { coreGuidance, fakeApi, imapAccount, popAccount, scanWith } from './fake-api.js'

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
    expect(pop.textContent).toContain('POP3')
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
              message: [{ code: 'sources:fullDiskAccess.denied' }],
              fix: { steps: ['Open System Settings > Privacy & Security > Full Disk Access.', 'Turn on Mail Settings Inspector.'], links: [deepLink], linksOpen: 'full-disk-access-settings' },
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

  it('with nothing found, names each program checked and where, those it cannot read, and what to do', async () => {
    const neverSetUp = {
      client: 'thunderbird' as const,
      location: '/home/jane/.thunderbird/abc.default',
      status: 'not-found' as const,
      accounts: 0,
      message: [{ code: 'notes:thunderbird.noPrefs' }],
    }
    await renderApp(fakeApi({ scan: async () => scanWith([], [neverSetUp]) }))
    const section = screen.getByRole('region', { name: 'Where we looked' })
    const text = section.textContent ?? ''
    for (const program of ['Thunderbird', 'Apple Mail', 'Outlook (classic, on Windows)']) expect(text).toContain(program)
    for (const place of ['~/.thunderbird', '~/AppData/Roaming/Thunderbird', '~/Library/Mail', 'Outlook\\Profiles']) expect(text).toContain(place)
    // A profile folder without prefs.js is Thunderbird never set up, as the command line says.
    expect(text).toContain('Thunderbird was probably never set up in it')
    expect(text).not.toContain('Not on this computer')
    for (const program of ['New Outlook for Windows', 'Outlook for Mac', 'Windows Mail', 'Webmail']) expect(text).toContain(program)
    expect(text).toContain('Type your email address above')
    expect(text).toContain('Full Disk Access')
    expect(screen.getByLabelText('Your email address')).toBeTruthy()
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

  it('reads calmly: an outgoing username equal to the incoming one gets no second Copy button, the POP3 blocker shows once', async () => {
    const pop = { ...popAccount, warnings: [{ code: 'notes:appleMail.removedAtOnce' }] }
    const otherSender = { ...imapAccount, id: 'tb-2', email: 'team@example.com', name: 'team@example.com', outgoing: { ...imapAccount.outgoing!, username: 'team-sender' } }
    const accounts = [imapAccount, otherSender, pop]
    await renderApp(fakeApi({ scan: async () => scanWith(accounts), guidance: coreGuidance(accounts) }))
    const card = screen.getByRole('article', { name: 'jane.doe@example.com' })
    expect(within(card).getAllByRole('button', { name: /^Copy .*[Uu]sername$/ })).toHaveLength(1)
    expect(card.textContent).toContain('Same as the username above')
    // A different outgoing username keeps its own Copy button.
    const other = screen.getByRole('article', { name: 'team@example.com' })
    expect(within(other).getByRole('button', { name: 'Copy Outgoing username' })).toBeTruthy()
    // The core's pop3-account blocker, in the words table's words, once; the move button follows from its step.
    const popCard = screen.getByRole('article', { name: 'sam@pop.example' })
    await waitFor(() => expect(popCard.textContent).toContain(blockerTitle('pop3-account')))
    expect(popCard.textContent!.split('POP3 downloads your mail')).toHaveLength(2)
    expect(popCard.textContent).toContain('without losing the mail that is only here')
    expect(popCard.textContent).toContain('Apple Mail removes each message from the server')
    expect(within(popCard).getByRole('button', { name: /Move .*to IMAP/ })).toBeTruthy()
    expect(within(card).queryByRole('button', { name: /Move .*to IMAP/ })).toBeNull()
  })

  it('in privacy mode masks an account known only by its name, in the card and its button label', async () => {
    sessionStorage.setItem('privacy-mode', 'on')
    try {
      const noAddress = { ...imapAccount, id: 'tb-3', email: null, name: 'jane.doe@mail.example.com' }
      await renderApp(fakeApi({ scan: async () => scanWith([noAddress]) }))
      const card = screen.getByRole('article', { name: 'j***@mail.example.com' })
      expect(card.textContent).not.toContain('jane.doe')
      expect(within(card).getByRole('button', { name: /Test this account/ }).textContent).not.toContain('jane.doe')
    } finally {
      sessionStorage.clear()
    }
  })

  it('offers "Ask Apple Mail" when Apple Mail could not be read, and adds what Mail answers', async () => {
    const denied = {
      client: 'apple-mail' as const,
      location: '/Users/jane/Library/Mail',
      status: 'permission-denied' as const,
      accounts: 0,
      message: [{ code: 'sources:fullDiskAccess.denied' }],
      fix: { steps: ['Turn on Full Disk Access.'], askAppleMail: true },
    }
    const answered = { client: 'apple-mail' as const, location: 'Apple Mail (AppleScript)', status: 'ok' as const, accounts: 1 }
    const api = fakeApi({
      scan: async () => scanWith([], [denied]),
      askAppleMail: async () => scanWith([popAccount], [answered]),
    })
    await renderApp(api)
    expect(screen.getByText('We did not find any email account on this computer.')).toBeTruthy()
    // Nothing is asked until the user clicks: asking starts Mail.
    expect(api.calls.some((c) => c.method === 'askAppleMail')).toBe(false)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ask Apple Mail' })))
    expect(api.calls.filter((c) => c.method === 'askAppleMail')).toHaveLength(1)
    expect(screen.getByRole('article', { name: 'sam@pop.example' })).toBeTruthy()
    expect(screen.getByText(/Found 1 email account/)).toBeTruthy()
  })

  it('shows why Apple Mail could not be asked, in its words', async () => {
    const denied = { client: 'apple-mail' as const, location: '/Users/jane/Library/Mail', status: 'permission-denied' as const, accounts: 0, fix: { steps: [], askAppleMail: true } }
    const api = fakeApi({
      scan: async () => scanWith([], [denied]),
      askAppleMail: async () => {
        throw new Error('Asking Apple Mail needs macOS: Apple Mail and AppleScript exist only there.')
      },
    })
    await renderApp(api)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ask Apple Mail' })))
    expect(screen.getByRole('alert').textContent).toContain('Asking Apple Mail needs macOS')
  })

  it('names each fix link by what the core says it opens, and offers asking Apple Mail only where the core does', async () => {
    const automation = 'x-apple.systempreferences:com.apple.preference.security?Privacy_Automation'
    // macOS refused asking Mail (Automation): its fix opens Automation, and asking again is one of its steps.
    const refused = {
      client: 'apple-mail' as const,
      location: 'Apple Mail (AppleScript)',
      status: 'permission-denied' as const,
      accounts: 0,
      fix: { steps: ['Open System Settings > Privacy & Security > Automation.'], links: [automation], linksOpen: 'automation-settings' as const },
    }
    await renderApp(fakeApi({ scan: async () => scanWith([], [refused]) }))
    expect(screen.getByRole('button', { name: 'Open Automation settings' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Open Full Disk Access settings' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Ask Apple Mail' })).toBeNull()
  })

  it('shows the address of a help page the computer could not open, instead of doing nothing', async () => {
    const help = 'https://support.apple.com/en-us/102654'
    const source = { client: 'apple-mail' as const, location: '~/Library/Mail', status: 'unreadable' as const, accounts: 0, fix: { steps: ['Read this.'], links: [help] } }
    const api = fakeApi({ scan: async () => scanWith([], [source]), openHelp: async () => false })
    await renderApp(api)
    expect(screen.queryByText(help)).toBeNull()
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open help page' })))
    expect(api.calls.find((c) => c.method === 'openHelp')?.args).toEqual([help])
    expect(screen.getByText(help)).toBeTruthy()
  })
})
