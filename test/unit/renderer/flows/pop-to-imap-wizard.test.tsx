// The POP3 -> IMAP wizard asks the guidance core about the scanned account by its id (so the
// POP3 server's name counts, not only the address), against the real provider data, and shows
// the core's answer: the IMAP settings, "switch IMAP on" with its steps, or "no IMAP".
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { ApiContext } from '../../../../renderer/src/api-client.js'
import { CrmPasswordStep } from '../../../../renderer/src/flows/crm-password-step.js'
import { settingsFromGuidance } from '../../../../renderer/src/flows/crm-fields.js'
import { PopToImapWizard } from '../../../../renderer/src/flows/pop-to-imap-wizard.js'
import { NavigationContext } from '../../../../renderer/src/navigation.js'
import { ScanProvider } from '../../../../renderer/src/scan-state.js'
import type { MailAccount } from '../../../../src/model.js'
import { blockerTitle } from '../../../../src/words/words.js'
import { coreGuidance, fakeApi, popAccount, scanWith } from '../fake-api.js'

afterEach(cleanup)

const onServer = (email: string, host: string): MailAccount => ({
  ...popAccount,
  email,
  name: email,
  incoming: { ...popAccount.incoming, host, username: email },
})

async function openImapStep(account: MailAccount) {
  const api = fakeApi({
    scan: async () => scanWith([account]),
    lookup: async () => {
      throw new Error('lookup by address must not be needed for a scanned account')
    },
    guidance: coreGuidance([account]),
  })
  render(
    <ApiContext.Provider value={api}>
      <ScanProvider>
        <NavigationContext.Provider value={{ route: { screen: 'popToImap', params: {} }, navigate: () => {} }}>
          <PopToImapWizard accountId={account.id} />
        </NavigationContext.Provider>
      </ScanProvider>
    </ApiContext.Provider>,
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Next' }))
  await screen.findByRole('heading', { name: 'Your provider’s IMAP settings' })
  return api
}

describe('Move this POP3 account to IMAP: the IMAP settings step', () => {
  it('shows GMX’s IMAP server for a custom domain on pop.gmx.net, with the core’s “switch IMAP on” step and GMX’s page', async () => {
    const api = await openImapStep(onServer('info@baeckerei.example', 'pop.gmx.net'))
    await screen.findByText('imap.gmx.net')
    expect(api.calls.filter((c) => c.method === 'guidance').map((c) => c.args)).toEqual([[{ accountId: popAccount.id }]])
    expect(api.calls.some((c) => c.method === 'lookup' || c.method === 'providerPolicy')).toBe(false)
    const notice = document.querySelector('.blocker[data-code="imap-switched-off"]')!
    expect(notice.textContent).toContain(blockerTitle('imap-switched-off'))
    expect(notice.querySelector('[data-step="enable-imap"]')?.textContent).toContain('Switch on IMAP in GMX’s settings')
    fireEvent.click(screen.getByRole('button', { name: 'How to switch on IMAP at GMX' }))
    expect(api.calls.find((c) => c.method === 'openHelp')?.args).toEqual(['https://hilfe.gmx.net/pop-imap/einschalten.html'])
  })

  it('says plainly when the provider offers no IMAP, and shows no server to copy', async () => {
    await openImapStep(onServer('office@plumber.example', 'pop.centurytel.net'))
    const notice = await screen.findByText(blockerTitle('pop3-only-provider'))
    expect(notice.closest('.blocker')?.getAttribute('data-code')).toBe('pop3-only-provider')
    expect(document.querySelectorAll('.copy-field-value').length).toBe(0)
    expect(screen.queryByText(/How to switch on IMAP/)).toBeNull()
  })
})

describe('Connect my CRM: the password step', () => {
  async function renderFor(email: string) {
    const api = fakeApi({ guidance: coreGuidance() })
    const query = { email }
    const guidance = await api.guidance(query)
    render(
      <ApiContext.Provider value={api}>
        <CrmPasswordStep settings={settingsFromGuidance(guidance)!} guidance={guidance} query={query} onSuccess={() => {}} />
      </ApiContext.Provider>,
    )
    return api
  }

  it('tells a GMX user to switch IMAP on first, with GMX’s own page', async () => {
    const api = await renderFor('anna@gmx.de')
    fireEvent.click(await screen.findByRole('button', { name: 'How to switch on IMAP at GMX' }))
    expect(api.calls.find((c) => c.method === 'openHelp')?.args).toEqual(['https://hilfe.gmx.net/pop-imap/einschalten.html'])
  })

  it('says nothing about switching IMAP on for a provider that never switches it off', async () => {
    await renderFor('jo@fastmail.com')
    await screen.findByLabelText('Password for this test')
    expect(screen.queryByText(/How to switch on IMAP/)).toBeNull()
  })
})

describe('Move this POP3 account to IMAP: how much mail is only here', () => {
  const counted: MailAccount = {
    ...onServer('info@baeckerei.example', 'pop.gmx.net'),
    pop3: { leaveOnServer: false },
    localMail: { messages: 1204, folders: 9, bytes: 88_000_000 },
  }

  function renderWizard(account: MailAccount, serverMessages: number) {
    const api = fakeApi({
      scan: async () => scanWith([account]),
      guidance: coreGuidance([account]),
      testAccount: async (req) => ({
        ok: true,
        verdict: 'ok',
        stage: 'logout',
        steps: [{ stage: 'mailbox', ok: true, ms: 3, detail: '', note: { code: 'steps:mailbox.inbox', params: { count: serverMessages } } }],
        server: { protocol: req.protocol, host: req.host, port: req.port, security: req.security, username: req.username },
        serverResponse: null,
        mailbox: { messages: serverMessages },
        advice: { verdict: 'ok', title: 'It works', what: '', why: '', next: [], links: [] },
        durationMs: 5,
      }),
    })
    render(
      <ApiContext.Provider value={api}>
        <ScanProvider>
          <NavigationContext.Provider value={{ route: { screen: 'popToImap', params: {} }, navigate: () => {} }}>
            <PopToImapWizard accountId={account.id} />
          </NavigationContext.Provider>
        </ScanProvider>
      </ApiContext.Provider>,
    )
  }

  const next = async () => fireEvent.click(await screen.findByRole('button', { name: 'Next' }))

  it('says how many messages are on this computer, then compares with the server after the IMAP test', async () => {
    renderWizard(counted, 0)
    await next()
    await next()
    expect((await screen.findByText(/1,204 messages of this account are on this computer\./)).textContent).toContain(
      'Copy these folders into the IMAP account before you remove the POP3 account.',
    )
    await next()
    await screen.findAllByText(/1,204 messages of this account are on this computer/)
    await next()
    fireEvent.change(await screen.findByLabelText('Password for this test'), { target: { value: 'pw-local-count' } })
    fireEvent.click(screen.getByRole('button', { name: 'Test these settings' }))
    expect(
      await screen.findByText(/1,204 messages of this account are on this computer; the server keeps none: everything older is only here\./),
    ).toBeTruthy()
  })

  it('gives the server’s number when it holds some', async () => {
    renderWizard(counted, 310)
    for (let i = 0; i < 4; i++) await next()
    fireEvent.change(await screen.findByLabelText('Password for this test'), { target: { value: 'pw-local-count' } })
    fireEvent.click(screen.getByRole('button', { name: 'Test these settings' }))
    expect(await screen.findByText(/1,204 messages of this account are on this computer; the server holds 310\./)).toBeTruthy()
  })

  it('says the count is missing, without the path, when the core could not count', async () => {
    renderWizard({ ...counted, localMail: null, localMailReason: { code: 'notes:localMail.folderDenied', params: { folder: '/Users/dana/Library/Mail' } } }, 0)
    await next()
    await next()
    expect(await screen.findByText(/could not count the mail this account keeps/)).toBeTruthy()
    expect(document.body.textContent).not.toContain('/Users/dana')
  })
})
