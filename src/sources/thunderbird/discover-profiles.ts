// Profile discovery under a home: every Thunderbird-family location of every OS at once,
// profiles.ini (+ installs.ini), and a folder scan when profiles.ini is missing.
import path from 'node:path'
import type { SourceReport } from '../../model.js'
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

function tooManyProfiles(label: string, where: string): string {
  return `${label}: ${where} more profiles than the ${LIMITS.profilesPerRoot} this tool reads; only the first ${LIMITS.profilesPerRoot} were read.`
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
  const report = (location: string, status: SourceReport['status'], message: string) =>
    result.reports.push({ client: root.client, location, status, accounts: 0, message })

  try {
    const stat = await fs.stat(rootDir)
    if (!stat.isDirectory()) {
      report(rootDir, 'unreadable', `${root.label}: a file is where the profiles folder should be.`)
      return result
    }
  } catch (error) {
    const code = errorCode(error)
    // Not installed here: nothing to say.
    if (code === 'ENOENT' || code === 'ENOTDIR') return result
    const { status, message } = describeFsError(error, `${root.label}: the profiles folder`)
    report(rootDir, status, message)
    return result
  }

  const iniFile = path.join(rootDir, 'profiles.ini')
  const read = await readIni(fs, iniFile)
  if ('error' in read) {
    if (errorCode(read.error) !== 'ENOENT') {
      const { status, message } = describeFsError(read.error, `${root.label}: profiles.ini`)
      report(iniFile, status, `${message} Profiles were looked for in the folder itself instead.`)
    }
    const found = capped(await scanForProfiles(fs, rootDir), LIMITS.profilesPerRoot)
    if (found.over) report(rootDir, 'partial', tooManyProfiles(root.label, 'this folder holds'))
    const dirs = found.kept
    if (dirs.length === 0 && errorCode(read.error) === 'ENOENT') {
      report(rootDir, 'not-found', `${root.label}: this folder has no profiles.ini and no profile in it.`)
    }
    for (const dir of dirs) result.targets.push({ client: root.client, dir, label: profileLabel(home, dir) })
    return result
  }

  const installs = await readIni(fs, path.join(rootDir, 'installs.ini'))
  const content = readProfilesIni(read.ini, 'ini' in installs ? installs.ini : undefined)
  for (const problem of content.problems) report(iniFile, 'unreadable', `${root.label}: ${problem.message}`)
  if (content.profiles.length === 0) {
    report(iniFile, 'not-found', `${root.label}: profiles.ini lists no profiles.`)
  }
  const listed = capped(content.profiles, LIMITS.profilesPerRoot)
  if (listed.over) report(iniFile, 'partial', tooManyProfiles(root.label, `profiles.ini lists ${content.profiles.length}, and`))
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
        `${root.label}: profile "${entry.name ?? entry.section}" is stored at ${entry.path}, a path of another computer; it was not read. Copy that folder into the home and scan again.`,
      )
      continue
    }
    if (!isInside(home, dir) && !options.ownComputer) {
      report(
        dir,
        'not-found',
        `${root.label}: profile "${entry.name ?? entry.section}" is stored outside the home folder being scanned (${dir}); it was not read.`,
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
