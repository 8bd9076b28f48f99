// The guidance core's answer on screen (InspectorApi.guidance): the provider's sign-in button
// first where it applies, then each blocker with why and its steps, the whole path in order,
// ready-to-send messages with a Copy button, the provider's pages and what is good to know.
// It renders; it decides nothing (src/guidance/guidance.ts does).
import { useId, useState, type ReactNode } from 'react'
import type { Guidance, GuidanceBlocker, GuidanceMessage, GuidanceStepCode, Security } from '../../../src/model.js'
import {
  blockerTitle,
  fieldHint,
  fieldLabel,
  linkWords,
  messageTitle,
  noteWords,
  signInWords,
  sslNote,
  blockerWhy,
  fieldValueWords,
  messageText,
  stepWords,
} from '../../../src/words/words.js'
import { CopyField, PlainField, copyToClipboard } from '../components/copy-field.js'
import { HelpLink } from '../components/help-link.js'
import { SensitiveText } from '../privacy.js'
import { useT } from '../i18n/use-t.js'

// Microsoft's error code, as Microsoft prints it in every language: a code, not words.
const MICROSOFT_ERROR_EXAMPLE = 'AADSTS65001: …'

/** Buttons or forms a screen puts under a step (e.g. "Move this account to IMAP"). */
export type StepActions = Partial<Record<GuidanceStepCode, ReactNode>>

function ReadyMessage({ message }: { message: GuidanceMessage }) {
  const t = useT()
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const titleId = useId()
  const text = messageText(message)
  return (
    <section className="card ready-message" data-code={message.code} aria-labelledby={titleId}>
      <h3 id={titleId}>{messageTitle(message.code)}</h3>
      <pre className="message-text">
        <SensitiveText text={text} />
      </pre>
      <button type="button" className="button-primary" onClick={() => void copyToClipboard(text).then((ok) => setCopied(ok ? 'copied' : 'failed'))}>
        {copied === 'copied' ? t('ui-crm:guidance.messageCopied') : t('ui-crm:guidance.copyMessage')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {copied === 'copied' ? t('ui-crm:guidance.messageCopied') : copied === 'failed' ? t('ui-crm:guidance.copyFailed') : ''}
      </span>
    </section>
  )
}

/** The CRM's name and what Microsoft said, to fill in the admin's message. */
export function ConsentDetailsForm({ onSubmit, busy }: { onSubmit: (details: { crmName?: string; errorText?: string }) => void; busy: boolean }) {
  const t = useT()
  const ids = { crm: useId(), text: useId() }
  const [crmName, setCrmName] = useState('')
  const [errorText, setErrorText] = useState('')
  return (
    <form
      className="consent-details"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit({ ...(crmName.trim() ? { crmName: crmName.trim() } : {}), ...(errorText.trim() ? { errorText: errorText.trim() } : {}) })
      }}
    >
      <label htmlFor={ids.crm}>{t('ui-crm:guidance.crmName')}</label>
      <input id={ids.crm} type="text" value={crmName} onChange={(e) => setCrmName(e.target.value)} />
      <label htmlFor={ids.text}>{t('ui-crm:guidance.pasteMicrosoft')}</label>
      <textarea id={ids.text} rows={3} spellCheck={false} value={errorText} onChange={(e) => setErrorText(e.target.value)} placeholder={MICROSOFT_ERROR_EXAMPLE} />
      <button type="submit" className="button-secondary" disabled={busy}>
        {t('ui-crm:guidance.fillMessage')}
      </button>
    </form>
  )
}

/**
 * One blocker: its title and why. With `withSteps` (a screen that shows this blocker alone, as
 * the POP3 wizard does with "switch IMAP on") also its own steps and the page each step names.
 */
export function BlockerNotice({ blocker: b, guidance: g, withSteps = false }: { blocker: GuidanceBlocker; guidance: Guidance; withSteps?: boolean }) {
  const links = withSteps ? g.links.filter((l) => b.steps.some((s) => s.code === l.code)) : []
  return (
    <div className="notice notice-warning blocker" data-code={b.code} role="status">
      <p className="card-note-title">{blockerTitle(b.code)}</p>
      <p>
        <SensitiveText text={blockerWhy(b, g)} />
      </p>
      {withSteps ? (
        <ol className="blocker-steps">
          {b.steps.map((s) => (
            <li key={s.code} data-step={s.code}>
              <SensitiveText text={stepWords(s, g)} />
            </li>
          ))}
        </ol>
      ) : null}
      {links.length > 0 ? (
        <p className="guidance-links">
          {links.map((l) => (
            <HelpLink key={l.code} url={l.url} label={linkWords(l.code, g)} />
          ))}
        </p>
      ) : null}
    </div>
  )
}

export function GuidanceView({
  guidance: g,
  actions = {},
  consentForm = null,
}: {
  guidance: Guidance
  actions?: StepActions
  /** Shown with the admin's message (the wizard passes ConsentDetailsForm). */
  consentForm?: ReactNode
}) {
  const t = useT()
  return (
    <div className="guidance" data-imap={g.imap} data-password={g.password ?? 'unknown'} data-sign-in={g.signIn ?? 'none'}>
      {g.blockers.map((b) => (
        <BlockerNotice key={b.code} blocker={b} guidance={g} />
      ))}
      <section className="guidance-path" aria-labelledby="guidance-steps-title">
        <h3 id="guidance-steps-title">{g.signIn ? t('ui-crm:guidance.signInFirst', { button: signInWords(g.signIn) }) : t('ui-crm:guidance.whatToDo')}</h3>
        <ol className="guidance-steps">
          {g.steps.map((s) => (
            <li key={s.code} data-step={s.code}>
              <SensitiveText text={stepWords(s, g)} />
              {actions[s.code] ? <div className="step-action">{actions[s.code]}</div> : null}
            </li>
          ))}
        </ol>
      </section>
      {g.links.length > 0 ? (
        <p className="guidance-links">
          {g.links.map((l) => (
            <HelpLink key={l.code} url={l.url} label={linkWords(l.code, g)} />
          ))}
        </p>
      ) : null}
      {g.messages.map((m) => (
        <div key={m.code}>
          <ReadyMessage message={m} />
          {m.code === 'admin-consent' ? consentForm : null}
        </div>
      ))}
      {g.notes.length > 0 ? (
        <ul className="card-note guidance-notes">
          {g.notes.map((n) => (
            <li key={n}>{noteWords(n, g)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** The fields in CRM-form order, each with Copy (SSL is a switch in the form: no Copy). */
export function GuidanceFields({ guidance: g }: { guidance: Guidance }) {
  return (
    <ol className="crm-fields">
      {g.fields.map((f) => {
        const value = fieldValueWords(f.key, f.value)
        const isSwitch = f.key === 'imapSsl' || f.key === 'smtpSsl'
        return (
          <li key={f.key} className="crm-field" data-field={f.key}>
            {isSwitch || f.value === null ? (
              <PlainField label={fieldLabel(f.key)}>
                <strong className="switch-value">{value}</strong>
              </PlainField>
            ) : (
              <CopyField label={fieldLabel(f.key)} value={value} {...(f.sensitive ? { sensitive: f.key === 'email' ? ('email' as const) : ('username' as const) } : {})} />
            )}
            <p className="field-help">{fieldHint(f.key)}</p>
            {isSwitch && f.value !== null && sslNote(f.value as Security) ? <p className="field-warning">{sslNote(f.value as Security)}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
