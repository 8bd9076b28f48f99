import type { ScanResult } from '../model.js'
import type { ScanOptions, SourceReader } from './source.js'
import { thunderbirdReader } from './thunderbird/reader.js'
import { lazyAppleMailReader, lazyOutlookReader } from './lazy-readers.js'
import { unreadableClientsReader } from './unreadable-clients.js'
import { providerForScan } from '../providers/identify.js'
import { appendAll } from './append-all.js'
import { cutNote } from './limits.js'
import { note } from '../words/words.js'
import { useBlockingFileCalls } from './file-calls.js'

/** Every reader; a new mail client = one entry here. Apple Mail's and Outlook's load only when their files can be there. */
export const sourceReaders: SourceReader[] = [thunderbirdReader, lazyAppleMailReader, lazyOutlookReader, unreadableClientsReader]

/**
 * Scan a home with every reader at once. A reader that throws never loses the others'
 * results: its failure becomes an 'unreadable' source report.
 */
export async function scanHome(options: ScanOptions, readers: SourceReader[] = sourceReaders): Promise<ScanResult> {
  useBlockingFileCalls(options.blockingFileCalls === true)
  const settled = await Promise.allSettled(readers.map((reader) => reader.read(options)))
  const result: ScanResult = { accounts: [], sources: [] }
  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') {
      appendAll(result.accounts, outcome.value.accounts)
      appendAll(result.sources, outcome.value.sources)
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)
      result.sources.push({
        client: readers[i]!.client,
        location: options.home,
        status: 'unreadable',
        accounts: 0,
        message: [cutNote(note('notes:scan.readerFailed', { error: reason }))],
      })
    }
  })
  // Offline only (address domain, server host): scanning never touches the network.
  for (const account of result.accounts) {
    try {
      account.provider = providerForScan(account)
    } catch {
      // Identification is a nicety: an odd account keeps what its reader said.
    }
  }
  return result
}
