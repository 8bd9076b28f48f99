// One value with a large Copy button that says "Copied" (docs/style.md "UI for people who
// are not technical"). The real value is copied even when privacy mode masks the display.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Sensitive, type SensitiveKind } from '../privacy.js'
import { useT } from '../i18n/use-t.js'

export async function copyToClipboard(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value)
    return true
  } catch {
    return false
  }
}

export interface CopyFieldProps {
  label: string
  value: string
  /** The technical word, shown small and grey after the label. */
  technical?: string
  /** Addresses and usernames are masked on screen in privacy mode. */
  sensitive?: SensitiveKind
  /** Tests pass their own clipboard. */
  copy?: (value: string) => Promise<boolean>
}

export function CopyField({ label, value, technical, sensitive, copy = copyToClipboard }: CopyFieldProps) {
  const t = useT()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const labelId = useId()
  useEffect(() => () => clearTimeout(timer.current), [])

  const onCopy = async () => {
    const ok = await copy(value)
    setState(ok ? 'copied' : 'failed')
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 2500)
  }

  return (
    <div className="copy-field" role="group" aria-labelledby={labelId}>
      <div className="copy-field-text">
        <div className="copy-field-label" id={labelId}>
          {label}
          {technical ? <span className="technical"> ({technical})</span> : null}
        </div>
        <div className="copy-field-value">{sensitive ? <Sensitive value={value} kind={sensitive} /> : value}</div>
      </div>
      <button
        type="button"
        className={`copy-button${state === 'copied' ? ' is-copied' : ''}`}
        aria-label={t('ui-common:copy.copyLabel', { what: label })}
        onClick={onCopy}
      >
        {state === 'copied' ? t('ui-common:copy.copied') : t('ui-common:copy.copy')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? t('ui-common:copy.copiedAnnouncement', { what: label }) : state === 'failed' ? t('ui-common:copy.copyFailed') : ''}
      </span>
    </div>
  )
}

/** A value shown without a copy button (e.g. "Not set"). */
export function PlainField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="copy-field">
      <div className="copy-field-text">
        <div className="copy-field-label">{label}</div>
        <div className="copy-field-value muted">{children}</div>
      </div>
    </div>
  )
}
