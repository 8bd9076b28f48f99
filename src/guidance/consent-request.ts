// The app an organisation's admin must approve, read from what Microsoft's sign-in page said.
// Texts as Microsoft documents them (learn.microsoft.com/en-us/entra/identity/enterprise-apps/
// application-sign-in-unexpected-user-consent-error, checked 2026-11-30):
//   AADSTS65001: The user or administrator has not consented to use the application with ID
//     '{appId}' named '{appName}'. Send an interactive authorization request ...
//   AADSTS90094: {appName} needs permission to access resources in your organization that only
//     an admin can grant. ...
//   AADSTS90093: {appName} is requesting one or more permissions that you aren't authorized to grant.
//   AADSTS65004: User declined to consent to access the app.

export interface ConsentRequest {
  /** The AADSTS code found, e.g. "AADSTS65001". */
  code: string | null
  appName: string | null
  appId: string | null
}

const GUID = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i
const CODE = /\bAADSTS(65001|65004|90093|90094)\b/i
const WITH_ID = /with ID\s+'([0-9a-f-]{36})'/i
const NAMED = /with ID\s+'[^']{1,80}'\s+named\s+'([^']{1,120})'/i
const NEEDS_PERMISSION = /AADSTS9009[34]:\s*(.{1,120}?)\s+(?:needs permission|is requesting one or more permissions)/i
const APP_ID_LABEL = /\b(?:client[_ ]?id|app(?:lication)?[ _]?id)\s*[:=]\s*'?([0-9a-f-]{36})/i

/** Null when the text names no consent error and no app. */
export function consentRequestFrom(text: string | null | undefined): ConsentRequest | null {
  if (!text) return null
  const code = CODE.exec(text)
  const named = NAMED.exec(text)
  const needs = NEEDS_PERMISSION.exec(text)
  // Only the app's own ID: a pasted text also carries Trace and Correlation IDs.
  const withId = WITH_ID.exec(text)?.[1] ?? APP_ID_LABEL.exec(text)?.[1] ?? null
  const appId = withId && GUID.test(withId) ? withId : null
  const appName = named?.[1]?.trim() ?? needs?.[1]?.trim() ?? null
  if (!code && !appName && !appId) return null
  return { code: code ? `AADSTS${code[1]}` : null, appName: appName || null, appId: appId ? appId.toLowerCase() : null }
}
