import type { MailAccount, MailClient, SourceReport } from '../model.js'

export interface ScanOptions {
  /** Read this folder as a user's home, looking in every OS's locations under it. */
  home: string
  /** Classic Outlook settings from a .reg export or `reg query /s` text. */
  registryFile?: string
  /** On win32 the live registry is read when no registryFile is given. */
  platform?: NodeJS.Platform
  /** File calls run at once on the main thread, not through fs.promises (the command: file-calls.ts). */
  blockingFileCalls?: boolean
}

export interface SourceResult {
  accounts: MailAccount[]
  sources: SourceReport[]
}

/** One reader per mail client (family). A reader reports its own failures in `sources`. */
export interface SourceReader {
  client: MailClient
  read(options: ScanOptions): Promise<SourceResult>
}
