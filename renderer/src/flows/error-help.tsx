// "I got an error": paste what the CRM said -> what happened, why, and the next thing to do
// (the core's explain), then a button to test the account it is about.
import { useId, useState, type FormEvent } from 'react'
import type { Explanation, Guidance } from '../../../src/model.js'
import { useApi } from '../api-client.js'
import { AdviceView } from '../components/advice-view.js'
import { ErrorNotice } from '../components/error-notice.js'
import { usePrivateInput } from '../components/private-input.js'
import { useNavigation } from '../navigation.js'
import { useAccountLabel, usePrivacyScrub } from '../privacy.js'
import { useScan } from '../scan-state.js'
import { ScreenTitle } from '../screens/screen-title.js'
import { targetForAccount } from '../screens/accounts-screen.js'
import { GuidanceView } from './guidance-view.js'
import { recordPastedError } from './pasted-error-log.js'
import { useT } from '../i18n/use-t.js'

type State =
  | { s: 'idle' }
  | { s: 'busy' }
  | { s: 'empty' }
  | { s: 'done'; explanation: Explanation; guidance: Guidance | null }
  | { s: 'error'; error: Error }

export function ErrorHelp() {
  const t = useT()
  const api = useApi()
  const { navigate } = useNavigation()
  const { state: scan } = useScan()
  const { scrub } = usePrivacyScrub()
  const accountLabel = useAccountLabel()
  const accounts = scan.status === 'done' ? scan.result.accounts : []
  const ids = { text: useId(), account: useId() }
  const privateInput = usePrivateInput(ids.text)
  const [text, setText] = useState('')
  const [accountId, setAccountId] = useState('')
  const [state, setState] = useState<State>({ s: 'idle' })
  const account = accounts.find((a) => a.id === accountId) ?? null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) return setState({ s: 'empty' })
    recordPastedError(text.trim())
    setState({ s: 'busy' })
    const context: { email?: string; host?: string } = {}
    if (account?.email) context.email = account.email
    if (account?.incoming.host) context.host = account.incoming.host
    try {
      // The guidance core reads the same text: the app's name and ID in an AADSTS65001, which
      // password or sign-in the CRM needs, the admin's ready-to-send message.
      const [explanation, guidance] = await Promise.all([
        api.explain(text.trim(), context),
        api.guidance({ errorText: text.trim(), ...(account ? { accountId: account.id } : {}) }).catch(() => null),
      ])
      setState({ s: 'done', explanation, guidance })
    } catch (error) {
      setState({ s: 'error', error: error instanceof Error ? error : new Error(String(error)) })
    }
  }

  // With an account picked, test exactly it; otherwise go where every account has its own
  // Test button (or, with none found, to looking up settings by address).
  const testAccount = () => {
    if (account) navigate('test', { target: targetForAccount(account) })
    else if (accounts.length > 0) navigate('accounts', {})
    else navigate('lookup', {})
  }

  const advice = state.s === 'done' ? state.explanation.advice : null
  const guidance = state.s === 'done' ? state.guidance : null
  // One primary button, the core's: the CRM wizard when the fix is a sign-in, a special password or a blocker.
  const wizardFixes = guidance?.primaryAction === 'connect-wizard'

  return (
    <div className="error-help">
      <ScreenTitle>{t('ui-error-help:title')}</ScreenTitle>
      <p className="intro">{t('ui-error-help:intro')}</p>
      <form onSubmit={submit} className="card error-form" noValidate>
        <label htmlFor={ids.text}>{t('ui-error-help:label')}</label>
        <div className="private-field">
          <textarea
            id={ids.text}
            rows={4}
            spellCheck={false}
            placeholder={t('ui-error-help:placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={state.s === 'empty'}
            {...privateInput.inputProps}
          />
          {privateInput.reveal}
        </div>
        {/* Privacy mode: the pasted text is readable here with names and addresses masked. */}
        {privateInput.masked && text.trim() ? (
          <div className="masked-preview">
            <p className="field-help">{t('ui-common:privacy.pastedMasked')}</p>
            <p className="technical">{scrub(text)}</p>
          </div>
        ) : null}
        {state.s === 'empty' ? (
          <p className="field-warning" role="alert">
            {t('ui-error-help:emptyInput')}
          </p>
        ) : null}
        {accounts.length > 0 ? (
          <>
            <label htmlFor={ids.account}>{t('ui-error-help:pickForTest')}</label>
            <select id={ids.account} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
              <option value="">{t('ui-error-help:noAccount')}</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {accountLabel(a)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit" className="button-primary" disabled={state.s === 'busy'}>
          {state.s === 'busy' ? t('ui-error-help:explaining') : t('ui-error-help:explain')}
        </button>
      </form>
      <div aria-live="polite">
        {state.s === 'error' ? <ErrorNotice error={state.error} what={t('ui-error-help:title')} /> : null}
        {advice ? (
          <div className="explanation" data-verdict={advice.verdict}>
            <AdviceView
              advice={{
                ...advice,
                title: scrub(advice.title),
                what: scrub(advice.what),
                why: scrub(advice.why),
                next: advice.next.map(scrub),
              }}
            />
            {guidance && wizardFixes ? <GuidanceView guidance={guidance} /> : null}
            <div className="wizard-actions">
              <button type="button" className={wizardFixes ? 'button-secondary' : 'button-primary'} onClick={testAccount}>
                {account ? t('ui-error-help:testAccount') : t('ui-error-help:testAnAccount')}
              </button>
              {wizardFixes ? (
                <button type="button" className="button-primary" onClick={() => navigate('crm', account ? { accountId: account.id, errorText: text.trim() } : {})}>
                  {t('ui-error-help:openCrmWizard')}
                </button>
              ) : null}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  )
}
