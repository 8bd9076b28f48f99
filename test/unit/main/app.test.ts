import { beforeEach, describe, expect, it, vi } from 'vitest'
import { recorded, type FakeBrowserWindow } from './fake-electron.js'
import { createInspector } from '../../../src/inspector.js'
import { INSPECTOR_METHODS } from '../../../src/api.js'

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectronModule())

const { startDesktopApp } = await import('../../../main/app.js')

const HELP = 'https://support.apple.com/en-us/102654'
const RENDERER = '/opt/app/dist/renderer/index.html'

async function start() {
  recorded.reset()
  const window = (await startDesktopApp({
    rendererIndex: RENDERER,
    preloadPath: '/opt/app/dist/preload/preload.cjs',
    isAllowedHelpUrl: (url) => url === HELP,
    api: createInspector({ home: '/nonexistent-home' }),
  })) as unknown as FakeBrowserWindow
  return window
}

function trustedEvent(url = `file://${RENDERER}`) {
  const frame = { url, parent: null }
  return { senderFrame: frame, sender: { mainFrame: frame } }
}

describe('the desktop app shell', () => {
  beforeEach(() => recorded.reset())

  it('opens one window with sandbox, context isolation, no node, no webview, and the preload', async () => {
    const window = await start()
    expect(recorded.windows).toHaveLength(1)
    const prefs = window.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/opt/app/dist/preload/preload.cjs',
    })
    expect(recorded.sandboxEnabled).toBe(true)
    expect(window.loadedFile).toBe(RENDERER)
  })

  it("hands the OS's preferred languages to the page, most preferred first", async () => {
    const window = await start()
    expect(window.loadedQuery).toEqual({ languages: 'de-DE,en-US' })
  })

  it('brings its window forward when the app is opened a second time', async () => {
    const window = await start()
    expect(window.focused).toBe(0)
    recorded.appEvents.emit('second-instance')
    expect(window.focused).toBe(1)
  })

  it('denies every permission except writing to the clipboard', async () => {
    await start()
    const answers: Record<string, boolean> = {}
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'clipboard-sanitized-write']) {
      recorded.permissionRequestHandler!({}, permission, (ok) => (answers[permission] = ok))
    }
    expect(answers).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      'clipboard-read': false,
      openExternal: false,
      'clipboard-sanitized-write': true,
    })
    expect(recorded.permissionCheckHandler!({}, 'media')).toBe(false)
  })

  it('adds a strict CSP header to every response', async () => {
    await start()
    let headers: Record<string, string[]> = {}
    recorded.headersListener!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => {
      headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders
    })
    const csp = headers['Content-Security-Policy']![0]!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toContain('unsafe-inline')
    expect(headers['Content-Type']).toEqual(['text/html'])
  })

  it('blocks navigation, new windows and webviews in every web page it creates', async () => {
    await start()
    const { FakeWebContents } = await import('./fake-electron.js')
    const contents = new FakeWebContents()
    recorded.appEvents.emit('web-contents-created', {}, contents)
    const navigate = { preventDefault: vi.fn() }
    contents.emit('will-navigate', navigate, 'https://evil.example/')
    expect(navigate.preventDefault).toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    // A denied new window that is an allow-listed help page opens in the browser instead.
    expect(contents.windowOpenHandler!({ url: HELP })).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(recorded.opened).toEqual([HELP])
  })

  it('serves every InspectorApi method over IPC to its own page only', async () => {
    await start()
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(INSPECTOR_METHODS.map((m) => `inspector:${m}`).sort())
    const appInfo = recorded.ipcHandlers.get('inspector:appInfo')!
    expect(await appInfo(trustedEvent())).toMatchObject({ ok: true })
    expect(await appInfo(trustedEvent('https://evil.example/'))).toMatchObject({ ok: false, error: { name: 'ForbiddenError' } })
  })

  it('opens only allow-listed help links through openHelp', async () => {
    await start()
    const openHelp = recorded.ipcHandlers.get('inspector:openHelp')!
    expect(await openHelp(trustedEvent(), 'https://evil.example/')).toEqual({ ok: true, value: false })
    expect(await openHelp(trustedEvent(), 'javascript:alert(1)')).toEqual({ ok: true, value: false })
    expect(recorded.opened).toEqual([])
    expect(await openHelp(trustedEvent(), HELP)).toEqual({ ok: true, value: true })
    expect(recorded.opened).toEqual([HELP])
  })
})
