// Mail clients that are on the computer but keep their settings where this tool cannot
// read them (a cloud-synced store, an encrypted database, a closed container). Each gets a
// source report that names it and says where in that client the settings are shown.
import path from 'node:path'
import type { SourceReport } from '../model.js'
import { exists, realFileAccess, isPermissionError, type FileAccess } from './apple-mail/fs-access.js'
import type { ScanOptions, SourceReader, SourceResult } from './source.js'
import { t } from '../i18n/i18n.js'
import { note } from '../words/words.js'

interface UnreadableClient {
  /** Its words in the `sources` catalogue: name, message, and where it shows its settings. */
  key: 'newOutlook' | 'windowsMail' | 'outlookForMac'
  /** Where the client lives under a home folder. */
  location: (home: string) => string
}

export const NEW_OUTLOOK: UnreadableClient = {
  key: 'newOutlook',
  location: (home) => path.join(home, 'AppData', 'Local', 'Microsoft', 'Olk'),
}

const WINDOWS_MAIL: UnreadableClient = {
  key: 'windowsMail',
  location: (home) => path.join(home, 'AppData', 'Local', 'Comms', 'UnistoreDB'),
}

const OUTLOOK_FOR_MAC: UnreadableClient = {
  key: 'outlookForMac',
  location: (home) => path.join(home, 'Library', 'Group Containers', 'UBF8T346G9.Office', 'Outlook'),
}

/** Where in that program its settings are shown, step by step, in the current language. */
function stepsOf(client: UnreadableClient): string[] {
  switch (client.key) {
    case 'newOutlook':
      return [t('sources:unreadable.newOutlook.step1'), t('sources:unreadable.newOutlook.step2'), t('sources:unreadable.newOutlook.step3')]
    case 'windowsMail':
      return [t('sources:unreadable.windowsMail.step1'), t('sources:unreadable.windowsMail.step2')]
    case 'outlookForMac':
      return [t('sources:unreadable.outlookForMac.step1'), t('sources:unreadable.outlookForMac.step2')]
  }
}

export function unreadableReport(client: UnreadableClient, location: string): SourceReport {
  return {
    client: 'outlook',
    location,
    status: 'unreadable',
    accounts: 0,
    // The steps (where that program shows its settings) are in `fix`, which every view prints.
    message: [note(`sources:unreadable.${client.key}.message`)],
    fix: { steps: stepsOf(client) },
    label: t(`sources:unreadable.${client.key}.name`),
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
