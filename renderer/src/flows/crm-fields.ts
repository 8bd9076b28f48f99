// The CRM wizard's settings step: the values in the order a CRM's IMAP form asks for them
// (email, IMAP server, port, SSL on/off, username, then the outgoing server), each with one
// line on what it is. Pure logic, so the order and wording are unit-tested without a browser.
import type { Guidance, GuidanceFieldKey, Security, ServerSettings } from '../../../src/model.js'
import { t } from '../../../src/i18n/i18n.js'

export type CrmFieldKey =
  | 'email'
  | 'imapHost'
  | 'imapPort'
  | 'ssl'
  | 'username'
  | 'smtpHost'
  | 'smtpPort'
  | 'smtpSsl'
  | 'smtpUsername'

export interface CrmField {
  key: CrmFieldKey
  label: string
  /** One line on what this value is. */
  hint: string
  /** What is shown and copied (the real value; privacy mode masks only the display). */
  value: string
  /** Usernames and addresses: masked on screen in privacy mode. */
  sensitive: boolean
  /** SSL is a switch in the CRM's form, not text: it gets no Copy button. */
  copyable: boolean
  /** An extra plain-words warning for this value (STARTTLS, no encryption). */
  note?: string
}

/** The settings the CRM form needs: an IMAP incoming server and an SMTP outgoing one. */
export interface CrmSettings {
  email: string
  incoming: ServerSettings
  outgoing: ServerSettings | null
}

function sslWords(security: Security | null): { value: string; note?: string } {
  if (security === 'tls') return { value: t('ui-crm:field.sslOn') }
  if (security === 'starttls') return { value: t('ui-crm:field.sslOffStarttls'), note: t('ui-crm:field.starttlsHint') }
  if (security === 'none') return { value: t('ui-crm:field.sslOff'), note: t('ui-crm:field.noneWarning') }
  return { value: t('ui-crm:field.notStored') }
}

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? t('ui-crm:field.notStored') : String(value)
}

/** The fields in CRM order. The outgoing username is listed only when it differs. */
export function crmFields(settings: CrmSettings): CrmField[] {
  const { incoming, outgoing } = settings
  const ssl = sslWords(incoming.security)
  const fields: CrmField[] = [
    { key: 'email', label: t('ui-crm:field.email.label'), hint: t('ui-crm:field.email.hint'), value: text(settings.email), sensitive: true, copyable: true },
    { key: 'imapHost', label: t('ui-crm:field.imapHost.label'), hint: t('ui-crm:field.imapHost.hint'), value: text(incoming.host), sensitive: false, copyable: true },
    { key: 'imapPort', label: t('ui-crm:field.imapPort.label'), hint: t('ui-crm:field.imapPort.hint'), value: text(incoming.port), sensitive: false, copyable: true },
    { key: 'ssl', label: t('ui-crm:field.ssl.label'), hint: t('ui-crm:field.ssl.hint'), value: ssl.value, sensitive: false, copyable: false, ...(ssl.note ? { note: ssl.note } : {}) },
    { key: 'username', label: t('ui-crm:field.username.label'), hint: t('ui-crm:field.username.hint'), value: text(incoming.username ?? settings.email), sensitive: true, copyable: true },
  ]
  if (outgoing) {
    const outSsl = sslWords(outgoing.security)
    fields.push(
      { key: 'smtpHost', label: t('ui-crm:field.smtpHost.label'), hint: t('ui-crm:field.smtpHost.hint'), value: text(outgoing.host), sensitive: false, copyable: true },
      { key: 'smtpPort', label: t('ui-crm:field.smtpPort.label'), hint: t('ui-crm:field.smtpPort.hint'), value: text(outgoing.port), sensitive: false, copyable: true },
      {
        key: 'smtpSsl',
        label: t('ui-crm:field.smtpSsl.label'), hint: t('ui-crm:field.smtpSsl.hint'),
        value: outSsl.value,
        sensitive: false,
        copyable: false,
        ...(outSsl.note ? { note: outSsl.note } : {}),
      },
    )
    const inUser = incoming.username ?? settings.email
    if (outgoing.username && outgoing.username !== inUser) {
      fields.push({ key: 'smtpUsername', label: t('ui-crm:field.smtpUsername.label'), hint: t('ui-crm:field.smtpUsername.hint'), value: outgoing.username, sensitive: true, copyable: true })
    }
  }
  return fields
}

/**
 * The servers to test, from the guidance core's fields (the same values the screen lists).
 * Null when the core lists no IMAP server.
 */
export function settingsFromGuidance(g: Guidance): CrmSettings | null {
  const value = (key: GuidanceFieldKey) => g.fields.find((f) => f.key === key)?.value ?? null
  const text = (key: GuidanceFieldKey) => {
    const v = value(key)
    return typeof v === 'string' ? v : null
  }
  const port = (key: GuidanceFieldKey) => {
    const v = value(key)
    return typeof v === 'number' ? v : null
  }
  const host = text('imapHost')
  if (!host) return null
  const username = text('username')
  const smtpHost = text('smtpHost')
  return {
    email: g.email ?? username ?? '',
    incoming: { protocol: 'imap', host, port: port('imapPort'), security: text('imapSsl') as Security | null, username, auth: 'password' },
    outgoing: smtpHost
      ? { protocol: 'smtp', host: smtpHost, port: port('smtpPort'), security: text('smtpSsl') as Security | null, username: text('smtpUsername') ?? username, auth: 'password' }
      : null,
  }
}
