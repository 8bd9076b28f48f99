// The codes the login probes set for what Node has no code for; diagnose/classify.ts maps
// each to a verdict. The probe owns them: a new code is added here, then classified.
import { NET_CODES } from '../net/probe-error.js'

export const PROBE_CODES = {
  ...NET_CODES,
  wrongService: 'PROBE_WRONG_SERVICE',
  securityMismatch: 'PROBE_SECURITY_MISMATCH',
  starttlsUnavailable: 'PROBE_STARTTLS_UNAVAILABLE',
  loginDisabled: 'PROBE_LOGIN_DISABLED',
  noSmtpAuth: 'PROBE_NO_SMTP_AUTH',
  oauthOnly: 'PROBE_OAUTH_ONLY',
} as const
