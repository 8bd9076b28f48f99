// The pseudo-locale in Debian's Chromium through browser mode (docs/i18n.md): English made
// ~40 % longer and accented, so a screen that cannot take a longer language, and words still
// in English, show at once. First the language menu: German, <html lang="de">, still German
// after a reload; then the pseudo-locale, and the main screens at 1024x640 (accounts, look-up,
// the test panel, the Connect-my-CRM wizard, "I got an error") have no text that runs out of
// its box or out of the window, and no English sentence. Screenshots in the temp results folder.
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, openPage, screenshot } from '../helpers/browser.js'
import { startBrowserModeApp, type BrowserModeApp } from '../helpers/browser-mode.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { writeFlowsHome } from './flows-home.js'
import GERMAN_COMMON from '../../src/i18n/locales/de/ui-common.json' with { type: 'json' }

const IMAP = 'pia.pseudo@tls.example'
/**
 * Text on screen that is not the app's words and stays as it is in every language: none today.
 * The core's sentences (the readers' notes, lookup's notes, a verdict's advice, the providers'
 * notes) all come through the catalogues, so the pseudo-locale accents them like any other.
 * Only the English check skips what is listed here; the fit check covers everything.
 */
const CORE_PROSE: string[] = []
const POP = 'pete.pop@pop.example'

let dns: TestDnsServer
let app: BrowserModeApp
let browser: Browser
let home: string

beforeAll(async () => {
  ;[browser, dns] = await Promise.all([launchChromium(), startDnsServer({})])
  // Nothing listens on port 9 (discard): the screens are only shown, no test is run.
  home = await writeFlowsHome([
    { key: 'im', email: IMAP, username: IMAP, type: 'imap', incoming: { host: '127.0.0.1', port: 9, socketType: 3 } },
    { key: 'po', email: POP, username: 'petepop', type: 'pop3', incoming: { host: '127.0.0.1', port: 9, socketType: 0 }, leaveOnServer: false },
  ])
  app = await startBrowserModeApp({ home, inspector: { lookup: { dnsServer: dns.address, timeoutMs: 1500, ispdbUrl: 'https://127.0.0.1:9/' } } })
})

afterAll(async () => {
  await Promise.allSettled([browser?.close(), app?.close(), dns?.close()])
  if (home) rmSync(home, { recursive: true, force: true })
})

interface Problem {
  what: string
  text: string
}

/**
 * Every element that shows text: its text wider than its box (cut, or spilling over its
 * neighbours), or its box outside the window sideways. Boxes that scroll on purpose (the report
 * preview, technical details) and the visually hidden ones screen readers get are left out.
 * Then every text node with two plain English words in a row (values the user typed and technical
 * text aside): the pseudo-locale accents every
 * letter it writes, so those words did not come through the catalogue.
 */
async function problems(page: Page): Promise<{ cut: Problem[]; english: string[] }> {
  return page.evaluate((coreProse) => {
    const cut: { what: string; text: string }[] = []
    const english: string[] = []
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!(el instanceof HTMLElement)) continue
      const ownText = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim()
      if (!ownText || el.closest('.visually-hidden, .skip-link, script, style')) continue
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0) continue
      if (box.left < -1 || box.right > window.innerWidth + 1) cut.push({ what: `${name(el)} outside the window`, text: ownText.slice(0, 80) })
      if (style.display !== 'inline' && !['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        cut.push({ what: `${name(el)} ${el.scrollWidth}px of text in ${el.clientWidth}px`, text: ownText.slice(0, 80) })
      }
      if (/\b[a-z]{3,}\s+[a-z]{3,}\b/.test(ownText) && !el.closest(['code', 'pre', 'textarea', '.technical', ...coreProse].join(', '))) english.push(ownText.slice(0, 80))
    }
    return { cut, english }
  }, CORE_PROSE)
}

async function navTo(page: Page, index: number): Promise<void> {
  await page.locator('.nav-list > li').nth(index).getByRole('button').click()
}

describe('the pseudo-locale', () => {
  it('is picked in the language menu after German (which outlives a reload, <html lang> following), and fits every main screen at 1024x640', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1024, height: 640 } })
    await page.goto(app.url)
    await page.locator('article.account-card').first().waitFor({ timeout: 20_000 })
    expect(await page.getAttribute('html', 'lang')).toBe('en')

    // German from the menu: <html lang> and the words follow, and a reload keeps the choice.
    await page.locator('.language-menu select').selectOption('de')
    await page.waitForFunction(() => document.documentElement.lang === 'de')
    await page.reload()
    await page.locator('article.account-card').first().waitFor({ timeout: 20_000 })
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    expect(await page.locator('.language-menu select').inputValue()).toBe('de')
    expect(await page.locator('.nav-list > li').first().getByRole('button').getAttribute('aria-label')).toBe(GERMAN_COMMON.nav.accounts)

    await page.locator('.language-menu select').selectOption('pseudo')
    await page.waitForFunction(() => document.documentElement.lang === 'en-XA')
    expect(await page.locator('.language-menu select').inputValue()).toBe('pseudo')
    // The words are the pseudo-locale's: bracketed and accented.
    expect(await page.locator('.app-name').innerText()).toMatch(/^\[.*[À-ž].*\]$/)

    const screens: { name: string; open: () => Promise<void> }[] = [
      // The language change scans again: check the cards and their notes, not the loading line.
      { name: 'accounts', open: async () => page.locator('article.account-card').first().waitFor({ timeout: 20_000 }) },
      { name: 'lookup', open: async () => (await navTo(page, 1), await page.locator('.lookup-form').waitFor()) },
      {
        name: 'test',
        open: async () => {
          await navTo(page, 0)
          await page.locator('article.account-card', { hasText: IMAP }).locator('button.button-primary').click()
          await page.locator('input[type="password"]').waitFor()
        },
      },
      {
        name: 'crm',
        open: async () => {
          await navTo(page, 2)
          await page.locator('.account-picker .choice-row', { hasText: IMAP }).click()
          await page.locator('.account-picker button[type="submit"]').click()
          await page.locator('.crm-settings, .settings-step, .wizard [data-step], .wizard h2').first().waitFor({ timeout: 20_000 })
        },
      },
      {
        name: 'error-help',
        open: async () => {
          await navTo(page, 4)
          await page.locator('textarea').first().fill('535-5.7.8 Username and Password not accepted. Application-specific password required.')
          await page.locator('form button[type="submit"]').first().click()
          await page.locator('.advice, .guidance, .explanation').first().waitFor({ timeout: 20_000 })
        },
      },
    ]
    const cut: Record<string, Problem[]> = {}
    const english: Record<string, string[]> = {}
    for (const screen of screens) {
      await screen.open()
      await screenshot(page, `pseudo-${screen.name}-1024x640`)
      const found = await problems(page)
      cut[screen.name] = found.cut
      english[screen.name] = found.english
    }
    expect(cut, 'text cut or outside the window at 1024x640').toEqual({ accounts: [], lookup: [], test: [], crm: [], 'error-help': [] })
    expect(english, 'English left on a screen').toEqual({ accounts: [], lookup: [], test: [], crm: [], 'error-help': [] })
    await page.context().close()
  }, 120_000)
})
