// "Connect my CRM": pick an account (or type an address) -> the guidance core's answer (the
// provider's sign-in button first where it applies, blockers with their ready-to-send
// messages, then the settings in the order a CRM form asks for them, only when typing them in
// can work) -> the password step -> "Paste these into your CRM" once IMAP and SMTP worked.
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react'
import type { Guidance, GuidanceQuery, MailAccount } from '../../../src/model.js'
import { useApi } from '../api-client.js'
import { ErrorNotice } from '../components/error-notice.js'
import { usePrivateInput } from '../components/private-input.js'
import { useNavigation } from '../navigation.js'
import { AccountLabel } from '../privacy.js'
import { useScan } from '../scan-state.js'
import { ScreenTitle } from '../screens/screen-title.js'
import { settingsFromGuidance, type CrmSettings } from './crm-fields.js'
import { ConsentDetailsForm, GuidanceFields, GuidanceView, type StepActions } from './guidance-view.js'
import { ManualSettingsForm } from './manual-settings-form.js'
import { CrmPasswordStep } from './crm-password-step.js'
import { CrmSettingsView } from './crm-settings-view.js'
import { StepProgress } from './step-progress.js'
import { useT } from '../i18n/use-t.js'
import { protocolBadge } from '../../../src/words/words.js'

export interface CrmWizardParams {
  /** Start with this account picked. */
  accountId?: string
  /** Opened from the POP3 -> IMAP wizard: the account was just moved to IMAP. */
  movedFromPop?: boolean
  /** Opened from "I got an error": the pasted text, so the answer takes it into account. */
  errorText?: string
}

interface Picked {
  query: GuidanceQuery
  guidance: Guidance
  account: MailAccount | null
}

type Step =
  | { name: 'account' }
  | { name: 'settings'; picked: Picked }
  | { name: 'password'; picked: Picked; settings: CrmSettings }
  | { name: 'done'; picked: Picked; settings: CrmSettings }

const STEP_NUMBER = { account: 1, settings: 2, password: 3, done: 4 } as const

function AccountPicker({ accounts, onPick, busy }: { accounts: MailAccount[]; onPick: (a: MailAccount) => void; busy: boolean }) {
  const t = useT()
  const [chosen, setChosen] = useState(accounts[0]?.id ?? '')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const account = accounts.find((a) => a.id === chosen)
    if (account) onPick(account)
  }
  return (
    <form onSubmit={submit} className="account-picker">
      <fieldset className="choice">
        <legend>{t('ui-crm:crm.pickAccount')}</legend>
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
        {busy ? t('ui-crm:crm.lookingUp') : t('ui-crm:crm.useThisAccount')}
      </button>
    </form>
  )
}

function AddressForm({ onLookup, busy }: { onLookup: (email: string) => void; busy: boolean }) {
  const t = useT()
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
      <label htmlFor="crm-address">{t('ui-crm:crm.typeAddress')}</label>
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
          {busy ? t('ui-crm:crm.lookingUp') : t('ui-crm:crm.lookUp')}
        </button>
      </div>
    </form>
  )
}

export function CrmWizard({ accountId, movedFromPop = false, errorText }: CrmWizardParams) {
  const t = useT()
  const api = useApi()
  const { navigate } = useNavigation()
  const { state: scan } = useScan()
  const accounts = scan.status === 'done' ? scan.result.accounts : []
  const preselected = accountId ? accounts.find((a) => a.id === accountId) ?? null : null
  const [step, setStep] = useState<Step>({ name: 'account' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)

  const ask = async (query: GuidanceQuery, account: MailAccount | null) => {
    setError(null)
    setBusy(true)
    try {
      setStep({ name: 'settings', picked: { query, guidance: await api.guidance(query), account } })
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
    } finally {
      setBusy(false)
    }
  }

  // Opened for one account (e.g. from the POP3 wizard): go straight to its settings, once.
  const autoPicked = useRef(false)
  const askFor = useEffectEvent((account: MailAccount) =>
    ask({ accountId: account.id, ...(errorText ? { errorText } : {}), ...(movedFromPop ? { movedToImap: true } : {}) }, account),
  )
  useEffect(() => {
    if (preselected && step.name === 'account' && !autoPicked.current) {
      autoPicked.current = true
      void askFor(preselected)
    }
  }, [preselected, step.name])

  const refine = async (picked: Picked, details: { crmName?: string; errorText?: string }) => {
    await ask({ ...picked.query, ...details }, picked.account)
  }

  return (
    <div className="wizard crm-wizard" data-step={step.name}>
      <ScreenTitle>{t('ui-crm:crm.title')}</ScreenTitle>
      <StepProgress step={STEP_NUMBER[step.name]} total={4} />

      {step.name === 'account' ? (
        <>
          <p className="intro">{t('ui-crm:crm.intro')}</p>
          {scan.status === 'scanning' ? <p role="status">…</p> : null}
          {accounts.length > 0 ? <AccountPicker accounts={accounts} onPick={(a) => void ask({ accountId: a.id }, a)} busy={busy} /> : null}
          {scan.status === 'done' && accounts.length === 0 ? <p>{t('ui-crm:crm.noAccounts')}</p> : null}
          <AddressForm onLookup={(email) => void ask({ email }, null)} busy={busy} />
          {error ? <ErrorNotice error={error} what={t('ui-crm:crm.lookUp')} /> : null}
        </>
      ) : null}

      {step.name === 'settings' ? (
        <SettingsStep
          picked={step.picked}
          busy={busy}
          onRefine={(details) => void refine(step.picked, details)}
          onBack={() => setStep({ name: 'account' })}
          onPassword={(settings) => setStep({ name: 'password', picked: step.picked, settings })}
          onMovePop={() => navigate('popToImap', step.picked.account ? { accountId: step.picked.account.id } : {})}
        />
      ) : null}

      {step.name === 'password' ? (
        <>
          <CrmPasswordStep
            settings={step.settings}
            guidance={step.picked.guidance}
            query={step.picked.query}
            onSuccess={(settings) => setStep({ name: 'done', picked: step.picked, settings })}
          />
          <div className="wizard-actions">
            <button type="button" className="button-secondary" onClick={() => setStep({ name: 'settings', picked: step.picked })}>
              {t('ui-crm:crm.back')}
            </button>
          </div>
        </>
      ) : null}

      {step.name === 'done' ? (
        <section className="wizard-done" aria-labelledby="crm-done-title" role="status">
          <h2 id="crm-done-title">{t('ui-crm:result.successTitle')}</h2>
          <p>{t('ui-crm:result.successIntro')}</p>
          <CrmSettingsView settings={step.settings} />
          <div className="wizard-actions">
            <button type="button" className="button-secondary" onClick={() => setStep({ name: 'account' })}>
              {t('ui-crm:crm.startOver')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}

function SettingsStep({
  picked,
  busy,
  onRefine,
  onBack,
  onPassword,
  onMovePop,
}: {
  picked: Picked
  busy: boolean
  onRefine: (details: { crmName?: string; errorText?: string }) => void
  onBack: () => void
  onPassword: (settings: CrmSettings) => void
  onMovePop: () => void
}) {
  const t = useT()
  const { guidance } = picked
  const settings = settingsFromGuidance(guidance)
  const actions: StepActions = {
    'move-pop3-to-imap': (
      <button type="button" className="button-primary" onClick={onMovePop}>
        {t('ui-crm:crm.movePopFirst')}
      </button>
    ),
    'type-settings-yourself': <ManualSettingsForm email={guidance.email} />,
  }
  return (
    <>
      <h2>{guidance.fieldsUse === 'copy' ? t('ui-crm:crm.settingsTitle') : t('ui-crm:crm.whatYourCrmNeeds')}</h2>
      <GuidanceView guidance={guidance} actions={actions} consentForm={<ConsentDetailsForm onSubmit={onRefine} busy={busy} />} />
      {guidance.fieldsUse === 'copy' ? (
        <>
          <p className="intro">{t('ui-crm:crm.settingsIntro')}</p>
          <GuidanceFields guidance={guidance} />
        </>
      ) : null}
      {guidance.fieldsUse === 'with-sign-in' ? (
        <details className="with-sign-in-fields">
          <summary>{t('ui-crm:guidance.withSignInTitle')}</summary>
          <GuidanceFields guidance={guidance} />
        </details>
      ) : null}
      <div className="wizard-actions">
        <button type="button" className="button-secondary" onClick={onBack}>
          {t('ui-crm:crm.back')}
        </button>
        {settings && guidance.fieldsUse === 'copy' && !guidance.steps.some((s) => s.code === 'move-pop3-to-imap') ? (
          <button type="button" className="button-primary" onClick={() => onPassword(settings)}>
            {t('ui-crm:crm.toPassword')}
          </button>
        ) : null}
      </div>
    </>
  )
}
