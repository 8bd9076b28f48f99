// The CRM wizard when nothing was found on this computer: type an address, get its settings
// from the real offline provider catalog, in CRM order.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { ApiContext } from '../../../../renderer/src/api-client.js'
import { CrmWizard } from '../../../../renderer/src/flows/crm-wizard.js'
import { ScanProvider } from '../../../../renderer/src/scan-state.js'
import { coreGuidance, fakeApi, popAccount, scanWith } from '../fake-api.js'
import type { MailAccount } from '../../../../src/model.js'
import { NavigationContext, type Route } from '../../../../renderer/src/navigation.js'

afterEach(cleanup)

function renderWizard(api: ReturnType<typeof fakeApi>, routes: Route[] = []) {
  render(
    <ApiContext.Provider value={api}>
      <ScanProvider>
        <NavigationContext.Provider
          value={{ route: { screen: 'crm', params: {} }, navigate: (screen, params) => routes.push({ screen, params } as Route) }}
        >
          <CrmWizard />
        </NavigationContext.Provider>
      </ScanProvider>
    </ApiContext.Provider>,
  )
}

describe('Connect my CRM with no account on this computer', () => {
  it('looks up a typed address and lists its settings in the order a CRM asks for them', async () => {
    const api = fakeApi({ guidance: coreGuidance() })
    renderWizard(api)
    await screen.findByText(/We found no email account on this computer/)
    fireEvent.change(screen.getByLabelText('Your email address'), { target: { value: 'kim.lee@gmail.com' } })
    fireEvent.click(screen.getByRole('button', { name: 'Look up settings' }))
    await screen.findByRole('heading', { name: 'Copy these into your CRM' })
    const values = Array.from(document.querySelectorAll('.crm-field .copy-field-value')).map((el) => el.textContent)
    expect(values.slice(0, 4)).toEqual(['kim.lee@gmail.com', 'imap.gmail.com', '993', 'On'])
    expect(values).toContain('smtp.gmail.com')
    // The Google button comes first, the app password as the other way.
    const steps = Array.from(document.querySelectorAll('.guidance-steps li')).map((li) => li.getAttribute('data-step'))
    expect(steps.slice(0, 3)).toEqual(['sign-in-google', 'turn-on-second-factor', 'make-app-password'])
  })

  it('Microsoft 365: leads with Sign in with Microsoft and the admin message; no copy list to type in, no password step', async () => {
    renderWizard(fakeApi({ guidance: coreGuidance() }))
    await screen.findByText(/We found no email account on this computer/)
    fireEvent.change(screen.getByLabelText('Your email address'), { target: { value: 'boss@contoso.onmicrosoft.com' } })
    fireEvent.click(screen.getByRole('button', { name: 'Look up settings' }))
    await screen.findByRole('heading', { name: 'What your CRM needs' })
    expect(screen.getByRole('heading', { name: /Easiest: your CRM’s “Sign in with Microsoft” button/ })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'Copy these into your CRM' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Next: the password' })).toBeNull()
    // The CRM's name goes into the ready-to-send message.
    fireEvent.change(screen.getByLabelText(/Your CRM’s name/), { target: { value: 'Pipeline Pro' } })
    fireEvent.click(screen.getByRole('button', { name: 'Put these into the message' }))
    await screen.findByText(/App: Pipeline Pro/)
    expect(document.querySelector('.ready-message')?.textContent).toContain('Grant admin consent')
  })

  it('Exchange on-premises: the IT path with its message, never a dead end', async () => {
    const exchange: MailAccount = {
      ...popAccount,
      id: 'ol-1',
      client: 'outlook',
      email: 'jane.doe@corp.example',
      name: 'jane.doe@corp.example',
      incoming: { protocol: 'exchange', host: 'mail.corp.example', port: null, security: 'tls', username: 'CORP\\jdoe', auth: 'ntlm' },
      pop3: undefined,
    }
    renderWizard(fakeApi({ scan: async () => scanWith([exchange]), guidance: coreGuidance([exchange]) }))
    fireEvent.click(await screen.findByRole('button', { name: 'Use this account' }))
    await screen.findByText(/This is Exchange: ask your IT admin whether IMAP is enabled/)
    expect(document.querySelector('.ready-message')?.textContent).toContain('Is IMAP (and SMTP sending) enabled for my mailbox?')
    expect(screen.getByRole('button', { name: 'Copy this message' })).toBeTruthy()
  })

  it('sends a POP3 account to the move wizard first: a CRM cannot sync POP3', async () => {
    const routes: Route[] = []
    const api = fakeApi({ scan: async () => scanWith([popAccount]), guidance: coreGuidance([popAccount]) })
    renderWizard(api, routes)
    fireEvent.click(await screen.findByRole('button', { name: 'Use this account' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Move this account to IMAP' }))
    expect(routes).toEqual([{ screen: 'popToImap', params: { accountId: popAccount.id } }])
    expect(screen.queryByRole('button', { name: 'Next: the password' })).toBeNull()
  })
})
