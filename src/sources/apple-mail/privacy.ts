// macOS privacy protection (TCC): without Full Disk Access, reading ~/Library/Mail or
// ~/Library/Accounts fails with EPERM (or EACCES), and a listing may come back empty.
// The fix is one switch in System Settings; the deep links open that pane directly
// (Ventura and later first, then the older System Preferences form).
import type { SourceFix } from '../../model.js'

export const FULL_DISK_ACCESS_LINKS = [
  'x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?Privacy_AllFiles',
  'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles',
] as const

export const FULL_DISK_ACCESS_FIX: SourceFix = {
  steps: [
    'Open System Settings (Apple menu > System Settings).',
    'Go to Privacy & Security > Full Disk Access.',
    'Switch on Mail Settings Inspector. If it is not in the list, click + and add it. (Using the command line? Switch on your terminal app instead.)',
    'Quit Mail Settings Inspector and open it again, then scan again.',
  ],
  links: [...FULL_DISK_ACCESS_LINKS],
  linksOpen: 'full-disk-access-settings',
  // Mail answers over AppleScript without Full Disk Access (ask-apple-mail.ts).
  askAppleMail: true,
}

export const PERMISSION_MESSAGE =
  "macOS did not let this app read Apple Mail's settings: they are protected until you allow Full Disk Access. " +
  'Another way that needs no Full Disk Access: use "Ask Apple Mail" (it starts Mail and macOS asks you once).'
