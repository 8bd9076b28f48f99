// Each provider's own words for the password a mail program needs, for its second sign-in
// factor and for how a generated password looks, plus who switches IMAP on: facts the
// guidance core reads next to the policy (policy-types.ts), one entry per policy id.
// Checked on 2026-11-30 with the project's search tool; each entry names its source.
import type { PasswordFormat, PasswordTerm, SecondFactorTerm } from '../model.js'

export interface ProviderTerms {
  password: PasswordTerm | null
  secondFactor: SecondFactorTerm | null
  format: PasswordFormat | null
  /** 'admin': only the organisation's administrator can switch IMAP (or app access) on. */
  imapControl?: 'admin'
  source: string
  verified: string
}

const VERIFIED = '2026-11-30'

const TERMS: Record<string, ProviderTerms> = {
  // support.google.com/accounts/answer/185833: "App passwords", need "2-Step Verification";
  // the 16-character code is shown in four groups of four.
  gmail: {
    password: 'app-password',
    secondFactor: '2-step-verification',
    format: 'four-groups-of-four',
    source: 'https://support.google.com/accounts/answer/185833',
    verified: VERIFIED,
  },
  // As Gmail; the Workspace admin can switch IMAP and app passwords off for everyone
  // (support.google.com/a/answer/105694 "Turn POP and IMAP on and off for users").
  'google-workspace': {
    password: 'app-password',
    secondFactor: '2-step-verification',
    format: 'four-groups-of-four',
    imapControl: 'admin',
    source: 'https://support.google.com/a/answer/105694',
    verified: VERIFIED,
  },
  // learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent: work accounts
  // often need an administrator's consent before an app may read mail; IMAP per mailbox is the
  // admin's switch too (learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/enable-or-disable-pop3-or-imap4-access).
  'microsoft-365': {
    password: null,
    secondFactor: null,
    format: null,
    imapControl: 'admin',
    source: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent',
    verified: VERIFIED,
  },
  // support.apple.com/en-us/102654: "app-specific passwords", need "two-factor authentication";
  // Apple shows them as four groups of four letters joined by hyphens (xxxx-xxxx-xxxx-xxxx).
  icloud: {
    password: 'app-specific-password',
    secondFactor: 'two-factor-authentication',
    format: 'hyphen-groups-of-four',
    source: 'https://support.apple.com/en-us/102654',
    verified: VERIFIED,
  },
  // help.yahoo.com/kb/SLN15241.html "Generate and manage 3rd-party app passwords".
  yahoo: { password: 'app-password', secondFactor: null, format: 'sixteen-letters', source: 'https://help.yahoo.com/kb/SLN15241.html', verified: VERIFIED },
  att: { password: 'app-password', secondFactor: null, format: null, source: 'https://www.att.com/support/article/email-support/KM1240308/', verified: VERIFIED },
  // help.aol.com "Generate and manage third-party app passwords" (Yahoo's system).
  aol: { password: 'app-password', secondFactor: null, format: 'sixteen-letters', source: 'https://help.aol.com/articles/Create-and-manage-app-password', verified: VERIFIED },
  verizon: { password: 'app-password', secondFactor: null, format: 'sixteen-letters', source: 'https://help.aol.com/articles/Create-and-manage-app-password', verified: VERIFIED },
  // www.telekom.de/hilfe/.../passwort-verwalten: the separate "E-Mail-Passwort".
  't-online': {
    password: 'email-password',
    secondFactor: null,
    format: null,
    source: 'https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten',
    verified: VERIFIED,
  },
  // proton.me/support/protonmail-bridge-faq: "use your Bridge password".
  proton: { password: 'bridge-password', secondFactor: null, format: null, source: 'https://proton.me/support/protonmail-bridge-faq', verified: VERIFIED },
  // QQ and NetEase call it 授权码, "authorization code" (sources in policies-regional.ts).
  qq: { password: 'authorization-code', secondFactor: null, format: 'sixteen-letters', source: 'https://mail.qq.com/', verified: VERIFIED },
  '163': { password: 'authorization-code', secondFactor: null, format: null, source: 'https://mail.163.com/', verified: VERIFIED },
  // Naver asks for 2-step verification before an application-specific password.
  naver: { password: 'app-password', secondFactor: 'two-step-verification', format: null, source: 'https://nid.naver.com/user2/help/2StepVerif?m=viewManageSettings', verified: VERIFIED },
}

const NONE: ProviderTerms = { password: null, secondFactor: null, format: null, source: '', verified: VERIFIED }

export function providerTerms(policyId: string | null | undefined): ProviderTerms {
  return (policyId ? TERMS[policyId] : undefined) ?? NONE
}
