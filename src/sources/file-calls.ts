// The file-system calls the readers make (realpath, stat, readdir, and open/fstat/read/close of
// a settings file), in one of two forms, chosen by each scan (ScanOptions.blockingFileCalls).
// In the app (Electron's main process, browser mode) they are fs.promises calls, so a scan never
// blocks the event loop. The command has nothing else to do while it scans, so there each call
// runs at once on the main thread: a promise call hands its work to libuv's thread pool and
// back, and on a busy machine those thread switches cost more than the reads themselves (the
// bench home: ~3x fewer context switches of the main thread, bench/cli.bench.ts).
// Counting mbox files (local-mail/mbox-count.ts) stays on fs.promises either way: it may read
// gigabytes. Either form gives the same results and the same errors (code, syscall, path).
import { closeSync, fstatSync, openSync, promises as fsp, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'

/** An open settings file: the part of fs.promises' FileHandle the readers use. */
interface OpenFile {
  stat(): Promise<Stats>
  read(buffer: Buffer, offset: number, length: number, position: null): Promise<{ bytesRead: number }>
  close(): Promise<void>
}

interface FileCalls {
  realpath(path: string): Promise<string>
  /**
   * False only when nothing is at `path` (ENOENT, ENOTDIR); any other failure is left to the
   * call that follows, which reports it. Lets a reader skip a missing folder without an error
   * created, thrown and caught (a scan meets one per POP3 account whose mail is not kept here).
   */
  present(path: string): Promise<boolean>
  stat(path: string): Promise<Stats>
  readdir(path: string): Promise<string[]>
  readdirEntries(path: string): Promise<Dirent[]>
  open(path: string, flags: number): Promise<OpenFile>
}

const promiseCalls: FileCalls = {
  realpath: (p) => fsp.realpath(p),
  present: (p) =>
    fsp.stat(p).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== 'ENOENT' && error.code !== 'ENOTDIR',
    ),
  stat: (p) => fsp.stat(p),
  readdir: (p) => fsp.readdir(p),
  readdirEntries: (p) => fsp.readdir(p, { withFileTypes: true }),
  open: (p, flags) => fsp.open(p, flags),
}

// realpathSync.native is the same libuv call (uv_fs_realpath) as fs.promises.realpath.
const blockingCalls: FileCalls = {
  realpath: async (p) => realpathSync.native(p),
  // With throwIfNoEntry false, statSync returns undefined for ENOENT without creating an
  // error (nodejs.org/api/fs.html#fsstatsyncpath-options); ENOTDIR still throws.
  present: async (p) => {
    try {
      return statSync(p, { throwIfNoEntry: false }) !== undefined
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'ENOTDIR'
    }
  },
  stat: async (p) => statSync(p),
  readdir: async (p) => readdirSync(p),
  readdirEntries: async (p) => readdirSync(p, { withFileTypes: true }),
  open: async (p, flags) => {
    const fd = openSync(p, flags)
    return {
      stat: async () => fstatSync(fd),
      read: async (buffer, offset, length, position) => ({ bytesRead: readSync(fd, buffer, offset, length, position) }),
      close: async () => closeSync(fd),
    }
  },
}

let current: FileCalls = promiseCalls

/** The calls in use (fs.promises unless the running scan chose blocking ones). */
export function fileCalls(): FileCalls {
  return current
}

/** Set at the start of each scan, so one scan's choice never outlives it in another. */
export function useBlockingFileCalls(blocking: boolean): void {
  current = blocking ? blockingCalls : promiseCalls
}
