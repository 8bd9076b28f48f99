// "Connect my CRM": pick an account (or type an address) -> the settings in the order a CRM
// form asks for them -> the password step (branching on the provider) -> "Paste these into
// your CRM" once IMAP and SMTP both worked.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { MailAccount } from '../../../src/model.js'
import { useApi } from '../api-client.js'
import { ErrorNotice } from '../components/error-notice.js'
import { usePrivateInput } from '../components/private-input.js'
import { useNavigation } from '../navigation.js'
import { AccountLabel } from '../privacy.js'
import { useScan } from '../scan-state.js'
import { ScreenTitle } from '../screens/screen-title.js'
import { protocolBadge } from '../text/common.js'
import { crmText, resultText } from '../text/flows.js'
import { crmBlocker, crmSettingsFromAccount, crmSettingsFromLookup, type CrmBlocker, type CrmSettings } from './crm-fields.js'
import { CrmPasswordStep } from './crm-password-step.js'
import { CrmSettingsView } from './crm-settings-view.js'
import { StepProgress } from './step-progress.js'

export interface CrmWizardParams {
  /** Start with this account picked. */
  accountId?: string
  /** Start at the settings step with these (e.g. from the POP3 -> IMAP wizard). */
  settings?: CrmSettings
}

interface Picked {
  settings: CrmSettings | null
  account: MailAccount | null
  blocker: CrmBlocker
}

type Step = { name: 'account' } | { name: 'settings'; picked: Picked } | { name: 'password'; picked: Picked & { settings: CrmSettings } } | { name: 'done'; picked: Picked; settings: CrmSettings }

const STEP_NUMBER = { account: 1, settings: 2, password: 3, done: 4 } as const

function AccountPicker({ accounts, onPick, busy }: { accounts: MailAccount[]; onPick: (a: MailAccount) => void; busy: boolean }) {
  const [chosen, setChosen] = useState(accounts[0]?.id ?? '')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const account = accounts.find((a) => a.id === chosen)
    if (account) onPick(account)
  }
  return (
    <form onSubmit={submit} className="account-picker">
      <fieldset className="choice">
        <legend>{crmText.pickAccount}</legend>
        {accounts.map((a) => (
          <label key={a.id} className="choice-row">
            <input type="radio" name="crm-account" value={a.id} checked={chosen === a.id} onChange={() => setChosen(a.id)} />
            <AccountLabel account={a} />
            <span className="badge">{protocolBadge(a.incoming.protocol)}</span>
            {a.provider ? <span className="technical"> {a.provider.name}</span> : null}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button-primary" disabled={busy || !chosen}>
        {busy ? crmText.lookingUp : crmText.useThisAccount}
      </button>
    </form>
  )
}

function AddressForm({ onLookup, busy }: { onLookup: (email: string) => void; busy: boolean }) {
  const [email, setEmail] = useState('')
  const privateInput = usePrivateInput('crm-address')
  return (
    <form
      className="lookup-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (email.trim()) onLookup(email.trim())
      }}
    >
      <label htmlFor="crm-address">{crmText.typeAddress}</label>
      <div className="inline-form private-field">
        <input
          id="crm-address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          {...privateInput.inputProps}
        />
        {privateInput.reveal}
        <button type="submit" className="button-secondary" disabled={busy}>
          {busy ? crmText.lookingUp : crmText.lookUp}
        </button>
      </div>
    </form>
  )
}

export function CrmWizard({ accountId, settings: given }: CrmWizardParams) {
  const api = useApi()
  const { navigate } = useNavigation()
  const { state: scan } = useScan()
  const accounts = scan.status === 'done' ? scan.result.accounts : []
  const preselected = accountId ? accounts.find((a) => a.id === accountId) ?? null : null
  const [step, setStep] = useState<Step>(
    given ? { name: 'settings', picked: { settings: given, account: preselected, blocker: null } } : { name: 'account' },
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)

  const pickAccount = async (account: MailAccount) => {
    setError(null)
    const blocker = crmBlocker(account)
    const complete = blocker === null && account.outgoing?.protocol === 'smtp'
    let lookup = null
    // A POP3 account: the core finds its provider's IMAP by address or by its server's name.
    const pop3 = account.incoming.protocol === 'pop3'
    if (!complete && (account.email || pop3)) {
      setBusy(true)
      lookup = await (pop3 ? api.imapSettingsForAccount(account.id) : api.lookup(account.email!)).catch(() => null)
      setBusy(false)
    }
    setStep({ name: 'settings', picked: { settings: crmSettingsFromAccount(account, lookup), account, blocker } })
  }

  // Opened for one account (e.g. from the POP3 wizard): go straight to its settings, once.
  const autoPicked = useRef(false)
  useEffect(() => {
    if (preselected && step.name === 'account' && !autoPicked.current) {
      autoPicked.current = true
      void pickAccount(preselected)
    }
    // pickAccount is recreated each render; the account is what matters.
  }, [preselected, step.name])

  const lookupAddress = async (email: string) => {
    setError(null)
    setBusy(true)
    try {
      const result = await api.lookup(email)
      setStep({ name: 'settings', picked: { settings: crmSettingsFromLookup(result), account: null, blocker: null } })
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="wizard crm-wizard" data-step={step.name}>
      <ScreenTitle>{crmText.title}</ScreenTitle>
      <StepProgress step={STEP_NUMBER[step.name]} total={4} />

      {step.name === 'account' ? (
        <>
          <p className="intro">{crmText.intro}</p>
          {scan.status === 'scanning' ? <p role="status">…</p> : null}
          {accounts.length > 0 ? <AccountPicker accounts={accounts} onPick={(a) => void pickAccount(a)} busy={busy} /> : null}
          {scan.status === 'done' && accounts.length === 0 ? <p>{crmText.noAccounts}</p> : null}
          <AddressForm onLookup={(e) => void lookupAddress(e)} busy={busy} />
          {error ? <ErrorNotice error={error} what={crmText.lookUp} /> : null}
        </>
      ) : null}

      {step.name === 'settings' ? (
        <>
          <h2>{crmText.settingsTitle}</h2>
          {step.picked.blocker === 'pop3' ? (
            <div className="notice notice-warning" role="status">
              <p>{crmText.popNotice}</p>
              <button
                type="button"
                className="button-primary"
                onClick={() => navigate('popToImap', step.picked.account ? { accountId: step.picked.account.id } : {})}
              >
                {crmText.movePopFirst}
              </button>
            </div>
          ) : null}
          {step.picked.blocker === 'not-imap' && step.picked.settings ? <p className="notice notice-info">{crmText.notImapNotice}</p> : null}
          {step.picked.settings ? (
            <>
              <p className="intro">{crmText.settingsIntro}</p>
              <CrmSettingsView settings={step.picked.settings} />
            </>
          ) : (
            <p className="notice notice-info">{crmText.lookupFailed}</p>
          )}
          <div className="wizard-actions">
            <button type="button" className="button-secondary" onClick={() => setStep({ name: 'account' })}>
              {crmText.back}
            </button>
            {step.picked.settings && step.picked.blocker !== 'pop3' ? (
              <button
                type="button"
                className="button-primary"
                onClick={() => setStep({ name: 'password', picked: { ...step.picked, settings: step.picked.settings! } })}
              >
                {crmText.toPassword}
              </button>
            ) : null}
          </div>
        </>
      ) : null}

      {step.name === 'password' ? (
        <>
          <CrmPasswordStep
            settings={step.picked.settings}
            onSuccess={(settings) => setStep({ name: 'done', picked: step.picked, settings })}
          />
          <div className="wizard-actions">
            <button type="button" className="button-secondary" onClick={() => setStep({ name: 'settings', picked: step.picked })}>
              {crmText.back}
            </button>
          </div>
        </>
      ) : null}

      {step.name === 'done' ? (
        <section className="wizard-done" aria-labelledby="crm-done-title" role="status">
          <h2 id="crm-done-title">{resultText.successTitle}</h2>
          <p>{resultText.successIntro}</p>
          <CrmSettingsView settings={step.settings} />
          <div className="wizard-actions">
            <button type="button" className="button-secondary" onClick={() => setStep({ name: 'account' })}>
              {crmText.startOver}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}
