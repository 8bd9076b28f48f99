// Words of the header's menu.
export const navText = {
  accounts: 'Accounts on this computer',
  lookup: 'Look up by email',
} as const

/**
 * The menu's words on a narrow window (below 1100 px): each is the start or a part of the full
 * label, which stays the button's accessible name (WCAG 2.5.3, label in name).
 */
export const navShortText = {
  accounts: 'Accounts',
  lookup: 'Look up by email',
  crm: 'Connect my CRM',
  pop: 'POP3 to IMAP',
  error: 'I got an error',
  report: 'Report',
} as const
