import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { launchPage, writeLaunchFile } from '../../src/web/launch-file.js'
import { setLanguage } from '../../src/i18n/i18n.js'
import { launchChromium } from '../helpers/browser.js'

const URL_WITH_TOKEN = 'http://127.0.0.1:4321/#token=s3cr3t-T0ken_value'
let parent: string

beforeAll(() => {
  parent = mkdtempSync(path.join(os.tmpdir(), 'msi-launch-test-'))
})
afterAll(() => rmSync(parent, { recursive: true, force: true }))

describe('the launch page', () => {
  it('sends the browser to the tokened URL by script, by meta refresh and by a link', () => {
    const html = launchPage(URL_WITH_TOKEN)
    expect(html).toContain(`location.replace(${JSON.stringify(URL_WITH_TOKEN)})`)
    expect(html).toContain(`content="1;url=${URL_WITH_TOKEN}"`)
    expect(html).toContain(`href="${URL_WITH_TOKEN}"`)
  })

  it('says what it does in the command’s language, with the link inside the sentence', async () => {
    await setLanguage('fr')
    try {
      const html = launchPage(URL_WITH_TOKEN)
      expect(html).toContain('<html lang="fr">')
      expect(html).toContain('<title>Ouverture de Mail Settings Inspector</title>')
      expect(html).toContain(`Si la page ne s’ouvre pas toute seule, <a href="${URL_WITH_TOKEN}">cliquez ici</a>.`)
    } finally {
      await setLanguage('en')
    }
    expect(launchPage(URL_WITH_TOKEN)).toContain(`If it does not open by itself, <a href="${URL_WITH_TOKEN}">click here</a>.`)
  })

  it('cannot be broken out of by the URL it carries', () => {
    const html = launchPage('http://127.0.0.1:1/#"></a></script><script>alert(1)</script>')
    expect(html.match(/<script>/g)).toHaveLength(1)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).not.toContain('"></a>')
  })
})

describe('the launch file', () => {
  it('lives in a folder only this user can open, holds the tokened URL, and goes when removed', async () => {
    const exitListeners = process.listenerCount('exit')
    const launch = await writeLaunchFile(URL_WITH_TOKEN, parent)
    expect(path.dirname(launch.path)).toBe(launch.dir)
    expect(launch.path).not.toContain('s3cr3t')
    expect(readFileSync(launch.path, 'utf8')).toContain(URL_WITH_TOKEN)
    if (process.platform !== 'win32') {
      expect(statSync(launch.dir).mode & 0o777).toBe(0o700)
      expect(statSync(launch.path).mode & 0o777).toBe(0o600)
    }
    // Removed on process exit too, until removed by hand.
    expect(process.listenerCount('exit')).toBe(exitListeners + 1)
    await launch.remove()
    expect(existsSync(launch.dir)).toBe(false)
    expect(process.listenerCount('exit')).toBe(exitListeners)
    await launch.remove()
  })

  it('uses a fresh folder each run', async () => {
    const a = await writeLaunchFile(URL_WITH_TOKEN, parent)
    const b = await writeLaunchFile(URL_WITH_TOKEN, parent)
    expect(a.dir).not.toBe(b.dir)
    await Promise.all([a.remove(), b.remove()])
  })
})

describe('the launch file in a real browser', () => {
  let browser: Browser
  let server: Server
  let url: string

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('<!DOCTYPE html><title>app</title><p>app</p>'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/#token=s3cr3t-T0ken_value`
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server.close(resolve))
  })

  for (const javaScriptEnabled of [true, false]) {
    it(`lands on the app with its token (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const launch = await writeLaunchFile(url, parent)
      const context = await browser.newContext({ javaScriptEnabled })
      try {
        const page = await context.newPage()
        await page.goto(pathToFileURL(launch.path).href)
        await page.waitForURL(url, { timeout: 5_000 })
        expect(await page.textContent('p')).toBe('app')
      } finally {
        await context.close()
        await launch.remove()
      }
    })
  }
})
