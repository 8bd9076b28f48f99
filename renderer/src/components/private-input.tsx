// Typed and pasted identities under privacy mode: a box that holds an address or a pasted
// error shows dots while privacy mode is on, like a password box, with a "Show while held"
// button for the person at the keyboard (released, or focus gone: hidden again). The value
// itself is unchanged, so lookups and explanations still get what was typed.
import { useCallback, useState, type KeyboardEvent, type ReactNode } from 'react'
import { usePrivacy } from '../privacy.js'
import { t } from '../../../src/i18n/i18n.js'

export interface PrivateInput {
  /** Spread onto the <input> or <textarea>. */
  inputProps: { className?: string; autoComplete?: string; 'data-masked'?: '' }
  /** The reveal button (null while privacy mode is off). */
  reveal: ReactNode
  masked: boolean
}

export function usePrivateInput(controls: string): PrivateInput {
  const { on } = usePrivacy()
  const [held, setHeld] = useState(false)
  const show = useCallback(() => setHeld(true), [])
  const hide = useCallback(() => setHeld(false), [])
  const onKey = (event: KeyboardEvent, down: boolean) => {
    if (event.key !== ' ' && event.key !== 'Enter') return
    event.preventDefault()
    setHeld(down)
  }
  const masked = on && !held
  if (!on) return { inputProps: {}, reveal: null, masked: false }
  return {
    // No autofill list either: it would show saved addresses in clear under the box.
    inputProps: masked ? { className: 'is-masked', autoComplete: 'off', 'data-masked': '' } : { autoComplete: 'off' },
    reveal: (
      <button
        type="button"
        className="button-secondary reveal-button"
        aria-controls={controls}
        aria-pressed={held}
        onPointerDown={show}
        onPointerUp={hide}
        onPointerLeave={hide}
        onPointerCancel={hide}
        onKeyDown={(e) => onKey(e, true)}
        onKeyUp={(e) => onKey(e, false)}
        onBlur={hide}
      >
        {t('ui-common:privacy.revealWhileHeld')}
      </button>
    ),
    masked,
  }
}
