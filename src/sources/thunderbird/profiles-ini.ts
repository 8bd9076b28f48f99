// profiles.ini / installs.ini, as Gecko's nsToolkitProfileService reads them: [ProfileN]
// sections with Name, IsRelative, Path (always '/'-separated when relative) and Default=1
// (legacy), plus [Install<hash>] sections whose Default= names each install's profile
// (Firefox/Thunderbird 67+; the same sections are mirrored in installs.ini).

export type IniSections = Map<string, Map<string, string>>

/** A forgiving INI reader: unknown lines are ignored, later keys win, CRLF and BOM are fine. */
export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map()
  let current: Map<string, string> | null = null
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue
    if (line.startsWith('[')) {
      const close = line.indexOf(']')
      if (close < 0) {
        current = null
        continue
      }
      const name = line.slice(1, close).trim()
      current = sections.get(name) ?? new Map()
      sections.set(name, current)
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0 || !current) continue
    current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  return sections
}

export interface ProfileEntry {
  /** The section it came from, e.g. "Profile0" or "Install308046B0AF4A39CB". */
  section: string
  name: string | null
  /** The Path= value as written. */
  path: string
  isRelative: boolean
  isDefault: boolean
}

/** A [ProfileN] section that names no folder (no Path= line). */
export interface ProfilesIniProblem {
  section: string
}

export interface ProfilesIniContent {
  profiles: ProfileEntry[]
  problems: ProfilesIniProblem[]
}

const PROFILE_SECTION = /^Profile\d+$/i
const INSTALL_SECTION = /^Install/i

/** Windows (C:\ or \\server) or POSIX absolute. */
export function isAbsoluteProfilePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')
}

/**
 * Every profile named by profiles.ini (and installs.ini, when given). Gecko stops at the
 * first missing ProfileN; we read them all, so a gap never hides a profile.
 */
export function readProfilesIni(profilesIni: IniSections, installsIni?: IniSections): ProfilesIniContent {
  const profiles: ProfileEntry[] = []
  const problems: ProfilesIniProblem[] = []
  const byPath = new Map<string, ProfileEntry>()
  for (const [section, keys] of profilesIni) {
    if (!PROFILE_SECTION.test(section)) continue
    const pathValue = keys.get('Path')
    if (!pathValue) {
      problems.push({ section })
      continue
    }
    const isRelativeValue = keys.get('IsRelative')
    const isRelative = isRelativeValue === undefined ? !isAbsoluteProfilePath(pathValue) : isRelativeValue === '1'
    const entry: ProfileEntry = {
      section,
      name: keys.get('Name') ?? null,
      path: pathValue,
      isRelative,
      isDefault: keys.get('Default') === '1',
    }
    profiles.push(entry)
    byPath.set(pathValue, entry)
  }
  // An install's Default= is a Path= value (relative when it does not look absolute).
  for (const ini of [profilesIni, installsIni]) {
    if (!ini) continue
    for (const [section, keys] of ini) {
      if (!INSTALL_SECTION.test(section) && ini === profilesIni) continue
      const target = keys.get('Default')
      if (!target) continue
      const known = byPath.get(target)
      if (known) {
        known.isDefault = true
        continue
      }
      const entry: ProfileEntry = {
        section,
        name: null,
        path: target,
        isRelative: !isAbsoluteProfilePath(target),
        isDefault: true,
      }
      profiles.push(entry)
      byPath.set(target, entry)
    }
  }
  return { profiles, problems }
}
