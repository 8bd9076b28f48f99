// Words of the header's menu.
export const navText = {
  accounts: 'Accounts on this computer',
  lookup: 'Look up by email',
} as const
