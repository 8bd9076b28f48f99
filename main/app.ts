// The desktop app: one hardened window showing dist/renderer/index.html, the core behind
// IPC. main/ holds no mail logic (docs/architecture.md): everything goes through InspectorApi.
import { app, BrowserWindow, ipcMain, session, shell } from 'electron'
import { pathToFileURL } from 'node:url'
import type { InspectorApi } from '../src/api.js'
import { createInspector } from '../src/inspector.js'
import { CONTENT_SECURITY_POLICY } from '../src/web/csp.js'
import type { HelpUrlCheck } from '../src/web/link-policy.js'
import { createLinkOpener } from './external-links.js'
import { hardenSession, hardenWebContents } from './harden.js'
import { registerInspectorIpc } from './ipc.js'
import { isTrustedSender } from './sender-guard.js'
import { createMainWindow } from './window-options.js'

export interface DesktopAppOptions {
  rendererIndex: string
  preloadPath: string
  isAllowedHelpUrl: HelpUrlCheck
  /** The core; by default the real one on the user's own home. */
  api?: InspectorApi
}

export async function startDesktopApp(options: DesktopAppOptions): Promise<BrowserWindow> {
  const appUrl = pathToFileURL(options.rendererIndex).href
  const openLink = createLinkOpener(shell, options.isAllowedHelpUrl)
  const core = options.api ?? createInspector({ shell: 'electron' })
  // Help links open through the shell's allow-listed opener, never anything else.
  const api: InspectorApi = { ...core, openHelp: (url) => openLink(url) }

  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openLink))
  app.on('window-all-closed', () => app.quit())
  await app.whenReady()

  hardenSession(session.defaultSession, CONTENT_SECURITY_POLICY)
  registerInspectorIpc(ipcMain, api, (event) => isTrustedSender(event, appUrl))

  const window = createMainWindow(BrowserWindow, options.preloadPath)
  window.once('ready-to-show', () => window.show())
  // Opened again (main.ts holds the single-instance lock): bring this window forward.
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  // The OS's preferred languages, most preferred first: the page picks the first it speaks
  // (renderer/src/i18n/choose-language.ts). The sender guard ignores the query.
  await window.loadFile(options.rendererIndex, { query: { languages: app.getPreferredSystemLanguages().join(',') } })
  return window
}
