import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildMain, OUT_DIR } from '../../../scripts/build-main.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('the Electron main build', () => {
  it('bundles main and a CommonJS preload, and every data file the core reads is beside the bundle', async () => {
    await buildMain()
    const main = readFileSync(path.join(root, OUT_DIR, 'main.js'), 'utf8')
    const preload = readFileSync(path.join(root, OUT_DIR, 'preload.cjs'), 'utf8')
    expect(main).toMatch(/from "electron"/)
    expect(preload).toMatch(/require\("electron"\)/)
    expect(preload).not.toMatch(/^import /m)
    const urls = [...main.matchAll(/new URL\("(\.{1,2}\/[^"]+)", import\.meta\.url\)/g)].map((m) => m[1]!)
    expect(urls.length).toBeGreaterThan(0)
    for (const relative of urls) {
      expect(existsSync(path.join(root, OUT_DIR, relative)), relative).toBe(true)
    }
  }, 60_000)
})
