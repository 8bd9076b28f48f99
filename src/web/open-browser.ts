// Opening a URL or a local page with the operating system's own opener. spawn, never a
// shell: the target is one argument and never interpreted. Only allow-listed help links and
// browser mode's launch page (src/web/launch-file.ts) are ever passed here; never a URL with
// browser mode's token, since every argv is readable by other users of the machine.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/**
 * rundll32 by its full path: a bare name is looked up in the current folder first on Windows,
 * so a rundll32.exe in (say) Downloads would run instead.
 */
function rundll32(env: NodeJS.ProcessEnv): string {
  return path.win32.join(env.SystemRoot ?? env.windir ?? 'C:\\Windows', 'System32', 'rundll32.exe')
}

export function openerCommand(
  platform: NodeJS.Platform,
  target: string,
  env: NodeJS.ProcessEnv = process.env,
): { file: string; args: string[] } {
  if (platform === 'darwin') return { file: 'open', args: [target] }
  // Not `cmd /c start "" target`: cmd is a shell and would interpret & ^ % in the target.
  // url.dll's FileProtocolHandler hands its argument to ShellExecute verbatim, which opens a
  // URL, or a file: URL, with the user's default handler.
  if (platform === 'win32') return { file: rundll32(env), args: ['url.dll,FileProtocolHandler', target] }
  return { file: 'xdg-open', args: [target] }
}

/**
 * A Windows path as a file: URL for FileProtocolHandler. Spaces, % and # are percent-encoded,
 * so the argument holds no space and Node never wraps it in quotes: rundll32 passes the rest
 * of its command line to FileProtocolHandler as one raw string, so it gets exactly this.
 * Letters outside ASCII stay as they are: Windows reads %-encoded octets in file URLs in the
 * ANSI code page, not as UTF-8 (IEBlog "File URIs in Windows", 2006).
 */
export function windowsFileUrl(filePath: string): string {
  const slashed = filePath.replace(/\\/g, '/')
  const encoded = slashed.replace(/[^A-Za-z0-9\-._~/:!$&'()*+,;=@\u0080-\uffff]/g, (c) => encodeURIComponent(c))
  // \\server\share\x -> file://server/share/x; C:\x -> file:///C:/x
  return encoded.startsWith('//') ? `file:${encoded}` : `file:///${encoded}`
}

/** The argument that makes the platform's opener show a local page. */
export function fileOpenTarget(platform: NodeJS.Platform, filePath: string): string {
  // open and xdg-open take a path and use the handler for .html (the default browser).
  return platform === 'win32' ? windowsFileUrl(filePath) : filePath
}

/**
 * Runs an opener and says whether it worked: its exit code, or true when it is still running
 * after `waitMs` (xdg-open without a desktop environment runs the browser in the foreground
 * and returns only when it closes). Never killed; detached on POSIX so Ctrl-C on our terminal
 * does not reach a browser it started.
 */
export function runOpener(file: string, args: string[], waitMs = 5_000): Promise<boolean> {
  return new Promise((resolve) => {
    let child: ChildProcess
    try {
      child = spawn(file, args, { stdio: 'ignore', windowsHide: true, detached: process.platform !== 'win32' })
    } catch {
      return resolve(false)
    }
    const timer = setTimeout(() => {
      child.unref()
      resolve(true)
    }, waitMs)
    child.once('error', () => {
      clearTimeout(timer)
      resolve(false)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code === 0)
    })
  })
}

export function openWithSystem(target: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const { file, args } = openerCommand(platform, target)
  return runOpener(file, args)
}

/** Opens a local page (an absolute path) in the default browser. */
export function openFileWithSystem(filePath: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  return openWithSystem(fileOpenTarget(platform, filePath), platform)
}
