// Every screen as a user sees it, in Debian's Chromium through browser mode: axe finds
// nothing of any impact in light and dark; from 800x600 up the menu stays on one line and
// nothing scrolls sideways (screenshots in test-results/, which git ignores); the POP3 wizard
// walks Thunderbird, Apple Mail and Outlook; a test of a server that never answers shows its
// step and time limit and Cancel closes the connection at once; an unencrypted test asks first;
// privacy mode hides typed and pasted text. Servers: a real TCP black hole and a loopback DNS.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startBlackHole, type BlackHole } from '../helpers/black-hole.js'
import { launchChromium, openPage, screenshot, TEST_RESULTS_DIR, type AxeViolation } from '../helpers/browser.js'
import { startBrowserModeApp, type BrowserModeApp } from '../helpers/browser-mode.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { writeFlowsHome } from './flows-home.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TB_IMAP = 'tina.tb@tls.example'
const TB_PLAIN = 'paul.plain@plain.example'
const OUTLOOK_POP = 'olga.outlook@olpop.example'

let hole: BlackHole
let dns: TestDnsServer
let app: BrowserModeApp
let empty: BrowserModeApp
let browser: Browser
let home: string
let emptyHome: string

/** Classic Outlook's registry as `reg export` writes it, with one POP3 account (clsid ...11 = POP3). */
function outlookPopRegistry(): string {
  const profile = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook'
  const accounts = `${profile}\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676`
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `[${profile}]`,
    '"DefaultProfile"="Outlook"',
    '',
    `[${accounts}\\00000001]`,
    '"clsid"="{ED475411-B0D6-11D2-8C3B-00104B2A6676}"',
    `"Account Name"="${OUTLOOK_POP}"`,
    `"Email"="${OUTLOOK_POP}"`,
    '"POP3 Server"="pop.olpop.example"',
    '"POP3 User"="olga"',
    '"POP3 Port"=dword:000003e3',
    '"POP3 Use SSL"=dword:00000001',
    '"Leave on Server"=dword:00000000',
    '',
  ].join('\r\n')
}

beforeAll(async () => {
  ;[hole, browser] = await Promise.all([startBlackHole(), launchChromium()])
  dns = await startDnsServer({})
  home = await writeFlowsHome([
    { key: 'tb', email: TB_IMAP, username: TB_IMAP, type: 'imap', incoming: { host: '127.0.0.1', port: hole.port, socketType: 3 } },
    { key: 'pl', email: TB_PLAIN, username: 'paulp', type: 'pop3', incoming: { host: '127.0.0.1', port: hole.port, socketType: 0 }, leaveOnServer: false },
  ])
  // Apple Mail 10.7-10.10's Accounts.plist: a POP3 account (jsmith@isp.example) and others.
  mkdirSync(path.join(home, 'Library', 'Mail', 'V2', 'MailData'), { recursive: true })
  copyFileSync(path.join(ROOT, 'test/fixtures/apple-mail/Accounts-V2.plist'), path.join(home, 'Library', 'Mail', 'V2', 'MailData', 'Accounts.plist'))
  const registryFile = path.join(home, 'outlook.reg')
  writeFileSync(registryFile, outlookPopRegistry())
  const lookup = { dnsServer: dns.address, timeoutMs: 1500, ispdbUrl: 'https://127.0.0.1:9/' }
  app = await startBrowserModeApp({ home, inspector: { registryFile, lookup } })
  emptyHome = path.join(os.tmpdir(), `msi-empty-${process.pid}`)
  mkdirSync(emptyHome, { recursive: true })
  empty = await startBrowserModeApp({ home: emptyHome, inspector: { lookup } })
})

afterAll(async () => {
  await Promise.allSettled([browser?.close(), app?.close(), empty?.close(), hole?.close(), dns?.close()])
  if (home) rmSync(home, { recursive: true, force: true })
  if (emptyHome) rmSync(emptyHome, { recursive: true, force: true })
})

async function openApp(options: Parameters<typeof openPage>[1] = {}, which: BrowserModeApp = app): Promise<Page> {
  const { page } = await openPage(browser, options)
  await page.goto(which.url)
  await page.locator(which === app ? 'article.account-card' : '.nothing-found').first().waitFor({ timeout: 20_000 })
  return page
}

async function nav(page: Page, label: string) {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click()
}

/** axe-core in the page, every finding whatever its impact (WCAG 2.x A/AA and best practices). */
async function axeFindings(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
  await page.evaluate(source)
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }))
  })
}

/** The layout at this size: the menu on one line, nothing wider than the window. */
async function layout(page: Page): Promise<{ menuRows: number; overflow: number; headerHeight: number }> {
  return page.evaluate(() => {
    const items = Array.from(document.querySelectorAll('.nav-list > li')).map((li) => Math.round(li.getBoundingClientRect().top))
    return {
      menuRows: new Set(items).size,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      headerHeight: Math.round(document.querySelector('.app-header')!.getBoundingClientRect().height),
    }
  })
}

const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'accounts', open: async () => {} },
  { name: 'lookup', open: (page) => nav(page, 'Look up by email') },
  { name: 'crm', open: async (page) => (await nav(page, 'Connect my CRM'), await page.locator('.account-picker').waitFor()) },
  { name: 'pop', open: async (page) => (await nav(page, 'Move POP3 to IMAP'), await page.locator('.pop-wizard').waitFor()) },
  { name: 'error', open: (page) => nav(page, 'I got an error') },
  { name: 'report', open: async (page) => (await nav(page, 'Report for admin'), await page.locator('.report-preview').waitFor()) },
  {
    name: 'test',
    open: async (page) => {
      await nav(page, 'Accounts on this computer')
      await page.locator('article.account-card', { hasText: TB_IMAP }).getByRole('button', { name: /Test this account/ }).click()
      await page.getByRole('heading', { level: 1, name: /Test this account/ }).waitFor()
    },
  },
]

describe('every screen', () => {
  it('has no axe finding of any impact, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openApp({ colorScheme })
      for (const screen of SCREENS) {
        await screen.open(page)
        expect(await axeFindings(page), `${screen.name} (${colorScheme})`).toEqual([])
      }
      await page.context().close()
    }
    const page = await openApp({ colorScheme: 'dark' }, empty)
    expect(await axeFindings(page), 'empty home (dark)').toEqual([])
    await page.context().close()
  }, 240_000)

  it('holds from 800x600 up: the menu on one line, no sideways scroll; screenshots of each', async () => {
    for (const [width, height] of [
      [800, 600],
      [1024, 640],
      [1280, 800],
    ] as const) {
      const page = await openApp({ viewport: { width, height } })
      for (const screen of SCREENS) {
        await screen.open(page)
        const at = `${screen.name} at ${width}x${height}`
        const shape = await layout(page)
        expect(shape.menuRows, `menu rows, ${at}`).toBe(1)
        expect(shape.overflow, `sideways overflow, ${at}`).toBeLessThanOrEqual(0)
        // The header leaves the window to the screen: at most a fifth of the height.
        expect(shape.headerHeight, `header height, ${at}`).toBeLessThanOrEqual(height / 5)
        await page.screenshot({ path: await screenshotPath(`screens-${screen.name}-${width}x${height}`) })
      }
      await page.context().close()
    }
  }, 240_000)
})

/** test-results/<name>.png (git-ignored): only the window, to see what is above the fold. */
async function screenshotPath(name: string): Promise<string> {
  mkdirSync(TEST_RESULTS_DIR, { recursive: true })
  return path.join(TEST_RESULTS_DIR, `${name}.png`)
}

describe('the POP3 -> IMAP wizard', () => {
  it('walks Thunderbird, Apple Mail and Outlook, each with its own menus; picking with Enter lands on the wizard', async () => {
    const page = await openApp({ viewport: { width: 1024, height: 640 } })
    const expected: [RegExp, RegExp[]][] = [
      [/paul\.plain@plain\.example/, [/≡ menu > Add Account > Email/, /incoming server choose IMAP.*outgoing server fill in SMTP/, /Right-click > Copy To > the new IMAP account/, /ask your provider/]],
      [/jsmith@isp\.example/, [/Mail > Add Account/, /Incoming Mail Server and Outgoing Mail Server/, /Message > Copy To/, /ask your provider/]],
      [new RegExp(OUTLOOK_POP.replace(/\./g, '\\.')), [/File > Add Account/, /Incoming mail and Outgoing mail/, /Home > Move > Copy to Folder/, /ask your provider/]],
    ]
    for (const [account, steps] of expected) {
      await nav(page, 'Move POP3 to IMAP')
      const pick = page.locator('.pop-wizard .choice-row', { hasText: account })
      await pick.focus()
      await page.keyboard.press('Enter')
      await page.locator('.pop-wizard[data-step="why"]').waitFor()
      // Focus is on the wizard's title, not dropped to the page top.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next', exact: true }).click()
      const text = await page.locator('.pop-wizard[data-step="client-steps"]').innerText()
      for (const step of steps) expect(text).toMatch(step)
      expect(text).not.toMatch(/from step 2/)
      expect(await axeFindings(page)).toEqual([])
      await screenshot(page, `screens-pop-steps-${account.source.split('@')[0]!.replace(/\W/g, '')}`)
    }
    await page.context().close()
  }, 120_000)
})

describe('a test of a server that never answers', () => {
  it('shows the step running now and the time limit, and Cancel (by keyboard) closes the connection at once', async () => {
    const page = await openApp()
    await page.locator('article.account-card', { hasText: TB_IMAP }).getByRole('button', { name: /Test this account/ }).click()
    await page.getByLabel('Password', { exact: true }).fill('pw-black-hole')
    const before = hole.accepted
    await page.getByLabel('Password', { exact: true }).press('Enter')
    await page.getByText(/^Now: /).waitFor()
    await page.getByText(/gives up after 15 s/).waitFor()
    await expect.poll(() => hole.open()).toBe(1)
    expect(hole.accepted).toBe(before + 1)
    await screenshot(page, 'screens-test-running')
    // Enter pressed in the password box: focus moved to Cancel, so Enter again cancels.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel test')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: /Test stopped/ }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Test stopped/)
    await expect.poll(() => hole.open(), { timeout: 5000 }).toBe(0)
    await page.context().close()
  }, 60_000)

  it('asks before sending a password unencrypted; "Do not test" connects nowhere', async () => {
    const page = await openApp()
    await page.locator('article.account-card', { hasText: TB_PLAIN }).getByRole('button', { name: /Test this account/ }).click()
    expect(await page.locator('main').innerText()).not.toMatch(/Nothing is sent/)
    await page.getByLabel('Password', { exact: true }).fill('pw-plain-e2e')
    const before = hole.accepted
    await page.getByRole('button', { name: 'Test now' }).click()
    const question = page.getByRole('alertdialog')
    expect(await question.innerText()).toMatch(/Your password would travel readable: test anyway\?/)
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'screens-plaintext-question')
    await page.getByRole('button', { name: 'Do not test' }).click()
    expect(hole.accepted).toBe(before)
    await page.context().close()
  }, 60_000)
})

describe('privacy mode and typed text', () => {
  it('shows typed addresses and pasted errors as dots, with the pasted text readable only masked', async () => {
    const page = await openApp()
    await page.keyboard.press('Control+Shift+P')
    await page.getByText('Privacy mode on: names hidden').waitFor()
    await nav(page, 'Look up by email')
    const box = page.getByLabel('Your email address')
    await box.fill('secret.person@example.org')
    expect(await box.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('disc')
    await screenshot(page, 'screens-privacy-lookup-typed')
    const reveal = page.getByRole('button', { name: 'Show while held' })
    await reveal.hover()
    await page.mouse.down()
    expect(await box.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('none')
    await page.mouse.up()
    expect(await box.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('disc')

    await nav(page, 'I got an error')
    const pasted = 'IMAP login failed for secret.person@example.org: NO [AUTHENTICATIONFAILED]'
    await page.getByLabel('The error message').fill(pasted)
    expect(await page.getByLabel('The error message').evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('disc')
    const preview = await page.locator('.masked-preview').innerText()
    expect(preview).toContain('IMAP login failed for s***@example.org')
    expect(preview).not.toContain('secret.person')
    await screenshot(page, 'screens-privacy-error-pasted')
    await page.getByRole('button', { name: 'Explain this error' }).click()
    await page.locator('.explanation').waitFor({ timeout: 10_000 })
    // The report carries the pasted error, masked like the rest.
    await nav(page, 'Report for admin')
    const report = await page.locator('.report-preview').innerText()
    expect(report).toContain('Last pasted error')
    expect(report).toContain('s***@example.org')
    expect(report).not.toContain('secret.person')
    expect(report).toMatch(/Scan: \d+ accounts found, \d+ places read/)
    await page.context().close()
  }, 60_000)
})

describe('an empty home', () => {
  it('names each program checked and where, the ones it cannot read, and what to do', async () => {
    const page = await openApp({ viewport: { width: 800, height: 600 } }, empty)
    // The next step, typing the address, is in view without scrolling at 800x600.
    const find = await page.getByRole('button', { name: 'Find settings' }).boundingBox()
    expect(find!.y + find!.height).toBeLessThanOrEqual(600)
    const text = (await page.locator('.nothing-found').textContent()) ?? ''
    for (const words of ['Thunderbird', 'Apple Mail', 'Outlook (classic, on Windows)', '~/Library/Mail', 'New Outlook for Windows', 'Outlook for Mac', 'Full Disk Access', 'Type your email address above']) {
      expect(text).toContain(words)
    }
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'screens-empty-home-800x600')
    await page.context().close()
  }, 60_000)
})
