// shell.openExternal only for allow-listed links (src/web/link-policy.ts).
import type { Shell } from 'electron'
import { isOpenableLink, type HelpUrlCheck } from '../src/web/link-policy.js'
import type { LinkOpener } from './harden.js'

export function createLinkOpener(shell: Pick<Shell, 'openExternal'>, isAllowedHelpUrl: HelpUrlCheck): LinkOpener {
  return async (url) => {
    if (!isOpenableLink(url, isAllowedHelpUrl)) return false
    await shell.openExternal(url, { activate: true })
    return true
  }
}
