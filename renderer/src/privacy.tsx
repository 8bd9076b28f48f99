// Privacy mode (for screen sharing): when on, every email address and username on screen is
// masked with the one masking code (src/report/redact.ts). Copy buttons still copy the real
// value. Every address and username in the UI is rendered through <Sensitive>; free text
// that may contain one (warnings, server replies) goes through usePrivacyScrub().
// One switch, keyboard shortcuts (Ctrl/Cmd+Shift+P, and Alt/Option+Shift+P where a browser takes the first) and a visible badge while on.
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react'
import type { MailAccount } from '../../src/model.js'
import { homeUserOf, maskAddressesIn, maskEmail, maskHomePath, maskIdentities, maskUsername } from '../../src/redact/mask-identities.js'
import { privateValuesOf } from '../../src/redact/redact-scan.js'
import { accountNameWords } from '../../src/words/words.js'
import { isPrivacyShortcut, privacyShortcutLabel } from './flows/privacy-shortcut.js'
import { useScan } from './scan-state.js'
import { useT } from './i18n/use-t.js'
import './flows/flows.css'

export interface Privacy {
  on: boolean
  setOn: (on: boolean) => void
}

const PrivacyContext = createContext<Privacy>({ on: false, setOn: () => {} })

// Kept for this window only, so a reload during a screen share does not reveal names.
const STORAGE_KEY = 'privacy-mode'

function storedPrivacy(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(STORAGE_KEY) === 'on'
  } catch {
    return false
  }
}

function storePrivacy(on: boolean): void {
  try {
    globalThis.sessionStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off')
  } catch {
    // Storage refused (e.g. a locked-down browser): privacy still works until a reload.
  }
}

export function PrivacyProvider({ children, initial }: { children: ReactNode; initial?: boolean }) {
  const [on, setOnState] = useState(() => initial ?? storedPrivacy())
  const setOn = useCallback((next: boolean) => {
    storePrivacy(next)
    setOnState(next)
  }, [])
  const value = useMemo(() => ({ on, setOn }), [on, setOn])
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>
}

export function usePrivacy(): Privacy {
  return useContext(PrivacyContext)
}

export type SensitiveKind = 'email' | 'username' | 'path'

export function maskFor(kind: SensitiveKind, value: string): string {
  if (kind === 'path') return maskHomePath(value)
  return kind === 'email' ? maskEmail(value) : maskUsername(value)
}

/** Shows an address, username or home path, masked while privacy mode is on. */
export function Sensitive({ value, kind }: { value: string; kind: SensitiveKind }) {
  const { on } = usePrivacy()
  return <span className="sensitive">{on ? maskFor(kind, value) : value}</span>
}

/**
 * For free text that may mention an address or username (warnings, server replies, a
 * source's message): masks every private value found by the scan while privacy is on.
 */
export function usePrivacyScrub(): { on: boolean; scrub: (text: string) => string } {
  const { on } = usePrivacy()
  const { state } = useScan()
  const values = useMemo(() => {
    if (state.status !== 'done') return []
    const { accounts, sources } = state.result
    const homeUsers = [...sources.map((s) => homeUserOf(s.location)), ...accounts.map((a) => homeUserOf(a.profile))]
    return [...accounts.flatMap(privateValuesOf), ...homeUsers.filter((u): u is string => !!u)]
  }, [state])
  // Known values first (bare usernames too), then any other address, e.g. one typed for a lookup.
  const scrub = useCallback((text: string) => (on ? maskAddressesIn(maskIdentities(maskHomePath(text), values)) : text), [on, values])
  return { on, scrub }
}

/** Free text with every known address and username masked while privacy mode is on. */
export function SensitiveText({ text }: { text: string }) {
  const { scrub } = usePrivacyScrub()
  return <>{scrub(text)}</>
}

/** An account as its address, else its name (which often holds the address or username). */
export function useAccountLabel(): (account: Pick<MailAccount, 'email' | 'name' | 'nameNote'>) => string {
  const { on, scrub } = usePrivacyScrub()
  return useCallback(
    (account) => (account.email ? (on ? maskEmail(account.email) : account.email) : scrub(accountNameWords(account))),
    [on, scrub],
  )
}

/** An account's label as text on screen, masked while privacy mode is on. */
export function AccountLabel({ account }: { account: Pick<MailAccount, 'email' | 'name'> }) {
  return <>{useAccountLabel()(account)}</>
}

function platformName(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } }
  return nav.userAgentData?.platform ?? navigator.platform ?? ''
}

/** Ctrl+Shift+P (Command+Shift+P on a Mac) or Alt+Shift+P toggles privacy mode from anywhere. */
export function usePrivacyShortcut(): string {
  const { on, setOn } = usePrivacy()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPrivacyShortcut(event)) return
      event.preventDefault()
      setOn(!on)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [on, setOn])
  return privacyShortcutLabel(platformName())
}

/** The switch, its shortcut, and the badge shown while privacy mode is on (header tools). */
export function PrivacyControls() {
  const t = useT()
  const { on, setOn } = usePrivacy()
  const shortcut = usePrivacyShortcut()
  const helpId = useId()
  return (
    <div className="privacy-controls">
      {on ? (
        <span className="privacy-badge" role="status">
          {t('ui-common:privacy.badge')}
        </span>
      ) : (
        <span className="visually-hidden" role="status" />
      )}
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby={helpId}
        aria-keyshortcuts="Control+Shift+P Meta+Shift+P Alt+Shift+P"
        className={`privacy-switch${on ? ' is-on' : ''}`}
        onClick={() => setOn(!on)}
      >
        <span className="privacy-switch-track" aria-hidden="true">
          <span className="privacy-switch-thumb" />
        </span>
        {t('ui-common:privacy.switchLabel')}
      </button>
      <span id={helpId} className="privacy-help technical">
        {t('ui-common:privacy.shortcutHint', { keys: shortcut })}
      </span>
    </div>
  )
}
