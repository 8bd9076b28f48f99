// @vitest-environment jsdom
// The CRM wizard when nothing was found on this computer: type an address, get its settings
// from the real offline provider catalog, in CRM order.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { ApiContext } from '../../../../renderer/src/api-client.js'
import { CrmWizard } from '../../../../renderer/src/flows/crm-wizard.js'
import { ScanProvider } from '../../../../renderer/src/scan-state.js'
import { lookupSettings } from '../../../../src/providers/lookup.js'
import { fakeApi, popAccount, scanWith } from '../fake-api.js'
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
    const api = fakeApi({ lookup: (email) => lookupSettings(email, { offline: true }) })
    renderWizard(api)
    await screen.findByText(/We found no email account on this computer/)
    fireEvent.change(screen.getByLabelText('Your email address'), { target: { value: 'kim.lee@gmail.com' } })
    fireEvent.click(screen.getByRole('button', { name: 'Look up settings' }))
    await screen.findByRole('heading', { name: 'Copy these into your CRM' })
    const values = Array.from(document.querySelectorAll('.crm-field .copy-field-value')).map((el) => el.textContent)
    expect(values.slice(0, 4)).toEqual(['kim.lee@gmail.com', 'imap.gmail.com', '993', 'On'])
    expect(values).toContain('smtp.gmail.com')
  })

  it('sends a POP3 account to the move wizard first: a CRM cannot sync POP3', async () => {
    const routes: Route[] = []
    const api = fakeApi({ scan: async () => scanWith([popAccount]), lookup: async () => { throw new Error('offline') } })
    renderWizard(api, routes)
    fireEvent.click(await screen.findByRole('button', { name: 'Use this account' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Move this account to IMAP' }))
    expect(routes).toEqual([{ screen: 'popToImap', params: { accountId: popAccount.id } }])
    expect(screen.queryByRole('button', { name: 'Next: the password' })).toBeNull()
  })
})
