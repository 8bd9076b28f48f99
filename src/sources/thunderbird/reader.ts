// The Thunderbird-family reader: Thunderbird (and Betterbird, Icedove), SeaMonkey and
// Postbox. One SourceReport per profile (location = the profile folder) plus one per
// profiles.ini problem. It never reads stored passwords (logins.json, key4.db).
import path from 'node:path'
import type { SourceReader, SourceResult } from '../source.js'
import { discoverProfiles } from './discover-profiles.js'
import { guardedFs, nodeProfileFs, type ProfileFs } from './profile-fs.js'
import { readProfile } from './profile-reader.js'

/** Read every Thunderbird-family profile under `home`. Never throws. */
export async function readThunderbirdProfiles(home: string, fs: ProfileFs = nodeProfileFs): Promise<SourceResult> {
  const safeFs = guardedFs(fs)
  const root = path.resolve(home)
  const { targets, reports } = await discoverProfiles(safeFs, root)
  const results = await Promise.all(targets.map((target) => readProfile(safeFs, target)))
  return {
    accounts: results.flatMap((r) => r.accounts),
    sources: [...results.map((r) => r.report), ...reports],
  }
}

export const thunderbirdReader: SourceReader = {
  client: 'thunderbird',
  read: (options) => readThunderbirdProfiles(options.home),
}
