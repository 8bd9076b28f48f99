// Builds a throw-away home folder for reader tests: { 'relative/path': contents }.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/thunderbird/', import.meta.url))

export function fixture(relative: string): Buffer {
  return readFileSync(path.join(FIXTURES, relative))
}

export interface TempHome {
  home: string
  path(relative: string): string
  write(relative: string, contents: string | Uint8Array): string
  cleanup(): void
}

export function makeHome(files: Record<string, string | Uint8Array> = {}): TempHome {
  const home = mkdtempSync(path.join(os.tmpdir(), 'msi-home-'))
  const t: TempHome = {
    home,
    path: (relative) => path.join(home, ...relative.split('/')),
    write: (relative, contents) => {
      const file = t.path(relative)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, contents)
      return file
    },
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  }
  for (const [relative, contents] of Object.entries(files)) t.write(relative, contents)
  return t
}

/** A profiles.ini with one relative profile. */
export function profilesIni(profilePath: string, extra = ''): string {
  return `[Profile0]\nName=default\nIsRelative=1\nPath=${profilePath}\nDefault=1\n\n[General]\nStartWithLastProfile=1\n${extra}`
}
