// The language in a real browser (Debian's Chromium through browser mode): the browser's own
// languages pick it (navigator.languages), the language menu changes it and it is remembered,
// `<html lang>` follows, and the core's words follow too. Until a translation is complete the
// pseudo-locale stands in for it (Chromium's own name for it is en-XA). Screenshots at
// 1024x640 in the pseudo-locale show text ~40 % longer than English without overflow.
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, openPage, screenshot } from '../helpers/browser.js'
import { startBrowserModeApp, type BrowserModeApp } from '../helpers/browser-mode.js'
import { writeFlowsHome } from './flows-home.js'

const EMAIL = 'tina.tb@tls.example'
const PSEUDO_SECURITY = '[Éñçŕýþţéð ƒŕöɱ ţĥé šţáŕţ (ŠŠĻ/ŢĻŠ)'
const ENGLISH_SECURITY = 'Encrypted from the start (SSL/TLS)'

let app: BrowserModeApp
let browser: Browser
let home: string

beforeAll(async () => {
  browser = await launchChromium()
  home = await writeFlowsHome([{ key: 'tb', email: EMAIL, username: EMAIL, type: 'imap', incoming: { host: 'imap.tls.example', port: 993, socketType: 3 } }])
  app = await startBrowserModeApp({ home })
})

afterAll(async () => {
  await Promise.allSettled([browser?.close(), app?.close()])
  if (home) rmSync(home, { recursive: true, force: true })
})

async function open(locale: string, viewport = { width: 1024, height: 640 }): Promise<Page> {
  const { page } = await openPage(browser, { locale, viewport })
  await page.goto(app.url)
  await page.locator('article.account-card').first().waitFor({ timeout: 20_000 })
  return page
}

/** How far the page scrolls sideways (0 when everything fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

describe('the app in the user’s language', () => {
  it('follows the browser’s languages, with <html lang> and the words on screen, and fits at 1024x640', async () => {
    const page = await open('en-XA')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA')
    await expect.poll(() => page.locator('article.account-card').first().textContent()).toContain(PSEUDO_SECURITY)
    expect(await page.getByRole('combobox', { name: /Ļáñĝûáĝé/ }).inputValue()).toBe('pseudo')
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'language-pseudo-accounts-1024x640')
    await page.context().close()
  })

  it('speaks English for a language not translated yet, and remembers a language picked in the menu', async () => {
    const page = await open('ja-JP')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('article.account-card').first().textContent()).toContain(ENGLISH_SECURITY)
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pseudo')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en-XA')
    // The words on screen follow at once; the core is told too and scans again.
    await expect.poll(() => page.locator('article.account-card').first().textContent(), { timeout: 20_000 }).toContain(PSEUDO_SECURITY)
    await page.reload()
    await page.locator('article.account-card').first().waitFor({ timeout: 20_000 })
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA')
    await page.getByRole('combobox', { name: /Ļáñĝûáĝé/ }).selectOption('en')
    await expect.poll(() => page.locator('article.account-card').first().textContent(), { timeout: 20_000 }).toContain(ENGLISH_SECURITY)
    await page.context().close()
  })

  it('puts an address into a French heading or line with French punctuation (a no-break space before the colon)', async () => {
    const page = await open('fr-FR')
    await page.getByRole('button', { name: 'Tester ce compte' }).first().click()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Tester ce compte\u00a0: ${EMAIL}`)
    await page.getByRole('navigation').getByRole('button', { name: 'Connecter mon CRM' }).click()
    await page.getByRole('button', { name: 'Utiliser ce compte' }).click()
    await page.getByRole('button', { name: 'Suite\u00a0: le mot de passe' }).click()
    expect(await page.locator('.test-username').textContent()).toBe(`Nom d’utilisateur pour ce test\u00a0: ${EMAIL}`)
    await page.context().close()
  })

  it('asks for the printed link in the user’s language when the page was opened without its key', async () => {
    const { page } = await openPage(browser, { locale: 'de-DE', viewport: { width: 1024, height: 640 } })
    await page.goto(`${app.origin}/`)
    const notice = page.getByRole('alert')
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('Diese Seite braucht den Link, der im Terminal angezeigt wird')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de')
    await page.context().close()
  })

  it('says in the user’s language that the app no longer answers once the command has stopped', async () => {
    // Its own server, stopped as Ctrl-C or a closed terminal stops `ui`: Chromium's own
    // "Failed to fetch" says nothing of what to do.
    const stopped = await startBrowserModeApp({ home })
    try {
      const { page } = await openPage(browser, { locale: 'de-DE', viewport: { width: 1024, height: 640 } })
      await page.goto(stopped.url)
      await page.locator('article.account-card').first().waitFor({ timeout: 20_000 })
      await stopped.close()
      await page.getByRole('button', { name: 'Noch einmal suchen' }).click()
      const notice = page.getByRole('alert')
      await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('Die App antwortet nicht.')
      expect(await notice.textContent()).not.toContain('Failed to fetch')
      await page.context().close()
    } finally {
      await stopped.close()
    }
  })
})
