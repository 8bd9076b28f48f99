// Debian's Chromium driven by playwright-core (Playwright's own browser download fails on
// these machines). One browser per test file; a fresh context (own profile state) per page.
// Fails loudly when /usr/bin/chromium is missing (test/helpers/require-tool.ts).
import { mkdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { requireExecutable } from './require-tool.js'

export const CHROMIUM = '/usr/bin/chromium'

/** --headless is added by playwright; it also gives each launch a fresh --user-data-dir. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** Screenshots go to the temp folder (tests never write into the repository). */
export const TEST_RESULTS_DIR = path.join(os.tmpdir(), 'mail-settings-inspector-test-results')

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireExecutable(CHROMIUM, 'apt-get install chromium'),
    headless: true,
    args: CHROMIUM_FLAGS,
  })
}

export interface PageOptions extends BrowserContextOptions {
  /** Allow navigator.clipboard read/write for this origin (to check Copy buttons). */
  clipboardFor?: string
}

/** A new context and page; close the context when done (page.context().close()). */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const { clipboardFor, ...contextOptions } = options
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions })
  if (clipboardFor) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: clipboardFor })
  const page = await context.newPage()
  return { context, page }
}

/** The text the page put on the clipboard (needs clipboardFor). */
export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText())
}

/** Writes <temp>/mail-settings-inspector-test-results/<name>.png (the whole page) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_RESULTS_DIR, { recursive: true })
  const file = path.join(TEST_RESULTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; html: string }[]
}

/** Runs axe-core (node_modules/axe-core/axe.min.js) in the page; returns serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
  // Injected through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(source)
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** The keyboard focus path: presses Tab `count` times and records each focused element. */
export async function tabOrder(page: Page, count: number): Promise<{ tag: string; text: string; outline: string }[]> {
  const stops: { tag: string; text: string; outline: string }[] = []
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab')
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        const style = el ? getComputedStyle(el) : null
        return {
          tag: el?.tagName.toLowerCase() ?? '',
          text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 80),
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        }
      }),
    )
  }
  return stops
}
