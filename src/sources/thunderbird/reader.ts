// The Thunderbird-family reader: Thunderbird (and Betterbird, Icedove), SeaMonkey and
// Postbox. One SourceReport per profile (location = the profile folder) plus one per
// profiles.ini problem. It never reads stored passwords (logins.json, key4.db).
import os from 'node:os'
import path from 'node:path'
import type { SourceReader, SourceResult } from '../source.js'
import { discoverProfiles, type DiscoverOptions } from './discover-profiles.js'
import { PROFILE_ROOTS } from './locations.js'
import { guardedFs, nodeProfileFs, type ProfileFs } from './profile-fs.js'
import { readProfile } from './profile-reader.js'

/** Read every Thunderbird-family profile under `home`. Never throws. */
export async function readThunderbirdProfiles(
  home: string,
  fs: ProfileFs = nodeProfileFs,
  options: DiscoverOptions = {},
): Promise<SourceResult> {
  const safeFs = guardedFs(fs)
  const root = path.resolve(home)
  const { targets, reports } = await discoverProfiles(safeFs, root, PROFILE_ROOTS, options)
  const results = await Promise.all(targets.map((target) => readProfile(safeFs, { ...target, home: root })))
  return {
    accounts: results.flatMap((r) => r.accounts),
    sources: [...results.map((r) => r.report), ...reports],
  }
}

export const thunderbirdReader: SourceReader = {
  client: 'thunderbird',
  // Scanning this computer's own home: profiles kept on another drive are read as well.
  read: (options) =>
    readThunderbirdProfiles(options.home, nodeProfileFs, { ownComputer: path.resolve(options.home) === path.resolve(os.homedir()) }),
}
