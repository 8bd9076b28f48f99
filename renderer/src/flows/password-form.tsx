// The password box of the wizards. Uncontrolled on purpose: the password never enters React
// state; it is read once on submit, handed to the test, and the box is cleared at once.
import { useId, useRef, useState, type FormEvent } from 'react'
import { passwordText } from '../text/flows.js'

export interface PasswordFormProps {
  onSubmit: (password: string) => void
  busy: boolean
  /** Warn about spaces (app passwords are shown in groups of four). */
  warnSpaces?: boolean
  submitLabel?: string
}

export function PasswordForm({ onSubmit, busy, warnSpaces = false, submitLabel = passwordText.test }: PasswordFormProps) {
  const inputId = useId()
  const helpId = useId()
  const spacesId = useId()
  const ref = useRef<HTMLInputElement>(null)
  const [hasSpaces, setHasSpaces] = useState(false)
  const [empty, setEmpty] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = ref.current
    if (!input) return
    const password = input.value
    if (password.length === 0) return setEmpty(true)
    input.value = ''
    setHasSpaces(false)
    setEmpty(false)
    onSubmit(password)
  }

  return (
    <form className="password-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{passwordText.passwordLabel}</label>
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
        {passwordText.passwordHelp}
      </p>
      {empty ? (
        <p className="field-warning" role="alert">
          {passwordText.emptyPassword}
        </p>
      ) : null}
      {hasSpaces ? (
        <p id={spacesId} className="field-warning" role="status">
          {passwordText.noSpaces}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? passwordText.testing : submitLabel}
      </button>
    </form>
  )
}
