// The one build (vite.config.ts) into a temp folder: the command, Electron's main and preload
// and the renderer, each in the form its runtime needs. The repo's own dist/ is left alone.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBuilder } from 'vite'
import { appBuildConfig } from '../../vite.config.js'

let dist: string

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'msi-build-'))
  const builder = await createBuilder({ ...appBuildConfig(dist), configFile: false, logLevel: 'silent' })
  await builder.buildApp()
}, 120_000)

afterAll(() => rmSync(dist, { recursive: true, force: true }))

const read = (...parts: string[]) => readFileSync(path.join(dist, ...parts), 'utf8')
const chunks = (dir: string) => readdirSync(path.join(dist, dir, 'chunks')).map((f) => read(dir, 'chunks', f))

describe('the app build', () => {
  it('builds an ES module main that keeps electron and npm packages (but the i18n ones) outside the bundle', () => {
    const entry = read('main', 'main.js')
    const main = [entry, ...(existsSync(path.join(dist, 'main', 'chunks')) ? chunks('main') : [])].join('\n')
    // (booleans, so a failure does not print the whole bundle)
    expect(/from "electron"/.test(entry)).toBe(true)
    expect(/import\("imapflow"\)/.test(main)).toBe(true) // npm packages stay in node_modules
    // Only the catalogue's pure-JavaScript packages are bundled (vite.config.ts, I18N_PACKAGES).
    const bundled = new Set([...main.matchAll(/\/\/ node_modules\/((?:@[^/]+\/)?[^/\s]+)/g)].map((m) => m[1]))
    expect([...bundled].filter((name) => !/^(?:i18next|i18next-icu|intl-messageformat|@formatjs\/.+)$/.test(name!))).toEqual([])
    expect(/new URL\("\.{1,2}\//.test(main)).toBe(false) // data is found through packageRoot(), not beside the bundle
  })

  it('builds the preload as one CommonJS file that requires only electron', () => {
    const preload = read('preload', 'preload.cjs')
    expect(/^import /m.test(preload)).toBe(false)
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron'])
  })

  it('builds the renderer with its page and assets', () => {
    expect(existsSync(path.join(dist, 'renderer', 'index.html'))).toBe(true)
    expect(read('renderer', 'index.html')).toMatch(/src="\.\/assets\/[^"]+\.js"/)
  })

  it('builds a CommonJS command whose entry loads no command, imapflow, sql.js or xmldom until one runs', () => {
    const entry = read('cli', 'main.cjs')
    expect(/^import /m.test(entry)).toBe(false) // CommonJS: one synchronous load (vite.config.ts)
    // At its top the entry requires Node's own modules at most; every chunk is required on demand.
    const required = [...entry.matchAll(/^(?:const|let|var) \w+ = (?:__toESM\()?require\("([^"]+)"\)/gm)].map((m) => m[1])
    expect(required.filter((name) => !name!.startsWith('node:'))).toEqual([])
    expect(/require\("\.\/chunks\/scan-[^"]+\.cjs"\)/.test(entry)).toBe(true)
    const all = chunks('cli').join('\n')
    // The heavy packages are loaded where they are used, on demand, never at a chunk's top;
    // imapflow's own code is bundled, the packages it needs only for other jobs load on first use.
    for (const heavy of ['imapflow', 'sql.js', 'libmime', 'pino', 'socks', 'iconv-lite', 'encoding-japanese', '@zone-eu/mailsplit']) {
      expect(new RegExp(`^(?:const|let|var) \\w+ = (?:__toESM\\()?require\\("${heavy}"\\)`, 'm').test(all), heavy).toBe(false)
      expect(new RegExp(`^import .* from "${heavy}";?$`, 'm').test(all), heavy).toBe(false)
    }
  })
})
