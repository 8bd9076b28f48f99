// Mail clients that are on the computer but keep their settings where this tool cannot
// read them (a cloud-synced store, an encrypted database, a closed container). Each gets a
// source report that names it and says where in that client the settings are shown.
import path from 'node:path'
import type { SourceReport } from '../model.js'
import { exists, realFileAccess, isPermissionError, type FileAccess } from './apple-mail/fs-access.js'
import type { ScanOptions, SourceReader, SourceResult } from './source.js'

interface UnreadableClient {
  name: string
  /** Where the client lives under a home folder. */
  location: (home: string) => string
  message: string
  steps: string[]
}

export const NEW_OUTLOOK: UnreadableClient = {
  name: 'New Outlook for Windows',
  location: (home) => path.join(home, 'AppData', 'Local', 'Microsoft', 'Olk'),
  message:
    'New Outlook for Windows is in use. It keeps its accounts in Microsoft\'s cloud, not in settings on this computer, so they cannot be read here.',
  steps: [
    'In new Outlook, open Settings (the gear) > Accounts > Email accounts.',
    'Select the account and choose Manage to see its address and account type.',
    'For IMAP or POP accounts the server names are shown there; for Microsoft 365 or Outlook.com accounts your CRM uses Microsoft sign-in instead of a server name.',
  ],
}

export const WINDOWS_MAIL: UnreadableClient = {
  name: 'Windows Mail',
  location: (home) => path.join(home, 'AppData', 'Local', 'Comms', 'UnistoreDB'),
  message:
    'Windows Mail (the "Mail and Calendar" app) is installed. It keeps its accounts in its own encrypted database, which cannot be read here.',
  steps: [
    'In Windows Mail, open Settings (the gear) > Manage accounts and choose the account.',
    'Choose "Change mailbox sync settings" > "Advanced mailbox settings" to see the incoming and outgoing servers.',
  ],
}

export const OUTLOOK_FOR_MAC: UnreadableClient = {
  name: 'Outlook for Mac',
  location: (home) => path.join(home, 'Library', 'Group Containers', 'UBF8T346G9.Office', 'Outlook'),
  message:
    'Outlook for Mac is installed. It keeps its accounts inside its own database, which cannot be read here.',
  steps: [
    'In Outlook for Mac, open Outlook > Settings (or Preferences) > Accounts.',
    'Select the account on the left: the incoming and outgoing servers, ports and SSL settings are shown on the right (click "More Options" or "Advanced" if needed).',
  ],
}

export function unreadableReport(client: UnreadableClient, location: string): SourceReport {
  return {
    client: 'outlook',
    location,
    status: 'unreadable',
    accounts: 0,
    // The steps (where that program shows its settings) are in `fix`, which every view prints.
    message: client.message,
    fix: { steps: client.steps },
    label: client.name,
  }
}

export async function findUnreadableClients(options: ScanOptions, access: FileAccess = realFileAccess): Promise<SourceResult> {
  const sources: SourceReport[] = []
  for (const client of [NEW_OUTLOOK, WINDOWS_MAIL, OUTLOOK_FOR_MAC]) {
    const location = client.location(options.home)
    try {
      if (await exists(access, location)) sources.push(unreadableReport(client, location))
    } catch (error) {
      // A refused look still tells us the client is there.
      if (isPermissionError(error)) sources.push(unreadableReport(client, location))
    }
  }
  return { accounts: [], sources }
}

export function createUnreadableClientsReader(access: FileAccess = realFileAccess): SourceReader {
  return { client: 'outlook', read: (options) => findUnreadableClients(options, access) }
}

export const unreadableClientsReader: SourceReader = createUnreadableClientsReader()
