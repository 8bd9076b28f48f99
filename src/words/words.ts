// The words for the model's values: the CLI, the admin report and the renderer all say a
// client, a security setting, a protocol, a sign-in method, a test stage or a verdict through
// these functions. The words themselves are the catalogue's `words` namespace
// (src/i18n/locales/<language>/words.json, docs/i18n.md); each key is built from the model's
// own union (model.ts), so a new value fails type-checking until English has its words.
import type {
  Auth,
  LookupSource,
  MailClient,
  PasswordPolicy,
  Protocol,
  Security,
  SourceStatus,
  Stage,
  Verdict,
} from '../model.js'
import { t } from '../i18n/i18n.js'

/** Said for a value that is not stored or not known (a null security, port or username). */
export function notKnown(): string {
  return t('words:notKnown')
}

export function clientName(client: MailClient): string {
  return t(`words:client.${client}`)
}

/** Security in plain words; the technical name follows in brackets. */
export function securityWords(security: Security): string {
  return t(`words:security.${security}`)
}

/** What to set in a CRM form that has only an "SSL" checkbox. */
export function sslCheckboxWords(security: Security): string {
  return t(`words:sslCheckbox.${security}`)
}

/** The protocol's full name. */
export function protocolName(protocol: Protocol): string {
  return t(`words:protocol.${protocol}`)
}

/** The short badge on an account: what kind of account this is. */
export function protocolBadge(protocol: Protocol): string {
  return t(`words:protocolBadge.${protocol}`)
}

/** The sign-in method a client stored. */
export function authWords(auth: Auth): string {
  return t(`words:auth.${auth}`)
}

/** What "Password" means for a provider, so nobody types the wrong one. */
export function passwordPolicyWords(policy: PasswordPolicy): string {
  return t(`words:passwordPolicy.${policy}`)
}

/** One step of a login test, as it runs. */
export function stageWords(stage: Stage): string {
  return t(`words:stage.${stage}`)
}

/** How far a mail client's settings could be read. */
export function sourceStatusWords(status: SourceStatus): string {
  return t(`words:sourceStatus.${status}`)
}

/** Where a lookup found the settings. */
export function lookupSourceWords(source: LookupSource): string {
  return t(`words:lookupSource.${source}`)
}

/** The headline of each verdict (advice may name the provider or protocol instead). */
export function verdictTitle(verdict: Verdict): string {
  return t(`words:verdict.${verdict}`)
}
