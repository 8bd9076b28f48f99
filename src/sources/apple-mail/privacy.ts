// macOS privacy protection (TCC): without Full Disk Access, reading ~/Library/Mail or
// ~/Library/Accounts fails with EPERM (or EACCES), and a listing may come back empty.
// The fix is one switch in System Settings; the deep links open that pane directly
// (Ventura and later first, then the older System Preferences form).
import type { Note, SourceFix } from '../../model.js'
import { note } from '../../words/words.js'
import { t } from '../../i18n/i18n.js'

export const FULL_DISK_ACCESS_LINKS = [
  'x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?Privacy_AllFiles',
  'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles',
] as const

/** The fix, in the current language (the words: the `sources` catalogue, macOS's own menu names). */
export function fullDiskAccessFix(): SourceFix {
  return {
    steps: [t('sources:fullDiskAccess.step1'), t('sources:fullDiskAccess.step2'), t('sources:fullDiskAccess.step3'), t('sources:fullDiskAccess.step4')],
    links: [...FULL_DISK_ACCESS_LINKS],
    linksOpen: 'full-disk-access-settings',
    // Mail answers over AppleScript without Full Disk Access (ask-apple-mail.ts).
    askAppleMail: true,
  }
}

export function permissionMessage(): Note {
  return note('sources:fullDiskAccess.denied')
}
