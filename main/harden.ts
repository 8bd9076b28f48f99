// Lock down every web page the app creates (electronjs.org/docs/latest/tutorial/security):
// no navigation, no new windows, no webviews, no permissions, a CSP header on every response.
import type { Session, WebContents } from 'electron'

/** Opens a link in the user's browser when it is allow-listed; otherwise does nothing. */
export type LinkOpener = (url: string) => Promise<boolean>

/**
 * The one permission the app uses: writing plain text to the clipboard (the Copy buttons).
 * Camera, microphone, notifications, clipboard-read, geolocation ...: always refused.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write'
}

export function hardenSession(session: Session, contentSecurityPolicy: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)))
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission))
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
        'X-Content-Type-Options': ['nosniff'],
      },
    })
  })
}

export function hardenWebContents(contents: WebContents, openLink: LinkOpener): void {
  // The page never leaves index.html; a clicked help link opens in the browser if allowed.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    void openLink(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openLink(url)
    return { action: 'deny' }
  })
}
