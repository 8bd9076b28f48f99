// Browser mode started in-process, as `mail-settings-inspector ui --home DIR --no-open`
// would, against the real core. Also builds throw-away fixture homes from
// test/fixtures/<name>/ (files ending .template get {{KEY}} placeholders filled in).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { InspectorApi } from '../../src/api.js'
import { startUiServer } from '../../src/cli/ui.js'
import { createInspector, type InspectorOptions } from '../../src/inspector.js'
import type { BrowserModeServer } from '../../src/web/server.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

export interface BrowserModeApp {
  /** Open this: it carries the token (in the fragment). */
  url: string
  origin: string
  token: string
  home: string
  server: BrowserModeServer
  /** URLs the app asked the OS to open (help links); nothing is really opened. */
  opened: string[]
  close(): Promise<void>
}

export interface BrowserModeAppOptions {
  home: string
  /** A CA (PEM) trusted for every login test, as `test --ca` does (the test servers' CA). */
  extraCa?: string
  /** More options for the real core (e.g. lookup's loopback DNS). */
  inspector?: Omit<InspectorOptions, 'home' | 'shell'>
  /** Change the core before it is served (e.g. wrap a method to count calls). */
  wrapApi?: (api: InspectorApi) => InspectorApi
}

export async function startBrowserModeApp(options: BrowserModeAppOptions): Promise<BrowserModeApp> {
  const opened: string[] = []
  let api: InspectorApi = createInspector({ ...options.inspector, home: options.home, shell: 'browser' })
  if (options.extraCa) {
    const core = api
    const ca = options.extraCa
    api = { ...core, testAccount: (request, testOptions) => core.testAccount({ ca, ...request }, testOptions) }
  }
  if (options.wrapApi) api = options.wrapApi(api)
  const server = await startUiServer({
    api,
    openUrl: async (url) => {
      opened.push(url)
      return true
    },
  })
  return { url: server.url, origin: server.origin, token: server.token, home: options.home, server, opened, close: () => server.close() }
}

export interface FixtureHome {
  home: string
  remove(): void
}

/** Copy test/fixtures/<name> to a temp dir, filling {{KEY}} in *.template files (suffix dropped). */
export function makeFixtureHome(name: string, values: Record<string, string | number> = {}): FixtureHome {
  const home = mkdtempSync(path.join(os.tmpdir(), `msi-${name}-`))
  cpSync(path.join(FIXTURES, name), home, { recursive: true })
  const fill = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) fill(full)
      else if (entry.endsWith('.template')) {
        const text = readFileSync(full, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_m, key: string) => {
          if (!(key in values)) throw new Error(`${full}: no value for {{${key}}}`)
          return String(values[key])
        })
        writeFileSync(full.slice(0, -'.template'.length), text)
        rmSync(full)
      }
    }
  }
  fill(home)
  return { home, remove: () => rmSync(home, { recursive: true, force: true }) }
}
