// Where each Thunderbird-family client keeps its profiles, on every OS at once, so a
// copied macOS or Windows home can be read anywhere. Paths are relative to the home.
import type { MailClient } from '../../model.js'

export interface ProfileRoot {
  client: Extract<MailClient, 'thunderbird' | 'seamonkey' | 'postbox'>
  /** Relative to the home, '/'-separated. */
  path: string
  /** What a person would call it. */
  label: string
}

export const PROFILE_ROOTS: readonly ProfileRoot[] = [
  // Thunderbird (and Betterbird, which shares Thunderbird's folders outside Flatpak)
  { client: 'thunderbird', path: 'Library/Thunderbird', label: 'Thunderbird (macOS)' },
  { client: 'thunderbird', path: 'AppData/Roaming/Thunderbird', label: 'Thunderbird (Windows)' },
  { client: 'thunderbird', path: '.thunderbird', label: 'Thunderbird (Linux)' },
  // Debian's rebranded Thunderbird (Icedove) and its older home.
  { client: 'thunderbird', path: '.icedove', label: 'Icedove (Linux)' },
  { client: 'thunderbird', path: '.mozilla-thunderbird', label: 'Thunderbird (older Linux)' },
  { client: 'thunderbird', path: '.var/app/org.mozilla.Thunderbird/.thunderbird', label: 'Thunderbird (Flatpak)' },
  { client: 'thunderbird', path: '.var/app/eu.betterbird.Betterbird/.thunderbird', label: 'Betterbird (Flatpak)' },
  { client: 'thunderbird', path: 'snap/thunderbird/common/.thunderbird', label: 'Thunderbird (Snap)' },
  // SeaMonkey
  { client: 'seamonkey', path: 'AppData/Roaming/Mozilla/SeaMonkey', label: 'SeaMonkey (Windows)' },
  { client: 'seamonkey', path: 'Library/Application Support/SeaMonkey', label: 'SeaMonkey (macOS)' },
  { client: 'seamonkey', path: '.mozilla/seamonkey', label: 'SeaMonkey (Linux)' },
  // Postbox (its newer builds call the folder PostboxApp)
  { client: 'postbox', path: 'AppData/Roaming/Postbox', label: 'Postbox (Windows)' },
  { client: 'postbox', path: 'AppData/Roaming/PostboxApp', label: 'Postbox (Windows)' },
  { client: 'postbox', path: 'Library/Application Support/Postbox', label: 'Postbox (macOS)' },
  { client: 'postbox', path: 'Library/Application Support/PostboxApp', label: 'Postbox (macOS)' },
]
