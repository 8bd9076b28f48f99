// Apple Mail's and classic Outlook's readers (plists, keyed archives, SQLite and its WAL,
// registry exports) are half of a scan's code, and most homes give them nothing to read:
// no ~/Library on Linux or Windows, no registry off Windows. Each loads only when its
// client can be there; when it cannot, the answer is the one its reader gives for that
// home (nothing at all), without compiling the reader (bench/cli.bench.ts).
import path from 'node:path'
import { isNotFound } from './apple-mail/fs-access.js'
import { fileCalls } from './file-calls.js'
import type { ScanOptions, SourceReader, SourceResult } from './source.js'

/** A path that is not there (ENOENT, or a file where a folder should be): nothing under it is either. */
async function isMissing(file: string): Promise<boolean> {
  try {
    await fileCalls().stat(file)
    return false
  } catch (error) {
    return isNotFound(error)
  }
}

function lazyReader(client: SourceReader['client'], nothingThere: (options: ScanOptions) => Promise<boolean>, load: () => Promise<SourceReader>): SourceReader {
  return {
    client,
    read: async (options): Promise<SourceResult> => ((await nothingThere(options)) ? { accounts: [], sources: [] } : (await load()).read(options)),
  }
}

/** Every place Apple Mail keeps settings is under ~/Library (apple-mail/reader.ts). */
export const lazyAppleMailReader = lazyReader(
  'apple-mail',
  (options) => isMissing(path.join(options.home, 'Library')),
  async () => (await import('./apple-mail/reader.js')).appleMailReader,
)

/**
 * Classic Outlook is read from a registry export, the live registry (on Windows), or named
 * by a copied NTUSER.DAT; without any of them its reader says nothing (outlook/reader.ts).
 */
export const lazyOutlookReader = lazyReader(
  'outlook',
  async (options) =>
    !options.registryFile && !(options.platform === 'win32' && process.platform === 'win32') && (await isMissing(path.join(options.home, 'NTUSER.DAT'))),
  async () => (await import('./outlook/reader.js')).outlookReader,
)
