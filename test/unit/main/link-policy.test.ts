import { describe, expect, it } from 'vitest'
import { isOpenableLink } from '../../../src/web/link-policy.js'
import { createLinkOpener } from '../../../main/external-links.js'

const HELP = 'https://support.google.com/accounts/answer/185833'
const allowHelp = (url: string) => url === HELP

describe('links handed to the operating system', () => {
  it('opens allow-listed https help pages only', () => {
    expect(isOpenableLink(HELP, allowHelp)).toBe(true)
    expect(isOpenableLink('https://support.google.com/other', allowHelp)).toBe(false)
    expect(isOpenableLink(HELP.replace('https:', 'http:'), allowHelp)).toBe(false)
  })

  it('never opens other schemes, credentials or junk, even if the allow-list said yes', () => {
    const yes = () => true
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://server/share',
      'http://example.com/',
      'https://user:pw@example.com/',
      'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles;rm',
      'not a url',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(isOpenableLink(url, yes), url).toBe(false)
    }
    expect(isOpenableLink(42, yes)).toBe(false)
  })

  it('opens the macOS Full Disk Access settings pane', () => {
    const none = () => false
    expect(isOpenableLink('x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles', none)).toBe(true)
    expect(
      isOpenableLink('x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?Privacy_AllFiles', none),
    ).toBe(true)
  })

  it('calls shell.openExternal only for allowed links', async () => {
    const opened: string[] = []
    const open = createLinkOpener({ openExternal: async (url: string) => void opened.push(url) }, allowHelp)
    expect(await open('https://evil.example/')).toBe(false)
    expect(await open(HELP)).toBe(true)
    expect(opened).toEqual([HELP])
  })
})
