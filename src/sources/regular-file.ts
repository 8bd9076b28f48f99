// Reading a settings file from a home we do not control: a FIFO named prefs.js would block
// the scan forever and a link to /dev/zero would never end, so only ordinary files are read.
// The file is opened without blocking (a FIFO open waits for a writer otherwise) and checked
// with fstat on the same handle before a byte is read: its type, then its size against the
// reader's cap (src/sources/limits.ts), so a sparse 1.5 GB file costs one fstat.
import { constants, promises as fsp } from 'node:fs'
import { fileCalls } from './file-calls.js'
import { NO_BOUNDARY, type HomeBoundary } from './home-boundary.js'
import { megabytes, OverLimitError } from './limits.js'

/** Thrown for a device, pipe or socket where a settings file should be. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG'
  constructor(file: string) {
    super(`${file} is not an ordinary file (a device or a pipe), so it was not read`)
  }
}

export class FileTooLargeError extends OverLimitError {
  constructor(
    file: string,
    readonly size: number,
    readonly max: number,
  ) {
    super(`${file} is too large (${megabytes(size)}; this tool reads at most ${megabytes(max)}), so it was not read`)
  }
}

const CHUNK = 64 * 1024

/** An ordinary file, open, whose reads stop at its reader's cap (readRegularFile, openCappedFile). */
export interface CappedFile {
  /** Bytes read into buffer[offset, offset + length); 0 at the end. Throws FileTooLargeError past the cap. */
  read(buffer: Buffer, offset: number, length: number): Promise<number>
  close(): Promise<void>
}

/**
 * An ordinary file of at most `maxBytes`, open; anything else is refused (with
 * NotRegularFileError or FileTooLargeError) before its content is read. A file that grows
 * while it is read is still cut off at the cap. For a file read in pieces (prefs.js up to
 * 64 MB), so that only a piece at a time is held.
 */
export async function openCappedFile(file: string, maxBytes: number, boundary: HomeBoundary = NO_BOUNDARY): Promise<CappedFile & { size: number }> {
  const real = await boundary.resolve(file)
  // O_NONBLOCK does not exist on Windows, where opening a pipe by path does not block.
  const handle = await fileCalls().open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new NotRegularFileError(file)
    if (stat.size > maxBytes) throw new FileTooLargeError(file, stat.size, maxBytes)
    let total = 0
    return {
      size: stat.size,
      read: async (buffer, offset, length) => {
        // Never past the cap: one byte more tells a file that grew beyond it.
        const { bytesRead } = await handle.read(buffer, offset, Math.min(length, maxBytes + 1 - total), null)
        total += bytesRead
        if (total > maxBytes) throw new FileTooLargeError(file, total, maxBytes)
        return bytesRead
      },
      close: () => handle.close(),
    }
  } catch (error) {
    await handle.close()
    throw error
  }
}

/**
 * The bytes of an ordinary file of at most `maxBytes`; anything else is refused (with
 * NotRegularFileError or FileTooLargeError) before its content is read. A file that grows
 * while it is read is still cut off at the cap.
 */
export async function readRegularFile(file: string, maxBytes: number, boundary: HomeBoundary = NO_BOUNDARY): Promise<Buffer> {
  const opened = await openCappedFile(file, maxBytes, boundary)
  try {
    const chunks: Buffer[] = []
    let total = 0
    // Read what fstat promised, then on until the end.
    let want = Math.max(opened.size, 1)
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total))
      const bytesRead = await opened.read(buffer, 0, buffer.length)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      want = CHUNK
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
  } finally {
    await opened.close()
  }
}

/**
 * An ordinary file opened for reading in chunks (mbox files of any size, read for their
 * separators only); anything else is refused with NotRegularFileError before a byte is read.
 */
export async function openRegular(file: string): Promise<fsp.FileHandle> {
  const handle = await fsp.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    if (!(await handle.stat()).isFile()) throw new NotRegularFileError(file)
    return handle
  } catch (error) {
    await handle.close()
    throw error
  }
}
