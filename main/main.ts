// Electron's entry (built to dist/main/main.js by vite.config.ts; the preload to dist/preload/).
import { app } from 'electron'
import { startDesktopApp } from './app.js'
import { isAllowedHelpUrl } from '../src/api.js'
import { packagePath } from '../src/package-root.js'

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  startDesktopApp({
    rendererIndex: packagePath('dist', 'renderer', 'index.html'),
    preloadPath: packagePath('dist', 'preload', 'preload.cjs'),
    isAllowedHelpUrl,
  }).catch((error: unknown) => {
    console.error('Mail Settings Inspector could not start:', error instanceof Error ? error.message : error)
    app.exit(1)
  })
}
