// "Move this POP3 account to IMAP": why (two sentences) -> the provider's IMAP settings ->
// the leave-on-server check -> steps for the user's own mail client -> a test of the new
// IMAP login -> the CRM wizard.
import { useEffect, useRef, useState } from 'react'
import type { BlockerCode, Guidance, MailAccount, ServerSettings } from '../../../src/model.js'
import { clientName } from '../../../src/words/words.js'
import { useApi } from '../api-client.js'
import { AdviceView } from '../components/advice-view.js'
import { CopyField, PlainField } from '../components/copy-field.js'
import { ErrorNotice } from '../components/error-notice.js'
import { StepTrace } from '../components/step-trace.js'
import { useNavigation } from '../navigation.js'
import { AccountLabel, Sensitive } from '../privacy.js'
import { useScan } from '../scan-state.js'
import { ScreenTitle } from '../screens/screen-title.js'
import { crmFields, settingsFromGuidance } from './crm-fields.js'
import { BlockerNotice } from './guidance-view.js'
import { LocalMailNotice } from './local-mail-notice.js'
import { PasswordForm } from './password-form.js'
import {
  clientFamily,
  isPop3,
  leaveOnServerWarning,
  moveSteps,
  nextPopStep,
  POP_STEPS,
  previousPopStep,
  type PopStep,
} from './pop-to-imap.js'
import { StepProgress } from './step-progress.js'
import { useSettingsTest } from './use-settings-test.js'
import { useT } from '../i18n/use-t.js'
import { SLOT, withElement } from '../i18n/with-element.js'

export interface PopToImapParams {
  accountId?: string
}

type Imap =
  | { status: 'loading' }
  | {
      status: 'done'
      /** The guidance core's answer for this account: the IMAP and SMTP servers, and blockers. */
      guidance: Guidance | null
      imap: ServerSettings | null
      smtp: ServerSettings | null
    }

/** The core's blockers this step shows with their own steps: no IMAP at all, or IMAP to switch on. */
const IMAP_BLOCKERS: BlockerCode[] = ['pop3-only-provider', 'no-imap-service', 'imap-switched-off']

function useImapSettings(account: MailAccount | null): Imap {
  const api = useApi()
  const [state, setState] = useState<Imap>({ status: 'loading' })
  useEffect(() => {
    if (!account) return
    let current = true
    setState({ status: 'loading' })
    // A scanned account: the core also knows its provider by the POP3 server's name (a custom
    // domain on pop.gmx.net gets GMX's IMAP), not only by the address.
    api
      .guidance({ accountId: account.id })
      .catch(() => null)
      .then((guidance) => {
        if (!current) return
        const settings = guidance ? settingsFromGuidance(guidance) : null
        setState({ status: 'done', guidance, imap: settings?.incoming ?? null, smtp: settings?.outgoing ?? null })
      })
    return () => {
      current = false
    }
  }, [api, account])
  return state
}

function ServerFields({ server }: { server: ServerSettings }) {
  const isSmtp = server.protocol === 'smtp'
  const settings = isSmtp ? { email: '', incoming: { ...server, protocol: 'imap' as const }, outgoing: server } : { email: '', incoming: server, outgoing: null }
  const fields = crmFields(settings).filter((f) => f.key !== 'email' && (isSmtp ? f.key.startsWith('smtp') : !f.key.startsWith('smtp')))
  return (
    <div className="fields">
      {fields.map((f) => (
        <div key={f.key}>
          {f.copyable ? (
            <CopyField label={f.label} value={f.value} {...(f.sensitive ? { sensitive: 'username' as const } : {})} />
          ) : (
            <PlainField label={f.label}>
              <strong className="switch-value">{f.value}</strong>
            </PlainField>
          )}
          {f.note ? <p className="field-warning">{f.note}</p> : null}
        </div>
      ))}
    </div>
  )
}

/** The new account's settings: IMAP, and SMTP too (Thunderbird's and Outlook's manual setup ask for both). */
function ImapSettings({ imap, smtp }: { imap: ServerSettings; smtp: ServerSettings | null }) {
  const t = useT()
  return (
    <>
      <h3>{t('ui-crm:password.incoming')}</h3>
      <ServerFields server={imap} />
      {smtp ? (
        <>
          <h3>{t('ui-crm:password.outgoing')}</h3>
          <ServerFields server={smtp} />
        </>
      ) : null}
    </>
  )
}

function PopAccountPicker({ accounts, onPick }: { accounts: MailAccount[]; onPick: (id: string) => void }) {
  const t = useT()
  return (
    <fieldset className="choice">
      <legend>{t('ui-pop:pickAccount')}</legend>
      {accounts.map((a) => (
        <button key={a.id} type="button" className="button-secondary choice-row" onClick={() => onPick(a.id)}>
          <AccountLabel account={a} />
          <span className="technical"> ({clientName(clientFamily(a.client))})</span>
        </button>
      ))}
    </fieldset>
  )
}

export function PopToImapWizard({ accountId }: PopToImapParams) {
  const t = useT()
  const { navigate } = useNavigation()
  const { state: scan } = useScan()
  const popAccounts = scan.status === 'done' ? scan.result.accounts.filter(isPop3) : []
  const [chosenId, setChosenId] = useState<string | null>(accountId ?? null)
  const account = popAccounts.find((a) => a.id === chosenId) ?? (popAccounts.length === 1 ? popAccounts[0]! : null)
  const [step, setStep] = useState<PopStep>('why')
  const imap = useImapSettings(account)
  const test = useSettingsTest()
  const resultRef = useRef<HTMLHeadingElement>(null)
  // A result arrived: focus lands on it (the Test button was disabled while it ran).
  useEffect(() => {
    if (test.state.status === 'done') resultRef.current?.focus()
  }, [test.state])

  if (scan.status !== 'done') {
    return (
      <div className="wizard pop-wizard">
        <ScreenTitle>{t('ui-pop:title')}</ScreenTitle>
        <p role="status">…</p>
      </div>
    )
  }
  if (!account) {
    return (
      // Its own key: picking an account mounts the wizard afresh, so focus lands on its title.
      <div className="wizard pop-wizard" key="pick">
        <ScreenTitle>{t('ui-pop:title')}</ScreenTitle>
        {popAccounts.length === 0 ? <p>{t('ui-pop:noPopAccounts')}</p> : <PopAccountPicker accounts={popAccounts} onPick={setChosenId} />}
      </div>
    )
  }

  const warning = leaveOnServerWarning(account)
  const client = clientName(clientFamily(account.client))
  const newImap = imap.status === 'done' ? imap.imap : null
  const answer = imap.status === 'done' ? imap.guidance : null
  const imapBlockers = answer ? answer.blockers.filter((b) => IMAP_BLOCKERS.includes(b.code)) : []
  const newSmtp = imap.status === 'done' ? imap.smtp : null
  const next = nextPopStep(step)
  const previous = previousPopStep(step)
  const goNext = () => {
    if (next !== 'crm') return setStep(next)
    navigate('crm', { accountId: account.id, movedFromPop: true })
  }
  const lastResult = test.state.status === 'done' ? test.state.results[0] : undefined
  const serverMessages = lastResult?.ok && lastResult.mailbox ? lastResult.mailbox.messages : null

  return (
    <div className="wizard pop-wizard" data-step={step} key={account.id}>
      <ScreenTitle>
        {withElement(t('ui-pop:titleFor', { account: SLOT }), <AccountLabel account={account} />)}
      </ScreenTitle>
      <StepProgress step={POP_STEPS.indexOf(step) + 1} total={POP_STEPS.length} />

      {step === 'why' ? (
        <section aria-labelledby="pop-why">
          <h2 id="pop-why">{t('ui-pop:whyTitle')}</h2>
          <p>{t('ui-pop:why.crmCannotSee')}</p>
          <p>{t('ui-pop:why.imapKeeps')}</p>
        </section>
      ) : null}

      {step === 'imap-settings' ? (
        <section aria-labelledby="pop-imap">
          <h2 id="pop-imap">{t('ui-pop:imapTitle')}</h2>
          {imap.status === 'loading' ? <p role="status">{t('ui-pop:imapLooking')}</p> : null}
          {answer
            ? imapBlockers.map((b) => <BlockerNotice key={b.code} blocker={b} guidance={answer} withSteps />)
            : null}
          {imap.status === 'done' && !imap.imap && imapBlockers.length === 0 ? <p className="notice notice-info">{t('ui-pop:imapNotFound')}</p> : null}
          {newImap ? <ImapSettings imap={newImap} smtp={newSmtp} /> : null}
        </section>
      ) : null}

      {step === 'leave-on-server' ? (
        <section aria-labelledby="pop-check">
          <h2 id="pop-check">{t('ui-pop:checkTitle')}</h2>
          <div className={`notice notice-${warning.level}`} role={warning.level === 'danger' ? 'alert' : 'status'} data-risk={warning.risk}>
            <p className="notice-title">{warning.title}</p>
            <p>{warning.text}</p>
          </div>
          <LocalMailNotice account={account} serverMessages={serverMessages} />
          {account.localMail && serverMessages === null ? <p>{t('ui-pop:serverCountAfterTest')}</p> : null}
        </section>
      ) : null}

      {step === 'client-steps' ? (
        <section aria-labelledby="pop-steps">
          <h2 id="pop-steps">{t('ui-pop:stepsTitle', { client })}</h2>
          {warning.level !== 'info' ? <p className="field-warning">{t('ui-pop:keepPopReminder')}</p> : null}
          <LocalMailNotice account={account} serverMessages={serverMessages} />
          {moveSteps(account.client, { imap: !!newImap, smtp: !!newSmtp }).map((group) => (
            <div key={group.title} className="step-group">
              <h3>{group.title}</h3>
              <ol>
                {group.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </div>
          ))}
          {newImap ? (
            <details>
              <summary>{t('ui-pop:imapTitle')}</summary>
              <ImapSettings imap={newImap} smtp={newSmtp} />
            </details>
          ) : null}
        </section>
      ) : null}

      {step === 'test' ? (
        <section aria-labelledby="pop-test">
          <h2 id="pop-test">{t('ui-pop:testTitle')}</h2>
          {newImap ? (
            <>
              <p className="test-username">
                {withElement(t('ui-crm:password.usernameUsed', { username: SLOT }), <Sensitive value={newImap.username ?? ''} kind="username" />)}
              </p>
              <PasswordForm
                busy={test.state.status === 'running'}
                plaintext={newImap.security === 'none'}
                runner={test.runner}
                stopped={test.state.status === 'stopped'}
                onSubmit={(password, allowPlaintext) =>
                  void test.run({ incoming: newImap, outgoing: null }, newImap.username ?? '', '', password, account.email, allowPlaintext)
                }
              />
            </>
          ) : (
            <p className="notice notice-info">{t('ui-pop:imapNotFound')}</p>
          )}
          {test.state.status === 'error' ? <ErrorNotice error={test.state.error} what={t('ui-pop:testTitle')} /> : null}
          <div aria-live="polite" className="test-result-region">
            {lastResult ? (
              <div className={lastResult.ok ? 'test-result ok' : 'test-result failed'} data-verdict={lastResult.verdict}>
                <h3 className="test-result-title" ref={resultRef} tabIndex={-1}>
                  {lastResult.ok ? t('ui-crm:password.worked') : t('ui-crm:password.failed')}
                </h3>
                <StepTrace steps={lastResult.steps} />
                {lastResult.ok ? <LocalMailNotice account={account} serverMessages={serverMessages} /> : null}
                {lastResult.ok ? null : <AdviceView advice={lastResult.advice} serverResponse={lastResult.serverResponse} />}
              </div>
            ) : null}
          </div>
        </section>
      ) : null}

      <div className="wizard-actions">
        {previous ? (
          <button type="button" className="button-secondary" onClick={() => setStep(previous)}>
            {t('ui-crm:crm.back')}
          </button>
        ) : null}
        <button type="button" className="button-primary" onClick={goNext}>
          {next === 'crm' ? t('ui-pop:toCrm') : t('ui-pop:next')}
        </button>
      </div>
    </div>
  )
}
