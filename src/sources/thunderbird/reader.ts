// The Thunderbird-family reader: Thunderbird (and Betterbird, Icedove), SeaMonkey and
// Postbox. One SourceReport per profile (location = the profile folder) plus one per
// profiles.ini problem. It never reads stored passwords (logins.json, key4.db).
import path from 'node:path'
import { isOwnHome } from '../home-boundary.js'
import type { SourceReader, SourceResult } from '../source.js'
import { discoverProfiles, type DiscoverOptions } from './discover-profiles.js'
import { PROFILE_ROOTS } from './locations.js'
import { guardedFs, nodeProfileFs, profileFsFor, type ProfileFs } from './profile-fs.js'
import { readProfile, type ProfileResult, type ProfileTarget } from './profile-reader.js'

/**
 * Profiles read at once: each may hold a prefs.js up to LIMITS.prefsBytes, so memory stays
 * a few files' worth however many profiles a home lists.
 */
const PARALLEL_PROFILES = 4

async function readAll(fs: ProfileFs, targets: ProfileTarget[]): Promise<ProfileResult[]> {
  const results: ProfileResult[] = new Array<ProfileResult>(targets.length)
  let next = 0
  const worker = async () => {
    while (next < targets.length) {
      const i = next++
      results[i] = await readProfile(fs, targets[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PROFILES, targets.length) }, worker))
  return results
}

/** Read every Thunderbird-family profile under `home`. Never throws. */
export async function readThunderbirdProfiles(home: string, fs?: ProfileFs, options: DiscoverOptions = {}): Promise<SourceResult> {
  // This computer's own home: its links are the user's own (home-boundary.ts).
  const safeFs = guardedFs(fs ?? (options.ownComputer ? nodeProfileFs : profileFsFor(home)))
  const root = path.resolve(home)
  const { targets, reports } = await discoverProfiles(safeFs, root, PROFILE_ROOTS, options)
  const results = await readAll(safeFs, targets.map((target) => ({ ...target, home: root })))
  return {
    accounts: results.flatMap((r) => r.accounts),
    sources: [...results.map((r) => r.report), ...reports],
  }
}

export const thunderbirdReader: SourceReader = {
  client: 'thunderbird',
  // Scanning this computer's own home: profiles kept on another drive are read as well.
  read: (options) =>
    readThunderbirdProfiles(options.home, undefined, { ownComputer: isOwnHome(options.home) }),
}
