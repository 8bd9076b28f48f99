// The guided flows end to end: Debian's Chromium against browser mode and the
// real core, on a fixture home whose Thunderbird accounts point at real loopback servers:
// a Gmail-like and a Microsoft-like scripted IMAP, Dovecot (IMAP + POP3), an SMTP server and
// a DNS server publishing the POP3 domain's IMAP server (RFC 6186 SRV).
import { readFileSync } from 'node:fs'
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, openPage, readClipboard, screenshot, seriousAxeViolations } from '../helpers/browser.js'
import { startBrowserModeApp, type BrowserModeApp } from '../helpers/browser-mode.js'
import { sharedTestCertificates } from '../helpers/certs.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js'
import { startGmailLikeImap, startMicrosoftLikeImap, type ScriptedServer } from '../helpers/scripted-server.js'
import { startTestSmtp, type TestSmtpServer } from '../helpers/smtp-server.js'
import { writeFlowsHome } from './flows-home.js'

const GMAIL_EMAIL = 'harry.gmail@workspace.example'
const MS_EMAIL = 'grace.ms@contoso.example'
const DOVE_USER = 'dora.dovecot'
const DOVE_EMAIL = `${DOVE_USER}@example.test`
const POP_EMAIL = 'pia.pop@homemail.example'
const POP_USER = 'piapop'
/** Every username and address local part of the fixture: none may show in privacy mode. */
const PRIVATE = ['harry.gmail', 'grace.ms', DOVE_USER, 'pia.pop', POP_USER]
const TYPED_PASSWORD = `Typed-${Math.random().toString(36).slice(2, 12)}`

let gmail: ScriptedServer
let microsoft: ScriptedServer
let dovecot: DovecotServer
let smtp: TestSmtpServer
let dns: TestDnsServer
let app: BrowserModeApp
let browser: Browser
let home: string

beforeAll(async () => {
  const certs = sharedTestCertificates()
  const users = [
    { name: DOVE_USER, password: `dv-${Math.random().toString(36).slice(2, 12)}` },
    { name: POP_USER, password: `pp-${Math.random().toString(36).slice(2, 12)}` },
  ]
  ;[gmail, microsoft, dovecot, browser] = await Promise.all([
    startGmailLikeImap({ tls: certs.good }),
    startMicrosoftLikeImap({ tls: certs.good }),
    startDovecot({ users }),
    launchChromium(),
  ])
  smtp = await startTestSmtp({ security: 'tls', user: users[0]! })
  // The POP3 account's domain publishes its IMAP server (RFC 6186); everything else is NXDOMAIN.
  dns = await startDnsServer({
    '_imaps._tcp.homemail.example': { SRV: [{ priority: 0, weight: 1, port: dovecot.ports.imaps, target: 'localhost' }] },
  })
  home = await writeFlowsHome([
    { key: 'gm', email: GMAIL_EMAIL, username: GMAIL_EMAIL, type: 'imap', incoming: { host: '127.0.0.1', port: gmail.port, socketType: 3 }, smtp: { host: '127.0.0.1', port: smtp.port, socketType: 3 } },
    { key: 'ms', email: MS_EMAIL, username: MS_EMAIL, type: 'imap', incoming: { host: '127.0.0.1', port: microsoft.port, socketType: 3 }, smtp: { host: '127.0.0.1', port: smtp.port, socketType: 3 } },
    { key: 'dv', email: DOVE_EMAIL, username: DOVE_USER, type: 'imap', incoming: { host: '127.0.0.1', port: dovecot.ports.imaps, socketType: 3 }, smtp: { host: '127.0.0.1', port: smtp.port, socketType: 3 } },
    { key: 'po', email: POP_EMAIL, username: POP_USER, type: 'pop3', incoming: { host: '127.0.0.1', port: dovecot.ports.pop3s, socketType: 3 }, leaveOnServer: false },
  ])
  app = await startBrowserModeApp({
    home,
    extraCa: certs.rootCa,
    // Every name goes to the loopback DNS (also the "is the internet there?" check): it knows
    // no well-known name, so this machine looks offline to the app, as the tests need.
    inspector: { lookup: { dnsServer: dns.address, timeoutMs: 4000, ispdbUrl: 'https://127.0.0.1:9/' }, dnsServer: dns.address },
  })
})

afterAll(async () => {
  await Promise.allSettled([browser?.close(), app?.close(), gmail?.close(), microsoft?.close(), dovecot?.stop(), smtp?.close(), dns?.close()])
  if (home) rmSync(home, { recursive: true, force: true })
})

async function openApp(options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  const { page } = await openPage(browser, { clipboardFor: app.origin, acceptDownloads: true, ...options })
  await page.goto(app.url)
  await page.locator('article.account-card').first().waitFor()
  return page
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

async function nav(page: Page, label: string) {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click()
}

/** CRM wizard: pick the account with this address, then go to the password step. */
async function crmToPassword(page: Page, email: string, shotPrefix?: string) {
  await nav(page, 'Connect my CRM')
  // The account's label shows the address, or its mask in privacy mode.
  const masked = `${email[0]}***${email.slice(email.indexOf('@'))}`
  await page.locator('.account-picker label', { hasText: new RegExp(`^(${escape(email)}|${escape(masked)})`) }).getByRole('radio').check()
  if (shotPrefix) await screenshot(page, `${shotPrefix}-1-account`)
  await page.getByRole('button', { name: 'Use this account' }).click()
  await page.locator('.crm-wizard[data-step="settings"]').waitFor()
  if (shotPrefix) await screenshot(page, `${shotPrefix}-2-settings`)
  await page.getByRole('button', { name: 'Next: the password' }).click()
  await page.locator('.password-step').waitFor()
}

async function testPassword(page: Page, password: string) {
  await page.getByLabel('Password for this test').fill(password)
  await page.getByRole('button', { name: 'Test these settings' }).click()
}

/**
 * Everything a screen shows or announces: text (also inside closed "details" such as the step
 * trace, and screen-reader-only text), form values, title, labels and tooltips.
 */
async function everythingShown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText, document.body.textContent ?? '']
    for (const el of Array.from(document.querySelectorAll('input, textarea, select'))) {
      parts.push((el as HTMLInputElement).value)
      if (el instanceof HTMLSelectElement) for (const o of Array.from(el.options)) parts.push(o.text, o.value)
    }
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-valuetext']) {
        const v = el.getAttribute(attr)
        if (v) parts.push(v)
      }
    }
    return parts.join('\n')
  })
}

function expectNothingPrivate(shown: string, where: string) {
  for (const value of PRIVATE) expect(shown.toLowerCase(), `${value} shown on ${where}`).not.toContain(value.toLowerCase())
}

describe('Connect my CRM wizard', () => {
  it('lists the settings in CRM order and, when a Gmail-like server wants an app password, switches to the app password steps', async () => {
    const page = await openApp()
    await crmToPassword(page, GMAIL_EMAIL, 'flows-crm-gmail')
    await page.getByRole('button', { name: 'Back' }).click()
    // The order a CRM's IMAP form asks for them.
    expect(await page.locator('.crm-field .copy-field-label').allInnerTexts()).toEqual([
      'Email address',
      'Incoming mail server (IMAP server)',
      'Port',
      'SSL',
      'Username',
      'Outgoing mail server (SMTP server)',
      'Outgoing port',
      'Outgoing SSL',
    ])
    expect(await page.locator('.crm-field[data-field="imapSsl"]').innerText()).toContain('On')
    await page.getByRole('button', { name: 'Next: the password' }).click()
    await screenshot(page, 'flows-crm-gmail-3-password')
    // A custom domain on an unknown server: the core does not know the password kind yet.
    expect(await page.locator('.password-step').getAttribute('data-branch')).toBe('unknown')
    await testPassword(page, TYPED_PASSWORD)
    const step = page.locator('.password-step[data-branch="app-password"]')
    await step.waitFor({ timeout: 20_000 })
    const text = await step.innerText()
    expect(text).toContain('needs an app password')
    expect(text).toContain('Application-specific password required')
    expect(gmail.loginAttempts()).toBeGreaterThan(0)
    await screenshot(page, 'flows-crm-gmail-4-app-password')
    // The provider's page opens in the user's browser (allow-listed), not in the app.
    await step.getByRole('button', { name: /app password/i }).first().click()
    await expect.poll(() => app.opened.some((url) => url.startsWith('https://support.google.com/'))).toBe(true)
    expect(await page.content()).not.toContain(TYPED_PASSWORD)
    expect(await page.getByLabel('Password for this test').inputValue()).toBe('')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('shows the Microsoft answer (no password works, Sign in with Microsoft first) for a Microsoft-like server', async () => {
    const page = await openApp()
    await crmToPassword(page, MS_EMAIL)
    await testPassword(page, TYPED_PASSWORD)
    const step = page.locator('.password-step[data-branch="oauth-only"]')
    await step.waitFor({ timeout: 20_000 })
    const text = await step.innerText()
    expect(text).toContain('No password will work with Microsoft')
    expect(await step.locator('.guidance-steps li').first().getAttribute('data-step')).toBe('sign-in-microsoft')
    // No password box any more: a password cannot work here.
    expect(await page.getByLabel('Password for this test').count()).toBe(0)
    await screenshot(page, 'flows-crm-microsoft')
    await page.context().close()
  })

  it('tests IMAP and SMTP for real: a wrong password gets the next action and the other username form, the right one "Paste these into your CRM"', async () => {
    const page = await openApp()
    await crmToPassword(page, DOVE_EMAIL)
    await testPassword(page, 'not-the-password')
    const outcome = page.locator('.test-outcome')
    await outcome.waitFor({ timeout: 20_000 })
    expect(await outcome.innerText()).toContain('What to do next')
    const alt = page.locator('.alt-username')
    expect(await alt.innerText()).toContain(DOVE_EMAIL)
    await screenshot(page, 'flows-crm-dovecot-auth-failed')
    // With consent the username changes; this server wants the short form, so go back to it.
    await alt.getByRole('button', { name: 'Yes, test with this username' }).click()
    expect(await page.locator('.test-username').innerText()).toContain(DOVE_EMAIL)
    await page.getByRole('button', { name: 'Back' }).click()
    await page.getByRole('button', { name: 'Next: the password' }).click()
    await testPassword(page, dovecot.user.password)
    const done = page.locator('.wizard-done')
    await done.waitFor({ timeout: 20_000 })
    expect(await done.innerText()).toContain('Paste these into your CRM')
    expect(await done.innerText()).toContain(String(smtp.port))
    expect(smtp.authAttempts()).toBeGreaterThan(0)
    expect(await page.content()).not.toContain(dovecot.user.password)
    await screenshot(page, 'flows-crm-dovecot-done')
    await page.context().close()
  })
})

describe('Connect my CRM by typed address: the guidance core’s answer on screen', () => {
  async function typeAddress(page: Page, email: string) {
    await nav(page, 'Connect my CRM')
    await page.getByLabel('Your email address').fill(email)
    await page.getByRole('button', { name: 'Look up settings' }).click()
    await page.locator('.crm-wizard[data-step="settings"]').waitFor({ timeout: 20_000 })
    return page.locator('.crm-wizard .guidance')
  }

  it('Gmail: Sign in with Google first, then the app password path and the fields in CRM order', async () => {
    const page = await openApp()
    const guidance = await typeAddress(page, 'kim.lee@gmail.com')
    expect(await guidance.getAttribute('data-sign-in')).toBe('google')
    expect(await guidance.locator('.guidance-steps li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')))).toEqual([
      'sign-in-google',
      'turn-on-second-factor',
      'make-app-password',
      'copy-fields',
      'test-login',
    ])
    expect(await page.locator('.crm-field[data-field="imapHost"]').innerText()).toContain('imap.gmail.com')
    await screenshot(page, 'guidance-gmail')
    await page.context().close()
  })

  it('Microsoft 365: the Microsoft button and the admin’s message lead, above the fold; no copy list, no password step', async () => {
    const page = await openApp({ viewport: { width: 1024, height: 640 } })
    const guidance = await typeAddress(page, 'boss@contoso.onmicrosoft.com')
    expect(await guidance.getAttribute('data-password')).toBe('oauth-only')
    const first = guidance.locator('.guidance-steps li').first()
    expect(await first.getAttribute('data-step')).toBe('sign-in-microsoft')
    const box = await first.boundingBox()
    expect(box && box.y + box.height).toBeLessThan(640)
    expect(await page.locator('.crm-fields:visible').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Next: the password' }).count()).toBe(0)
    await page.getByLabel(/Your CRM’s name/).fill('Pipeline Pro')
    await page.getByRole('button', { name: 'Put these into the message' }).click()
    await page.locator('.ready-message', { hasText: 'App: Pipeline Pro' }).waitFor()
    await page.getByRole('button', { name: 'Copy this message' }).click()
    await expect.poll(() => readClipboard(page)).toContain('Grant admin consent')
    expect(await readClipboard(page)).toContain('App: Pipeline Pro')
    await screenshot(page, 'guidance-microsoft-365')
    await page.context().close()
  })

  it('iCloud: Apple’s words (two-factor authentication, app-specific password xxxx-xxxx-xxxx-xxxx)', async () => {
    const page = await openApp()
    const guidance = await typeAddress(page, 'emily@icloud.com')
    const text = await guidance.innerText()
    expect(text).toContain('two-factor authentication')
    expect(text).toContain('app-specific password')
    expect(text).toContain('xxxx-xxxx-xxxx-xxxx')
    expect(text).not.toContain('2-Step Verification')
    await page.context().close()
  })

  it('offline: says so instead of "not found", and typing the settings goes straight to a test', async () => {
    const page = await openApp()
    const guidance = await typeAddress(page, 'jane.doe@nowhere-corp.example')
    expect(await guidance.locator('.blocker').getAttribute('data-code')).toBe('offline')
    expect(await guidance.innerText()).toContain('Check your internet connection')
    await screenshot(page, 'guidance-offline')
    const form = page.getByRole('form', { name: 'Type the settings yourself' })
    await form.getByLabel('IMAP server').fill('127.0.0.1')
    await form.getByLabel('Port').fill(String(dovecot.ports.imaps))
    await form.getByLabel('Username').fill(DOVE_USER)
    await form.getByRole('button', { name: 'Test these settings' }).click()
    await page.getByRole('heading', { level: 1, name: /Test this account/ }).waitFor()
    expect(await page.locator('h1').innerText()).toContain('jane.doe@nowhere-corp.example')
    await page.context().close()
  })
})

describe('Move this POP3 account to IMAP', () => {
  it('warns that mail exists only on this computer, gives Thunderbird steps, tests the new IMAP login and ends in the CRM wizard', async () => {
    const page = await openApp()
    await nav(page, 'Move POP3 to IMAP')
    const wizard = page.locator('.pop-wizard')
    await wizard.waitFor()
    await screenshot(page, 'flows-pop-1-why')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await page.getByRole('button', { name: /Copy Incoming mail server/ }).waitFor({ timeout: 15_000 })
    expect(await wizard.innerText()).toContain(String(dovecot.ports.imaps))
    await screenshot(page, 'flows-pop-2-imap-settings')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    const warning = page.locator('[data-risk="only-here"]')
    expect(await warning.getAttribute('role')).toBe('alert')
    expect(await warning.innerText()).toContain('Keep the POP3 account until')
    await screenshot(page, 'flows-pop-3-leave-on-server')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    expect(await wizard.innerText()).toContain('Steps in Thunderbird')
    expect(await wizard.innerText()).toContain('≡ menu > Add Account > Email')
    expect(await wizard.innerText()).toContain('Right-click > Copy To > the new IMAP account')
    await screenshot(page, 'flows-pop-4-client-steps')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await testPassword(page, dovecot.users[1]!.password)
    await page.locator('.pop-wizard .test-result[data-verdict="ok"]').waitFor({ timeout: 20_000 })
    await screenshot(page, 'flows-pop-5-test')
    await page.getByRole('button', { name: 'Next: connect my CRM' }).click()
    await page.locator('.crm-wizard[data-step="settings"]').waitFor()
    expect(await page.locator('.crm-fields').innerText()).toContain(String(dovecot.ports.imaps))
    await page.context().close()
  })
})

describe('I got an error', () => {
  it('explains pasted CRM text with its next step, and leads to a test of the chosen account or the CRM wizard', async () => {
    const page = await openApp()
    await nav(page, 'I got an error')
    // A bare refusal from an unknown provider is not guessed at: "wrong username or password".
    await page.getByLabel('The error message').fill('IMAP error: NO LOGIN failed.')
    await page.getByLabel(/Which account is this about/).selectOption({ label: MS_EMAIL })
    await page.getByRole('button', { name: 'Explain this error' }).click()
    const explanation = page.locator('.explanation')
    await explanation.waitFor({ timeout: 10_000 })
    expect(await explanation.getAttribute('data-verdict')).toBe('auth-failed')
    expect(await page.getByRole('button', { name: 'Walk me through it: Connect my CRM' }).count()).toBe(0)
    await page.getByLabel('The error message').fill('Connection failed: NO [ALERT] Application-specific password required (Failure)')
    await page.getByLabel(/Which account is this about/).selectOption({ label: GMAIL_EMAIL })
    await page.getByRole('button', { name: 'Explain this error' }).click()
    await page.locator('.explanation[data-verdict="app-password-required"]').waitFor({ timeout: 10_000 })
    expect(await explanation.innerText()).toContain('What to do next')
    await screenshot(page, 'flows-error-help')
    await page.getByRole('button', { name: 'Walk me through it: Connect my CRM' }).click()
    await page.locator('.crm-wizard[data-step="settings"]').waitFor()
    expect(await page.locator('.crm-fields').innerText()).toContain(String(gmail.port))
    await nav(page, 'I got an error')
    await page.getByLabel('The error message').fill('NO [AUTHENTICATIONFAILED] Authentication failed.')
    await page.getByLabel(/Which account is this about/).selectOption({ label: DOVE_EMAIL })
    await page.getByRole('button', { name: 'Explain this error' }).click()
    await page.getByRole('button', { name: 'Test this account' }).click()
    await page.getByRole('heading', { level: 1, name: /Test this account/ }).waitFor()
    expect(await page.locator('h1').innerText()).toContain(DOVE_EMAIL)
    await page.context().close()
  })
})

describe('I got an error: admin approval', () => {
  it('reads the app’s name and ID from a pasted AADSTS65001 into a ready-to-send message with a Copy button', async () => {
    const page = await openApp()
    await nav(page, 'I got an error')
    await page
      .getByLabel('The error message')
      .fill("AADSTS65001: The user or administrator has not consented to use the application with ID '3f2c9a1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f' named 'Acme CRM'. Send an interactive authorization request for this user and resource.")
    await page.getByRole('button', { name: 'Explain this error' }).click()
    const message = page.locator('.explanation .ready-message[data-code="admin-consent"]')
    await message.waitFor({ timeout: 10_000 })
    const text = await message.innerText()
    expect(text).toContain('App: Acme CRM')
    expect(text).toContain('3f2c9a1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f')
    expect(text).toContain('Enterprise applications')
    await message.getByRole('button', { name: 'Copy this message' }).click()
    await expect.poll(() => readClipboard(page)).toContain('Application (client) ID: 3f2c9a1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f')
    await screenshot(page, 'guidance-error-admin-consent')
    await page.context().close()
  })
})

describe('privacy mode and the admin report', () => {
  it('hides every fixture username and local part on every screen, while Copy still copies the real value', async () => {
    const page = await openApp()
    await page.keyboard.press('Control+Shift+P')
    await page.getByText('Privacy mode on: names hidden').waitFor()
    expect(await page.getByRole('switch', { name: 'Privacy mode' }).getAttribute('aria-checked')).toBe('true')
    expectNothingPrivate(await everythingShown(page), 'accounts')
    await screenshot(page, 'flows-privacy-accounts')

    await crmToPassword(page, DOVE_EMAIL)
    expectNothingPrivate(await everythingShown(page), 'CRM password step')
    await page.getByRole('button', { name: 'Back' }).click()
    expectNothingPrivate(await everythingShown(page), 'CRM settings')
    // A copy lands a moment after its click: wait for it rather than race it.
    await page.getByRole('button', { name: 'Copy Username' }).click()
    await expect.poll(() => readClipboard(page)).toBe(DOVE_USER)
    await page.getByRole('button', { name: 'Copy Email address' }).click()
    await expect.poll(() => readClipboard(page)).toBe(DOVE_EMAIL)
    await screenshot(page, 'flows-privacy-crm-settings')

    await crmToPassword(page, GMAIL_EMAIL)
    await testPassword(page, TYPED_PASSWORD)
    await page.locator('.password-step[data-branch="app-password"]').waitFor({ timeout: 20_000 })
    expectNothingPrivate(await everythingShown(page), 'app password step')

    await nav(page, 'Move POP3 to IMAP')
    for (let i = 0; i < 5; i++) {
      await page.locator('.pop-wizard').waitFor()
      expectNothingPrivate(await everythingShown(page), `POP3 wizard step ${i + 1}`)
      if (i < 4) await page.getByRole('button', { name: 'Next', exact: true }).click()
    }
    await nav(page, 'I got an error')
    await page.getByLabel('The error message').fill('NO [ALERT] Application-specific password required (Failure)')
    await page.getByRole('button', { name: 'Explain this error' }).click()
    await page.locator('.explanation').waitFor({ timeout: 10_000 })
    expectNothingPrivate(await everythingShown(page), 'I got an error')
    await screenshot(page, 'flows-privacy-error-help')
    // The account picker shows masked addresses; the test screen it leads to stays masked too.
    await page.getByLabel(/Which account is this about/).selectOption({ index: 3 })
    await page.getByRole('button', { name: 'Test this account' }).click()
    await page.getByRole('heading', { level: 1, name: /Test this account/ }).waitFor()
    await page.getByLabel('Password', { exact: true }).fill('not-the-password')
    await page.getByRole('button', { name: 'Test now' }).click()
    await page.locator('.test-result').waitFor({ timeout: 20_000 })
    expectNothingPrivate(await everythingShown(page), 'the test screen')
    await screenshot(page, 'flows-privacy-test-screen')
    await nav(page, 'Report for admin')
    await page.locator('.report-preview').waitFor()
    expectNothingPrivate(await everythingShown(page), 'report')
    await page.keyboard.press('Control+Shift+P')
    expect(await page.getByText('Privacy mode on: names hidden').count()).toBe(0)
    await page.context().close()
  })

  it('the report holds the last tests but no password and no unmasked username by default; unticking shows usernames, never the password', async () => {
    const page = await openApp()
    await crmToPassword(page, GMAIL_EMAIL)
    await testPassword(page, TYPED_PASSWORD)
    await page.locator('.password-step[data-branch="app-password"]').waitFor({ timeout: 20_000 })
    await nav(page, 'Report for admin')
    const mask = page.getByLabel('Mask usernames and addresses')
    expect(await mask.isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Copy as text' }).click()
    await expect.poll(() => readClipboard(page)).toContain('Mail Settings Inspector report')
    const text = await readClipboard(page)
    expect(text).toContain('app-password-required')
    expect(text).toContain('Mail Settings Inspector report')
    expect(text).toContain('h***@workspace.example')
    expect(text).not.toContain(TYPED_PASSWORD)
    expectNothingPrivate(text, 'the text report')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as JSON' }).click()])
    const json = readFileSync((await download.path())!, 'utf8')
    const report = JSON.parse(json) as { kind: string; masked: boolean; tests: { result: { verdict: string; steps: unknown[] } }[] }
    expect(report.kind).toBe('mail-settings-inspector-report')
    expect(report.masked).toBe(true)
    expect(report.tests.map((t) => t.result.verdict)).toContain('app-password-required')
    expect(report.tests[0]!.result.steps.length).toBeGreaterThan(0)
    expect(json).not.toContain(TYPED_PASSWORD)
    expectNothingPrivate(json, 'the JSON report')
    await screenshot(page, 'flows-report')
    await mask.uncheck()
    await page.getByRole('button', { name: 'Copy as text' }).click()
    await expect.poll(() => readClipboard(page)).toContain(GMAIL_EMAIL)
    const unmasked = await readClipboard(page)
    expect(unmasked).not.toContain(TYPED_PASSWORD)
    await page.context().close()
  })
})

describe('the flows for everyone', () => {
  it('have no serious accessibility problems, in dark mode and at 200 % zoom, and move focus to each new step', async () => {
    const dark = await openApp({ colorScheme: 'dark' })
    await crmToPassword(dark, DOVE_EMAIL)
    await dark.getByRole('button', { name: 'Back' }).click()
    // The step that replaced the pressed button has the focus, so the keyboard carries on there.
    expect(await dark.evaluate(() => document.activeElement?.textContent)).toBe('Step 2 of 4')
    expect(await seriousAxeViolations(dark)).toEqual([])
    await screenshot(dark, 'flows-crm-settings-dark')
    await dark.context().close()

    const zoomed = await openApp({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })
    await nav(zoomed, 'Move POP3 to IMAP')
    await zoomed.getByRole('button', { name: 'Next', exact: true }).click()
    await zoomed.getByRole('button', { name: 'Next', exact: true }).click()
    await zoomed.locator('[data-risk="only-here"]').waitFor()
    expect(await seriousAxeViolations(zoomed)).toEqual([])
    // Nothing sticks out sideways at 200 %: the page reflows.
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(zoomed, 'flows-pop-leave-on-server-zoom200')
    await nav(zoomed, 'Report for admin')
    await zoomed.locator('.report-preview').waitFor()
    expect(await seriousAxeViolations(zoomed)).toEqual([])
    await nav(zoomed, 'I got an error')
    expect(await seriousAxeViolations(zoomed)).toEqual([])
    await zoomed.context().close()
    // Two pages and four axe runs: slow on a loaded machine, whatever the app's speed.
  }, 120_000)
})
