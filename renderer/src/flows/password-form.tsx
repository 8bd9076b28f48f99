// The password box of the wizards. Uncontrolled on purpose: the password never enters React
// state; it is read once on submit, handed to the test, and the box is cleared at once.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { PlaintextConfirm } from '../components/plaintext-confirm.js'
import { RunningTest } from '../components/running-test.js'
import type { TestRunner } from './test-runner.js'
import { useT } from '../i18n/use-t.js'

export interface PasswordFormProps {
  /** `allowPlaintext`: the user agreed that the password travels readable. */
  onSubmit: (password: string, allowPlaintext: boolean) => void
  busy: boolean
  /** A server to test does not encrypt: ask before the password is sent. */
  plaintext?: boolean
  /** The running test (its step, time limit and Cancel). */
  runner?: TestRunner
  /** The last test was cancelled. */
  stopped?: boolean
  /** Warn about spaces (app passwords are shown in groups of four). */
  warnSpaces?: boolean
  submitLabel?: string
}

export function PasswordForm({
  onSubmit,
  busy,
  plaintext = false,
  runner,
  stopped = false,
  warnSpaces = false,
  submitLabel,
}: PasswordFormProps) {
  const t = useT()
  const inputId = useId()
  const helpId = useId()
  const spacesId = useId()
  const ref = useRef<HTMLInputElement>(null)
  const [hasSpaces, setHasSpaces] = useState(false)
  const [empty, setEmpty] = useState(false)
  const [asking, setAsking] = useState(false)
  // Cancelled: the Cancel button is gone; the next thing to do is to type the password again.
  useEffect(() => {
    if (stopped) ref.current?.focus()
  }, [stopped])

  const send = (allowPlaintext: boolean) => {
    const input = ref.current
    if (!input) return
    const password = input.value
    setAsking(false)
    if (password.length === 0) return setEmpty(true)
    input.value = ''
    setHasSpaces(false)
    setEmpty(false)
    onSubmit(password, allowPlaintext)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!ref.current?.value) return setEmpty(true)
    // Unencrypted: ask first; the password stays in its box until the answer.
    if (plaintext) return setAsking(true)
    send(false)
  }

  return (
    <form className="password-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{t('ui-crm:password.passwordLabel')}</label>
      <input
        id={inputId}
        ref={ref}
        type="password"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${helpId}${hasSpaces ? ` ${spacesId}` : ''}`}
        aria-invalid={empty}
        onChange={(e) => {
          setEmpty(false)
          if (warnSpaces) setHasSpaces(/\s/.test(e.target.value))
        }}
        disabled={busy}
      />
      <p id={helpId} className="field-help">
        {t('ui-crm:password.passwordHelp')}
      </p>
      {empty ? (
        <p className="field-warning" role="alert">
          {t('ui-crm:password.emptyPassword')}
        </p>
      ) : null}
      {hasSpaces ? (
        <p id={spacesId} className="field-warning" role="status">
          {t('ui-crm:password.noSpaces')}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={busy || asking}>
        {busy ? t('ui-crm:password.testing') : (submitLabel ?? t('ui-crm:password.test'))}
      </button>
      {asking ? (
        <PlaintextConfirm
          onYes={() => send(true)}
          onNo={() => {
            setAsking(false)
            ref.current?.focus()
          }}
        />
      ) : null}
      {runner ? <RunningTest running={runner.running} progress={runner.progress} onCancel={runner.cancel} /> : null}
      {stopped ? (
        <p className="notice notice-info" role="status">
          {t('ui-test:test.stopped')}
        </p>
      ) : null}
    </form>
  )
}
