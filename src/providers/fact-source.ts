// Helpers for the source of a provider fact (see FactSource in policy-types.ts): the day the
// facts were read with the project's search tool, whose page each source is, and the mark for
// a fact no page confirmed (with the reason).
import type { FactSource } from './policy-types.js'

/** The day the hand-kept facts were last read against their sources. */
export const CHECKED_ON = '2026-11-30'

interface Extra {
  disagreement?: FactSource['disagreement']
  note?: string
}

function sourced(url: string, kind: NonNullable<FactSource['kind']>, extra: Extra): FactSource {
  return { source: url, verified: CHECKED_ON, kind, ...extra }
}

/** A fact confirmed on CHECKED_ON by the provider's own page `url`. */
export function own(url: string, extra: Extra = {}): FactSource {
  return sourced(url, 'provider', extra)
}

/** A fact confirmed on CHECKED_ON only by another site's page `url` (no page of the provider was found). */
export function thirdParty(url: string, extra: Extra = {}): FactSource {
  return sourced(url, 'third-party', extra)
}

/**
 * A fact no page found today confirms: kept because it is the safer advice; `note` says why it
 * has no source, `disagreement` what another page says instead.
 */
export function unverified(note: string, disagreement?: FactSource['disagreement']): FactSource {
  return disagreement ? { source: null, verified: null, note, disagreement } : { source: null, verified: null, note }
}

/**
 * A file of Mozilla Thunderbird's ISP database (github.com/thunderbird/autoconfig, the source of
 * ispdb-catalog.json): a third-party source for server names and username forms.
 */
export function ispdbFile(id: string): string {
  return `https://github.com/thunderbird/autoconfig/blob/master/ispdb/${id}.xml`
}

/**
 * A provider file of chatmail's provider database (github.com/chatmail/provider-db): a
 * third-party source with servers, username form, setup hints and its own last-checked month.
 */
export function providerDbFile(name: string): string {
  return `https://github.com/chatmail/provider-db/blob/master/_providers/${name}.md`
}

/**
 * FairEmail's provider list (an Android mail app): servers, username form, whether an app
 * password is needed and a hint per provider; a third-party source. The file was last changed
 * on 2026-08-21 (commit e23dd9d of github.com/M66B/FairEmail).
 */
export const FAIREMAIL_PROVIDERS = 'https://github.com/M66B/FairEmail/blob/master/app/src/main/res/xml/providers.xml'

/**
 * Proton Mail Bridge's own source code (github.com/ProtonMail/proton-bridge, last commit read
 * 2025-06-12): Proton's code, but on github.com, so a third-party source by its site. Its default
 * settings take IMAP port 1143 and SMTP port 1025 (or the next free port), without SSL (STARTTLS).
 */
export const PROTON_BRIDGE_SETTINGS = 'https://github.com/ProtonMail/proton-bridge/blob/master/internal/vault/types_settings.go'

/** Bridge's setup screen that shows the mail program's settings: the username is the account's address. */
export const PROTON_BRIDGE_CLIENT_CONFIG = 'https://github.com/ProtonMail/proton-bridge/blob/master/internal/frontend/bridge-gui/bridge-gui/qml/SetupWizard/ClientConfigParameters.qml'
