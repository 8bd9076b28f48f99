// Reading a settings file from a home we do not control: a FIFO named prefs.js would block
// the scan forever and a link to /dev/zero would never end, so only ordinary files are read.
// The file is opened without blocking (a FIFO open waits for a writer otherwise) and checked
// with fstat on the same handle before a byte is read.
import { constants, promises as fsp } from 'node:fs'

/** Thrown for a device, pipe or socket where a settings file should be. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG'
  constructor(file: string) {
    super(`${file} is not an ordinary file (a device or a pipe), so it was not read`)
  }
}

export async function openRegular(file: string): Promise<fsp.FileHandle> {
  // O_NONBLOCK does not exist on Windows, where opening a pipe by path does not block.
  const handle = await fsp.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    if (!(await handle.stat()).isFile()) throw new NotRegularFileError(file)
    return handle
  } catch (error) {
    await handle.close()
    throw error
  }
}

/** The bytes of an ordinary file; anything else is refused with NotRegularFileError. */
export async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await openRegular(file)
  try {
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/** Copy an ordinary file; anything else is refused before the copy can block. */
export async function copyRegularFile(from: string, to: string): Promise<void> {
  const handle = await openRegular(from)
  await handle.close()
  await fsp.copyFile(from, to)
}
