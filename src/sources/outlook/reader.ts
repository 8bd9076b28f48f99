// Classic Outlook on Windows: accounts from a registry export (`scan --registry FILE`,
// either a .reg file or `reg query /s` text), or from the live registry on Windows.
import path from 'node:path'
import type { SourceReport } from '../../model.js'
import { note } from '../../words/words.js'
import { realFileAccess, isNotFound, isPermissionError, type FileAccess } from '../apple-mail/fs-access.js'
import { cutNote, LIMITS } from '../limits.js'
import type { ScanOptions, SourceReader, SourceResult } from '../source.js'
import { NEW_OUTLOOK, unreadableReport } from '../unreadable-clients.js'
import { readLiveRegistry, type RegQueryRunner } from './live-registry.js'
import { addOutlookLocalMail } from './local-mail.js'
import { outlookAccounts, usesNewOutlook } from './outlook-accounts.js'
import { decodeRegistryText, isRegExport, parseRegExport } from './reg-export.js'
import { isRegQueryText, parseRegQuery } from './reg-query.js'
import type { RegistryParseResult } from './registry-tree.js'

export class RegistryFormatError extends Error {}

/** Either file form, told apart by its first line. */
export function parseRegistryFile(bytes: Uint8Array): RegistryParseResult {
  const text = decodeRegistryText(bytes)
  if (isRegExport(text)) return parseRegExport(text)
  if (isRegQueryText(text)) return parseRegQuery(text)
  throw new RegistryFormatError('this is neither a .reg export nor `reg query` output')
}

function resultFrom(parsed: RegistryParseResult, location: string): SourceResult {
  const { accounts, problems } = outlookAccounts(parsed.tree)
  const all = [...parsed.problems, ...problems]
  const sources: SourceReport[] = []
  if (accounts.length === 0 && all.length === 0) {
    sources.push({ client: 'outlook', location, status: 'not-found', accounts: 0, message: [note('notes:outlook.noAccounts')] })
  } else {
    const status = all.length === 0 ? 'ok' : accounts.length ? 'partial' : 'unreadable'
    const report: SourceReport = { client: 'outlook', location, status, accounts: accounts.length }
    if (all.length) {
      report.message = [note('notes:outlook.someUnreadable'), ...all.slice(0, 5).map((n) => cutNote(n))]
      if (all.length > 5) report.message.push(note('notes:outlook.andMore', { count: all.length - 5 }))
    }
    sources.push(report)
  }
  if (usesNewOutlook(parsed.tree)) sources.push(unreadableReport(NEW_OUTLOOK, location))
  return { accounts, sources }
}

export interface OutlookReaderDeps {
  access?: FileAccess
  /** Runs `reg query KEY /s` on Windows; injectable for tests. */
  regQuery?: RegQueryRunner
}

export async function readOutlook(options: ScanOptions, deps: OutlookReaderDeps = {}): Promise<SourceResult> {
  const access = deps.access ?? realFileAccess
  if (options.registryFile) {
    const file = options.registryFile
    try {
      const result = resultFrom(parseRegistryFile(await access.readFile(file, LIMITS.registryBytes)), file)
      await addOutlookLocalMail(result.accounts, options.home)
      return result
    } catch (error) {
      const message = isNotFound(error)
        ? note('notes:outlook.registryFileMissing')
        : isPermissionError(error)
          ? note('notes:outlook.registryFileDenied')
          : error instanceof RegistryFormatError
            ? note('notes:outlook.registryFileFormat')
            : cutNote(note('notes:outlook.registryFileUnreadable', { error: (error as Error).message }))
      return { accounts: [], sources: [{ client: 'outlook', location: file, status: 'unreadable', accounts: 0, message: [message] }] }
    }
  }
  if (options.platform === 'win32' && process.platform === 'win32') {
    const location = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office'
    try {
      const result = resultFrom(await readLiveRegistry(deps.regQuery), location)
      await addOutlookLocalMail(result.accounts, options.home)
      return result
    } catch (error) {
      return { accounts: [], sources: [{ client: 'outlook', location, status: 'unreadable', accounts: 0, message: [cutNote(note('notes:outlook.registryUnreadable', { error: (error as Error).message }))] }] }
    }
  }
  // A copied Windows profile: the registry is in NTUSER.DAT, a binary hive we do not parse.
  const hive = path.join(options.home, 'NTUSER.DAT')
  try {
    await access.isDirectory(hive)
    return {
      accounts: [],
      sources: [
        {
          client: 'outlook',
          location: hive,
          status: 'unreadable',
          accounts: 0,
          message: [note('notes:outlook.copiedHive', { export: 'reg export HKCU\\Software\\Microsoft\\Office outlook.reg', scan: 'scan --registry outlook.reg' })],
        },
      ],
    }
  } catch {
    return { accounts: [], sources: [] } // not Windows, no export given: nothing to say
  }
}

export function createOutlookReader(deps: OutlookReaderDeps = {}): SourceReader {
  return { client: 'outlook', read: (options) => readOutlook(options, deps) }
}

export const outlookReader: SourceReader = createOutlookReader()
