// `mail-settings-inspector ui [--port N] [--home DIR] [--no-open]`: browser mode, the app's
// own screens served on 127.0.0.1 for machines where the desktop app cannot run.
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { InspectorApi } from '../api.js'
import type { ScanResult } from '../model.js'
import { createInspector } from '../inspector.js'
import { isOpenableLink } from '../web/link-policy.js'
import { writeLaunchFile, type LaunchFile } from '../web/launch-file.js'
import { openFileWithSystem, openWithSystem } from '../web/open-browser.js'
import { startBrowserMode, type BrowserModeServer } from '../web/server.js'
import { checkFolder, checkPort } from './arg-checks.js'
import { EXIT_OK, type CliIo } from './io.js'
import { parseCommandLine } from './command-line.js'
import { isAllowedHelpUrl } from '../api.js'
import { packagePath } from '../package-root.js'
import { currentLanguage, t } from '../i18n/i18n.js'

/** The built renderer (`npm run build`; `npm install` runs it through `prepare`). */
export const RENDERER_DIR = packagePath('dist', 'renderer')
/** How long the scan made at start stays good enough to show first. */
const EARLY_SCAN_FRESH_MS = 15_000

export interface UiServerOptions {
  home?: string
  port?: number
  /** Opens a URL with the OS (default: open / xdg-open / rundll32 through execFile). */
  openUrl?: (url: string) => Promise<boolean>
  /** Replace the core (tests). */
  api?: InspectorApi
  rendererDir?: string
}

/** The app's screens are built by `npm run build`; say so plainly when they are missing. */
export function requireRendererBuilt(rendererDir: string = RENDERER_DIR): void {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(t('cli:ui.notBuilt', { file: path.join(rendererDir, 'index.html') }))
  }
}

/** Start browser mode without waiting for Ctrl-C (the command and the tests share this). */
export async function startUiServer(options: UiServerOptions = {}): Promise<BrowserModeServer> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  requireRendererBuilt(rendererDir)
  const openUrl = options.openUrl ?? ((url: string) => openWithSystem(url))
  const core = options.api ?? createInspector({ home: options.home ?? os.homedir(), shell: 'browser' })
  // Scan while the browser starts; the page's first scan takes this one if it is fresh,
  // so the first accounts show sooner (the goal: within 1 s of page load).
  let early: { started: number; result: Promise<ScanResult> } | null = { started: Date.now(), result: core.scan() }
  early.result.catch(() => undefined)
  const api: InspectorApi = {
    ...core,
    scan: () => {
      const taken = early
      early = null
      return taken && Date.now() - taken.started < EARLY_SCAN_FRESH_MS ? taken.result : core.scan()
    },
    // A scan made in another language than the page's is not the one to show first.
    setLanguage: async (language) => {
      if (language !== currentLanguage()) early = null
      await core.setLanguage(language)
    },
    // Only allow-listed help links reach the OS opener (src/web/link-policy.ts).
    openHelp: async (url) => (isOpenableLink(url, isAllowedHelpUrl) ? openUrl(url) : false),
  }
  return startBrowserMode({ api, rendererDir, port: options.port ?? 0 })
}

function parse(args: string[]) {
  const { values } = parseCommandLine({
    args,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      home: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
  })
  // Without --port the system picks a free one.
  const port = values.port === undefined ? 0 : checkPort('--port', values.port)
  if (values.home !== undefined) checkFolder('--home', values.home)
  return { port, home: values.home, open: !values['no-open'] }
}

export interface RunUiOptions {
  /** Opens the launch page (an absolute path) in the default browser (tests replace it). */
  openFile?: (filePath: string) => Promise<boolean>
  /** Where the private launch folder is made (default: the OS temp folder). */
  tempDir?: string
}

/**
 * Opens the browser on a private launch page, never on the tokened URL itself: the opener's
 * and the browser's arguments are visible to every user of the machine (src/web/launch-file.ts).
 */
async function openBrowser(url: string, io: CliIo, options: RunUiOptions): Promise<LaunchFile | null> {
  let launch: LaunchFile
  try {
    launch = await writeLaunchFile(url, options.tempDir)
  } catch {
    io.stdout(`${t('cli:ui.cannotPrepare')}\n`)
    return null
  }
  const opened = await (options.openFile ?? ((file: string) => openFileWithSystem(file)))(launch.path)
  if (!opened) io.stdout(`${t('cli:ui.cannotOpen')}\n`)
  // A snap or flatpak browser (Ubuntu's Firefox and Chromium) has its own /tmp and shows "file
  // not found" (jupyter/notebook#5479, the same launch page); the printed link works then.
  else if (process.platform === 'linux') io.stdout(`${t('cli:ui.fileNotFound')}\n`)
  return launch
}

export async function runUi(args: string[], io: CliIo, stop?: Promise<void>, options: RunUiOptions = {}): Promise<number> {
  const { port, home, open } = parse(args)
  // Listen for Ctrl-C before anything is started or written: a stop at any moment from here
  // on closes the server and removes the launch page (the finally below).
  const stopped = stop ?? untilCtrlC()
  const server = await startUiServer({ port, home: home === undefined ? undefined : path.resolve(home) })
  io.stdout(`${t('cli:ui.running')}\n\n  ${server.url}\n\n`)
  io.stdout(`${t('cli:ui.privateKey')}\n`)
  const launch = open ? await openBrowser(server.url, io, options) : null
  try {
    await stopped
  } finally {
    await server.close()
    await launch?.remove()
  }
  io.stdout(`${t('cli:ui.stopped')}\n`)
  return EXIT_OK
}

/** Ctrl-C, a kill, or the terminal window closing (SIGHUP; Windows sends it on console close). */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

function untilCtrlC(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const signal of STOP_SIGNALS) process.off(signal, done)
      resolve()
    }
    for (const signal of STOP_SIGNALS) process.on(signal, done)
  })
}
