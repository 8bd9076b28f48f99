// The page that sends the browser to browser mode's tokened URL. Opening the URL itself would
// put the token in the argv of xdg-open/open/rundll32 and of the browser, where any user of a
// shared machine can read it (ps, /proc/<pid>/cmdline). So, as Jupyter does
// (jupyter_server serverapp.py, use_redirect_file), the URL goes into a file only this user
// can read, and the opener is given that file's path.
import { rmSync } from 'node:fs'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { currentLanguage, t } from '../i18n/i18n.js'
import { languageTag } from '../i18n/languages.js'

export interface LaunchFile {
  /** The page to open (inside `dir`). */
  path: string
  /** The private folder holding it: 0700 on POSIX, in the user's own temp folder on Windows. */
  dir: string
  /** Removes the folder; safe to call more than once. */
  remove(): Promise<void>
}

const FOLDER_PREFIX = 'mail-settings-inspector-'
/** Where the link stands in the fallback sentence (the sentence stays whole in every language). */
const SLOT = '\u0000'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The page: location.replace (leaves no file:// entry in the history) and, for a browser with
 * JavaScript off, a meta refresh and a link. It is opened from disk, not served by us, so the
 * app's CSP does not apply; the inline script is one statement. The URL is JSON-encoded with
 * "<" escaped so it can never close the script element. Its words are in the command's language.
 */
export function launchPage(url: string): string {
  const attr = escapeHtml(url)
  const script = JSON.stringify(url).replace(/</g, '\\u003c')
  const title = escapeHtml(t('cli:ui.launchTitle'))
  const [before = '', after = ''] = t('cli:ui.launchFallback', { link: SLOT }).split(SLOT)
  const fallback = `${escapeHtml(before)}<a href="${attr}">${escapeHtml(t('cli:ui.launchLink'))}</a>${escapeHtml(after)}`
  return [
    '<!DOCTYPE html>',
    `<html lang="${languageTag(currentLanguage())}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="1;url=${attr}">`,
    `<title>${title}</title>`,
    `<script>location.replace(${script})</script>`,
    '</head>',
    `<body><p>${title}… ${fallback}</p></body>`,
    '</html>',
    '',
  ].join('\n')
}

/**
 * Writes the launch page into a fresh private folder under `parent` (default: the OS temp
 * folder). The folder also goes when the process exits (best effort: a kill -9 leaves it, but
 * then the token in it is dead with the server).
 */
export async function writeLaunchFile(url: string, parent: string = os.tmpdir()): Promise<LaunchFile> {
  // mkdtemp creates the folder 0700 (mkdtemp(3)); chmod again in case a umask or an odd libc
  // widened it.
  const dir = await mkdtemp(path.join(parent, FOLDER_PREFIX))
  const removeNow = () => rmSync(dir, { recursive: true, force: true })
  process.on('exit', removeNow)
  let removed = false
  const remove = async () => {
    if (removed) return
    removed = true
    process.off('exit', removeNow)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await chmod(dir, 0o700)
    const file = path.join(dir, 'open.html')
    // 'wx': never follow or reuse something already there.
    await writeFile(file, launchPage(url), { encoding: 'utf8', mode: 0o600, flag: 'wx' })
    return { path: file, dir, remove }
  } catch (error) {
    await remove()
    throw error
  }
}
