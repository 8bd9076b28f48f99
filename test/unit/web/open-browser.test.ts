import { describe, expect, it } from 'vitest'
import { fileOpenTarget, openerCommand, runOpener, windowsFileUrl } from '../../../src/web/open-browser.js'

describe('the system opener', () => {
  it('runs open on macOS and xdg-open elsewhere, with the target as one argument', () => {
    expect(openerCommand('darwin', '/tmp/x y/open.html')).toEqual({ file: 'open', args: ['/tmp/x y/open.html'] })
    expect(openerCommand('linux', 'https://example.com/a&b')).toEqual({ file: 'xdg-open', args: ['https://example.com/a&b'] })
  })

  it('runs rundll32 by its full Windows path, never a bare name found in the current folder', () => {
    const { file, args } = openerCommand('win32', 'https://example.com/', { SystemRoot: 'D:\\WINNT' })
    expect(file).toBe('D:\\WINNT\\System32\\rundll32.exe')
    expect(args).toEqual(['url.dll,FileProtocolHandler', 'https://example.com/'])
    expect(openerCommand('win32', 'x', {}).file).toBe('C:\\Windows\\System32\\rundll32.exe')
  })

  it('opens a local page by its path on macOS and Linux', () => {
    expect(fileOpenTarget('darwin', '/var/folders/ab/T/mail-settings-inspector-1/open.html')).toBe(
      '/var/folders/ab/T/mail-settings-inspector-1/open.html',
    )
    expect(fileOpenTarget('linux', '/tmp/mail-settings-inspector-1/open.html')).toBe('/tmp/mail-settings-inspector-1/open.html')
  })

  it('gives Windows a file: URL with no space in it, keeping letters outside ASCII as they are', () => {
    const file = 'C:\\Users\\José Doe\\AppData\\Local\\Temp\\mail-settings-inspector-Ab1\\open.html'
    expect(fileOpenTarget('win32', file)).toBe('file:///C:/Users/José%20Doe/AppData/Local/Temp/mail-settings-inspector-Ab1/open.html')
    expect(windowsFileUrl('C:\\a#b\\100%\\c^d\\open.html')).toBe('file:///C:/a%23b/100%25/c%5Ed/open.html')
    expect(windowsFileUrl('\\\\laptop\\Temp Files\\open.html')).toBe('file://laptop/Temp%20Files/open.html')
  })
})

describe('running the opener', () => {
  it('reports its exit code, a missing opener, and one still running as opened', async () => {
    expect(await runOpener(process.execPath, ['-e', 'process.exit(0)'])).toBe(true)
    expect(await runOpener(process.execPath, ['-e', 'process.exit(3)'])).toBe(false)
    expect(await runOpener('/nonexistent/xdg-open', ['x'])).toBe(false)
    // A browser run in the foreground by xdg-open: counted as opened, and left running.
    const started = Date.now()
    expect(await runOpener(process.execPath, ['-e', 'setTimeout(() => {}, 1500)'], 200)).toBe(true)
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})
