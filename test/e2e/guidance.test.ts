// The guidance core's answer on every screen, end to end: Debian's Chromium against browser
// mode and the real core, on an offline machine (a loopback DNS server that knows no name, not
// even a well-known one). The fixture home has the three accounts the help article finds
// hardest: a Thunderbird Gmail account that signs in with OAuth2, a GMX POP3 account and an
// Exchange on-premises (EWS) mailbox. No mail server is needed: each answer comes from what is
// on this computer and the built-in provider data; the one login test meets the offline machine.
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, openPage, readClipboard, screenshot } from '../helpers/browser.js'
import { startBrowserModeApp, type BrowserModeApp } from '../helpers/browser-mode.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { writeFlowsHome } from './flows-home.js'

const GMAIL = 'sam.oauth@gmail.com'
const GMX = 'paul.pop@gmx.de'
const EXCHANGE = 'jane.doe@corp.example'
const EXCHANGE_URL = 'https://mail.corp.example/EWS/Exchange.asmx'

let dns: TestDnsServer
let app: BrowserModeApp
let browser: Browser
let home: string

beforeAll(async () => {
  ;[dns, browser] = await Promise.all([startDnsServer({}), launchChromium()])
  home = await writeFlowsHome([
    // Thunderbird's authMethod 10 = OAuth2 (nsMsgAuthMethod in MailNewsTypes2.idl).
    { key: 'go', email: GMAIL, username: GMAIL, type: 'imap', authMethod: 10, incoming: { host: 'imap.gmail.com', port: 993, socketType: 3 }, smtp: { host: 'smtp.gmail.com', port: 465, socketType: 3 } },
    { key: 'gx', email: GMX, username: GMX, type: 'pop3', leaveOnServer: false, incoming: { host: 'pop.gmx.net', port: 995, socketType: 3 }, smtp: { host: 'mail.gmx.net', port: 465, socketType: 3 } },
    { key: 'ex', email: EXCHANGE, username: EXCHANGE, type: 'ews', ewsUrl: EXCHANGE_URL, incoming: { host: 'mail.corp.example', port: 443, socketType: 3 } },
  ])
  app = await startBrowserModeApp({
    home,
    // Every name (lookup, login tests, the "is the internet there?" check) goes to the loopback
    // DNS, which answers none: to the app this machine is offline.
    inspector: { lookup: { dnsServer: dns.address, timeoutMs: 3000, ispdbUrl: 'https://127.0.0.1:9/' }, dnsServer: dns.address },
  })
})

afterAll(async () => {
  await Promise.allSettled([browser?.close(), app?.close(), dns?.close()])
  if (home) rmSync(home, { recursive: true, force: true })
})

async function openApp(): Promise<Page> {
  const { page } = await openPage(browser, { clipboardFor: app.origin })
  await page.goto(app.url)
  await page.locator('article.account-card').first().waitFor()
  return page
}

async function nav(page: Page, label: string) {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click()
}

/** Connect my CRM for one scanned account: the settings step with the core's answer. */
async function wizardFor(page: Page, email: string) {
  await nav(page, 'Connect my CRM')
  await page.locator('.account-picker label', { hasText: email }).getByRole('radio').check()
  await page.getByRole('button', { name: 'Use this account' }).click()
  await page.locator('.crm-wizard[data-step="settings"]').waitFor({ timeout: 20_000 })
  return page.locator('.crm-wizard .guidance')
}

/** "I got an error" for one scanned account: the explanation with the core's answer under it. */
async function errorHelpFor(page: Page, email: string, pasted: string) {
  await nav(page, 'I got an error')
  await page.getByLabel('The error message').fill(pasted)
  await page.getByLabel(/Which account is this about/).selectOption({ label: email })
  await page.getByRole('button', { name: 'Explain this error' }).click()
  const guidance = page.locator('.explanation .guidance')
  await guidance.waitFor({ timeout: 20_000 })
  return guidance
}

const stepsOf = (guidance: ReturnType<Page['locator']>) => guidance.locator('.guidance-steps li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')))
const blockersOf = (guidance: ReturnType<Page['locator']>) => guidance.locator('.blocker').evaluateAll((els) => els.map((el) => el.getAttribute('data-code')))

describe('the guidance core’s answer on screen (offline machine)', () => {
  it('Gmail with OAuth2: card, wizard and error help lead with “Sign in with Google”; a test on this offline machine says offline, not a typo', async () => {
    const page = await openApp()
    const card = page.getByRole('article', { name: GMAIL })
    await expect.poll(() => card.innerText()).toContain('signs in through Gmail’s own page (OAuth2)')
    expect(await card.innerText()).toContain('In your CRM use “Sign in with Google”')

    const guidance = await wizardFor(page, GMAIL)
    expect(await guidance.getAttribute('data-sign-in')).toBe('google')
    expect(await guidance.getAttribute('data-password')).toBe('app-password')
    expect((await stepsOf(guidance))[0]).toBe('sign-in-google')
    expect(await guidance.innerText()).toContain('signs in through Gmail’s own page (OAuth2)')
    expect(await guidance.innerText()).not.toContain('Gmail needs an app password')
    await screenshot(page, 'guidance-e2e-gmail-oauth')

    // The IMAP form's other way, tested here: imap.gmail.com is the app's own name, so "not
    // found" with nothing else resolving is an offline machine.
    await page.getByRole('button', { name: 'Next: the password' }).click()
    await page.getByLabel('Password for this test').fill('not-a-real-password')
    await page.getByRole('button', { name: 'Test these settings' }).click()
    // The failed test's diagnosis, or the core's answer it changed (the offline blocker).
    await page.locator('.password-step :is(.diagnosis[data-verdict="offline"], .blocker[data-code="offline"])').first().waitFor({ timeout: 20_000 })
    // The diagnosis may show before the core's new answer (the offline blocker and its steps):
    // wait for that answer, asked once the test failed.
    await expect.poll(() => page.locator('.password-step').innerText(), { timeout: 20_000 }).toContain('Check your internet connection')
    const step = await page.locator('.password-step').innerText()
    expect(step).toMatch(/No internet connection|this computer seems to be offline/)
    expect(step).not.toContain('Check the spelling')

    const help = await errorHelpFor(page, GMAIL, 'Connection failed: NO [ALERT] Application-specific password required (Failure)')
    expect((await stepsOf(help))[0]).toBe('sign-in-google')
    await page.context().close()
  })

  it('GMX POP3: move to IMAP and switch IMAP on first, in the wizard, the POP3 wizard (GMX’s page) and error help', async () => {
    const page = await openApp()
    const guidance = await wizardFor(page, GMX)
    expect(await blockersOf(guidance)).toEqual(['pop3-account', 'imap-switched-off'])
    expect((await stepsOf(guidance)).slice(0, 2)).toEqual(['move-pop3-to-imap', 'enable-imap'])
    await screenshot(page, 'guidance-e2e-gmx-pop3')

    await nav(page, 'Move POP3 to IMAP')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    const notice = page.locator('.pop-wizard .blocker[data-code="imap-switched-off"]')
    await notice.waitFor({ timeout: 20_000 })
    expect(await notice.locator('[data-step="enable-imap"]').innerText()).toContain('Switch on IMAP in GMX’s settings')
    await notice.getByRole('button', { name: 'How to switch on IMAP at GMX' }).click()
    await expect.poll(() => app.opened).toContain('https://hilfe.gmx.net/pop-imap/einschalten.html')
    expect(await page.locator('.pop-wizard').innerText()).toContain('imap.gmx.net')

    const help = await errorHelpFor(page, GMX, '-ERR authentication failed')
    expect(await blockersOf(help)).toEqual(['pop3-account', 'imap-switched-off'])
    await page.context().close()
  })

  it('Exchange on-premises: ask IT (a ready-to-send message) or the CRM’s Microsoft option, in the wizard and error help', async () => {
    const page = await openApp()
    const guidance = await wizardFor(page, EXCHANGE)
    expect(await blockersOf(guidance)).toEqual(['exchange'])
    expect(await guidance.locator('.blocker').innerText()).toContain('This is Exchange: ask your IT admin whether IMAP is enabled')
    expect(await stepsOf(guidance)).toEqual(['ask-it-exchange', 'sign-in-microsoft'])
    expect(await page.locator('.crm-fields:visible').count()).toBe(0)
    const message = guidance.locator('.ready-message[data-code="exchange-it"]')
    expect(await message.innerText()).toContain('mail.corp.example')
    await message.getByRole('button', { name: 'Copy this message' }).click()
    await expect.poll(() => readClipboard(page)).toContain('Is IMAP (and SMTP sending) enabled for my mailbox?')
    await screenshot(page, 'guidance-e2e-exchange')

    const help = await errorHelpFor(page, EXCHANGE, 'IMAP error: NO LOGIN failed.')
    expect(await blockersOf(help)).toContain('exchange')
    expect(await help.locator('.ready-message[data-code="exchange-it"]').count()).toBe(1)
    await page.context().close()
  })
})
