// Opening a URL with the operating system's own opener. execFile, never a shell: the URL is
// one argument and never interpreted. Only our own loopback URL and allow-listed help links
// are ever passed here.
import { execFile } from 'node:child_process'

export function openerCommand(platform: NodeJS.Platform, url: string): { file: string; args: string[] } {
  if (platform === 'darwin') return { file: 'open', args: [url] }
  // Not `cmd /c start`: cmd would interpret & and ^ in the URL. rundll32 takes it verbatim.
  if (platform === 'win32') return { file: 'rundll32', args: ['url.dll,FileProtocolHandler', url] }
  return { file: 'xdg-open', args: [url] }
}

export function openWithSystem(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const { file, args } = openerCommand(platform, url)
  return new Promise((resolve) => {
    const child = execFile(file, args, { windowsHide: true, timeout: 10_000 }, (error) => resolve(!error))
    child.on('error', () => resolve(false))
  })
}
