// Profile discovery under a home: every Thunderbird-family location of every OS at once,
// profiles.ini (+ installs.ini), and a folder scan when profiles.ini is missing.
import path from 'node:path'
import type { Note, SourceReport } from '../../model.js'
import { note } from '../../words/words.js'
import { PROFILE_ROOTS, type ProfileRoot } from './locations.js'
import { errorCode, type ProfileFs } from './profile-fs.js'
import { describeFsError, type ProfileTarget } from './profile-reader.js'
import { isAbsoluteProfilePath, parseIni, readProfilesIni, type IniSections } from './profiles-ini.js'
import { appendAll } from '../append-all.js'
import { capped, LIMITS } from '../limits.js'

export interface DiscoverOptions {
  /**
   * The home is this computer's own (a plain `scan`): a profile that profiles.ini keeps
   * elsewhere on this computer (another drive, a shared folder) is Thunderbird's real
   * profile and is read. In a copied home such a path names a folder of another computer.
   */
  ownComputer?: boolean
}

export interface DiscoveredProfiles {
  targets: ProfileTarget[]
  /** Problems found on the way: an unreadable profiles.ini, a profile outside the home, ... */
  reports: SourceReport[]
}

/** The profile's path relative to the home, '/'-separated; absolute when outside it. */
export function profileLabel(home: string, dir: string): string {
  const rel = path.relative(home, dir)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return dir
  return rel.split(path.sep).join('/')
}

function isInside(home: string, dir: string): boolean {
  const rel = path.relative(home, dir)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

async function readIni(fs: ProfileFs, file: string): Promise<{ ini: IniSections } | { error: unknown }> {
  try {
    const bytes = await fs.readFile(file, LIMITS.iniBytes)
    // profiles.ini is written in the system's narrow encoding on old Windows builds.
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = bytes.toString('latin1')
    }
    return { ini: parseIni(text) }
  } catch (error) {
    return { error }
  }
}

function tooManyProfiles(program: string, listed: number | null): Note {
  return listed === null
    ? note('notes:thunderbird.tooManyProfilesFolder', { program, max: LIMITS.profilesPerRoot })
    : note('notes:thunderbird.tooManyProfilesIni', { program, count: listed, max: LIMITS.profilesPerRoot })
}

async function isDirectory(fs: ProfileFs, dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory()
  } catch {
    return false
  }
}

/** Without profiles.ini: folders holding a prefs.js, directly or under Profiles/ (one past the cap at most). */
async function scanForProfiles(fs: ProfileFs, rootDir: string): Promise<string[]> {
  const found: string[] = []
  for (const parent of [rootDir, path.join(rootDir, 'Profiles')]) {
    if (found.length > LIMITS.profilesPerRoot) break
    let names: string[]
    try {
      names = await fs.readdir(parent)
    } catch {
      continue
    }
    for (const name of names.sort()) {
      const dir = path.join(parent, name)
      try {
        const stat = await fs.stat(path.join(dir, 'prefs.js'))
        if (stat.isFile()) found.push(dir)
        if (found.length > LIMITS.profilesPerRoot) break
      } catch {
        // not a profile
      }
    }
  }
  return found
}

async function discoverRoot(fs: ProfileFs, home: string, root: ProfileRoot, options: DiscoverOptions): Promise<DiscoveredProfiles> {
  const rootDir = path.join(home, ...root.path.split('/'))
  const result: DiscoveredProfiles = { targets: [], reports: [] }
  const report = (location: string, status: SourceReport['status'], ...message: Note[]) =>
    result.reports.push({ client: root.client, location, status, accounts: 0, message })

  try {
    const stat = await fs.stat(rootDir)
    if (!stat.isDirectory()) {
      report(rootDir, 'unreadable', note('notes:thunderbird.rootIsFile', { program: root.label }))
      return result
    }
  } catch (error) {
    const code = errorCode(error)
    // Not installed here: nothing to say.
    if (code === 'ENOENT' || code === 'ENOTDIR') return result
    const { status, message } = describeFsError(error, 'profilesFolder', root.label)
    report(rootDir, status, message)
    return result
  }

  const iniFile = path.join(rootDir, 'profiles.ini')
  const read = await readIni(fs, iniFile)
  if ('error' in read) {
    if (errorCode(read.error) !== 'ENOENT') {
      const { status, message } = describeFsError(read.error, 'profilesIni', root.label)
      report(iniFile, status, message, note('notes:thunderbird.lookedInFolder'))
    }
    const found = capped(await scanForProfiles(fs, rootDir), LIMITS.profilesPerRoot)
    if (found.over) report(rootDir, 'partial', tooManyProfiles(root.label, null))
    const dirs = found.kept
    if (dirs.length === 0 && errorCode(read.error) === 'ENOENT') {
      report(rootDir, 'not-found', note('notes:thunderbird.noProfilesHere', { program: root.label }))
    }
    for (const dir of dirs) result.targets.push({ client: root.client, dir, label: profileLabel(home, dir) })
    return result
  }

  const installs = await readIni(fs, path.join(rootDir, 'installs.ini'))
  const content = readProfilesIni(read.ini, 'ini' in installs ? installs.ini : undefined)
  for (const problem of content.problems) report(iniFile, 'unreadable', note('notes:thunderbird.iniSectionNoPath', { program: root.label, section: problem.section }))
  if (content.profiles.length === 0) {
    report(iniFile, 'not-found', note('notes:thunderbird.iniListsNone', { program: root.label }))
  }
  const listed = capped(content.profiles, LIMITS.profilesPerRoot)
  if (listed.over) report(iniFile, 'partial', tooManyProfiles(root.label, content.profiles.length))
  for (const entry of listed.kept) {
    let dir: string
    if (entry.isRelative) {
      // Relative paths are '/'-separated on every OS; tolerate hand-edited backslashes.
      dir = path.join(rootDir, ...entry.path.split(/[\\/]/))
    } else if (isAbsoluteProfilePath(entry.path) && path.isAbsolute(entry.path)) {
      dir = path.normalize(entry.path)
    } else {
      report(
        entry.path,
        'not-found',
        note('notes:thunderbird.profileOtherComputer', { program: root.label, profile: entry.name ?? entry.section, path: entry.path }),
      )
      continue
    }
    if (!isInside(home, dir) && !options.ownComputer) {
      report(
        dir,
        'not-found',
        note('notes:thunderbird.profileOutsideHome', { program: root.label, profile: entry.name ?? entry.section, path: dir }),
      )
      continue
    }
    result.targets.push({ client: root.client, dir, label: profileLabel(home, dir) })
  }
  return result
}

/** Every Thunderbird, SeaMonkey and Postbox profile under a home. Never throws. */
export async function discoverProfiles(
  fs: ProfileFs,
  home: string,
  roots = PROFILE_ROOTS,
  options: DiscoverOptions = {},
): Promise<DiscoveredProfiles> {
  const perRoot = await Promise.all(roots.map((root) => discoverRoot(fs, home, root, options)))
  const result: DiscoveredProfiles = { targets: [], reports: [] }
  const seen = new Set<string>()
  for (const part of perRoot) {
    appendAll(result.reports, part.reports)
    for (const target of part.targets) {
      // Debian links ~/.icedove to ~/.thunderbird: one folder, read once.
      let key = target.dir
      try {
        if (await isDirectory(fs, target.dir)) key = await fs.realpath(target.dir)
      } catch {
        // unresolvable: keep the path as it is; reading it will report why
      }
      if (seen.has(key)) continue
      seen.add(key)
      result.targets.push(target)
    }
  }
  return result
}
