// Electron's entry (built to dist-electron/main.js by scripts/build-main.ts).
import { app } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDesktopApp } from './app.js'
import { isAllowedHelpUrl } from '../src/diagnose/help-links.js'

const here = path.dirname(fileURLToPath(import.meta.url))

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  startDesktopApp({
    rendererIndex: path.join(here, '..', 'dist-renderer', 'index.html'),
    preloadPath: path.join(here, 'preload.cjs'),
    isAllowedHelpUrl,
  }).catch((error: unknown) => {
    console.error('Mail Settings Inspector could not start:', error instanceof Error ? error.message : error)
    app.exit(1)
  })
}
