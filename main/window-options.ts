// The one window, with Electron's security checklist applied item by item
// (electronjs.org/docs/latest/tutorial/security). The options are an object literal at
// the `new BrowserWindow` call so that static checkers (electronegativity) can see them.
import type { BrowserWindow as BrowserWindowClass, BrowserWindowConstructorOptions } from 'electron'

type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindowClass

export function createMainWindow(BrowserWindow: BrowserWindowConstructor, preloadPath: string): BrowserWindowClass {
  return new BrowserWindow({
    width: 1100,
    height: 800,
    minWidth: 420,
    minHeight: 480,
    show: false,
    title: 'Mail Settings Inspector',
    backgroundColor: '#f6f6f3',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in a new window; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  })
}
