import { describe, expect, it } from 'vitest'
import { formatScan } from '../../../src/cli/format-scan.js'

describe('formatScan', () => {
  it('prints the numbered fix of a source that could not be read (Full Disk Access)', () => {
    const text = formatScan({
      accounts: [],
      sources: [
        {
          client: 'apple-mail',
          location: '/Users/jane/Library/Accounts',
          status: 'permission-denied',
          accounts: 0,
          message: [{ code: 'sources:fullDiskAccess.denied' }],
          fix: {
            steps: ['Open System Settings > Privacy & Security > Full Disk Access.', 'Switch on Mail Settings Inspector.'],
            links: ['x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?Privacy_AllFiles'],
          },
        },
      ],
    })
    expect(text).toContain("macOS did not let this app read Apple Mail's settings")
    expect(text).toMatch(/What to do:\n\s+1\. Open System Settings > Privacy & Security > Full Disk Access\.\n\s+2\. Switch on Mail Settings Inspector\./)
    // A terminal user can `open` the pane itself.
    expect(text).toContain('x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?Privacy_AllFiles')
  })
})
