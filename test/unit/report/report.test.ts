import { describe, expect, it } from 'vitest'
import { buildReport, formatReportJson, REPORT_KIND } from '../../../src/report/report.js'
import { formatReportText } from '../../../src/report/report-text.js'
import type { TestResult } from '../../../src/model.js'
import { APP, FAILED_TEST, SCAN } from './fixtures.js'
import { setLanguage } from '../../../src/i18n/i18n.js'

const PRIVATE = /annabel|asmith|bertrand/i
const AT = '2026-11-26T05:00:00.000Z'

describe('the admin report', () => {
  it('gives every Note of its JSON its words in the report’s language beside the code, as --json does', async () => {
    await setLanguage('de')
    try {
      const json = JSON.parse(formatReportJson(buildReport({ scan: SCAN, tests: [{ at: '2026-11-30T10:00:00Z', result: FAILED_TEST }], app: APP })))
      expect(json.sources[1].message[0]).toMatchObject({ code: 'notes:localMail.appleMailDenied', text: expect.stringMatching(/^Nicht gezählt: macOS hat das Lesen von /) })
      expect(json.tests[0].result.steps[0].note).toEqual({ code: 'steps:connect.connected', params: { address: '127.0.0.1', port: 993 }, text: 'Verbunden mit 127.0.0.1 auf Port 993' })
      // A step's own words are masked like the rest; the server's words stay beside them.
      expect(json.tests[0].result.steps[1]).toMatchObject({ detail: 'A1 NO LOGIN as a***@example.com refused', note: { code: 'steps:failed.loginRefused', text: 'Der Server hat die Anmeldung abgelehnt' } })
      expect(json.accounts[0].warnings[0]).toMatchObject({ code: 'notes:thunderbird.deferredTo', text: expect.stringMatching(/^Neue E-Mails dieses Kontos werden in „/) })
      expect(formatReportText(buildReport({ scan: SCAN, tests: [{ at: '2026-11-30T10:00:00Z', result: FAILED_TEST }], app: APP }))).toContain('Der Server hat die Anmeldung abgelehnt: A1 NO LOGIN as a***@example.com refused')
    } finally {
      await setLanguage('en')
    }
  })

  it('holds accounts, sources with their status, the last tests, app version and OS', () => {
    const report = buildReport({ scan: SCAN, tests: [{ at: AT, accountId: 'tb-1', result: FAILED_TEST }], app: APP, generatedAt: AT })
    expect(report.kind).toBe(REPORT_KIND)
    expect(report.app.version).toBe('9.8.7')
    expect(report.app.os).toBe('Darwin 23.1.0')
    expect(report.accounts.map((a) => a.incoming.host)).toEqual(['imap.example.com', 'pop.corp.example'])
    expect(report.sources.map((s) => s.status)).toEqual(['ok', 'permission-denied'])
    expect(report.tests[0]?.result.verdict).toBe('auth-failed')
    expect(report.tests[0]?.result.steps.map((s) => s.stage)).toEqual(['connect', 'auth'])
    const text = formatReportText(report)
    expect(text).toContain('9.8.7')
    expect(text).toContain('Darwin 23.1.0')
    expect(text).toContain('permission-denied')
    expect(text).toContain('failed at auth: auth-failed')
    expect(text).toContain('NO - mail may exist only on this computer')
  })

  it('names a program the reader labelled (new Outlook, Windows Mail), not only its family', () => {
    const newOutlook = {
      client: 'outlook' as const,
      location: 'C:\\Users\\annabel\\AppData\\Local\\Microsoft\\Olk',
      status: 'unreadable' as const,
      accounts: 0,
      label: 'New Outlook for Windows',
    }
    const report = buildReport({ scan: { accounts: [], sources: [newOutlook] }, tests: [], app: APP })
    expect(report.sources[0]?.label).toBe('New Outlook for Windows')
    expect(formatReportText(report)).toContain('  - New Outlook for Windows: unreadable')
    expect(formatReportText(report)).not.toMatch(PRIVATE)
  })

  it('masks every username, address and home folder name by default, as JSON and as text', () => {
    const report = buildReport({ scan: SCAN, tests: [{ at: AT, result: FAILED_TEST }], app: APP })
    expect(report.masked).toBe(true)
    expect(formatReportJson(report)).not.toMatch(PRIVATE)
    expect(formatReportText(report)).not.toMatch(PRIVATE)
    expect(report.accounts[0]?.email).toBe('a***@example.com')
    expect(report.tests[0]?.result.server.username).toBe('a***@example.com')
  })

  it('shows usernames in full only when the caller unticks masking', () => {
    const report = buildReport({ scan: SCAN, tests: [{ at: AT, result: FAILED_TEST }], app: APP, maskUsernames: false })
    expect(report.masked).toBe(false)
    expect(report.accounts[0]?.incoming.username).toBe('annabel.smith@example.com')
    expect(formatReportText(report)).toContain('Usernames and addresses: shown in full')
  })

  it('never carries a password, even one attached to a result by mistake or echoed by a server', () => {
    const password = 'S3cret-Pa55'
    const leaky = {
      ...FAILED_TEST,
      password,
      server: { ...FAILED_TEST.server, password },
      serverResponse: `NO login failed for annabel.smith@example.com with ${password}`,
    } as TestResult
    for (const maskUsernames of [true, false]) {
      const report = buildReport({ scan: SCAN, tests: [{ at: AT, result: leaky }], app: APP, maskUsernames, secrets: [password] })
      expect(formatReportJson(report)).not.toContain(password)
      expect(formatReportText(report)).not.toContain(password)
      expect(JSON.stringify(report)).not.toMatch(/"password"\s*:/)
    }
  })

  it('says so plainly when nothing was scanned or tested yet', () => {
    const text = formatReportText(buildReport({ scan: null, tests: [], app: APP }))
    expect(text).toContain('Scan: not run yet')
    expect(text).toContain('(no scan yet)')
    expect(text).toContain('(no test run yet)')
    expect(text).toContain('(none pasted)')
  })

  it('counts what a scan read, and tells a scan that found nothing from no scan at all', () => {
    expect(formatReportText(buildReport({ scan: SCAN, tests: [], app: APP }))).toContain('Scan: 2 accounts found, 2 places read')
    const empty = formatReportText(buildReport({ scan: { accounts: [], sources: [] }, tests: [], app: APP }))
    expect(empty).toContain('Scan: 0 accounts found, 0 places read')
    expect(empty).toContain('(no mail program found in the places checked)')
    expect(empty).not.toContain('(no scan yet)')
  })

  it('includes the last pasted error, masked like the rest: known names and any other address', () => {
    const pasted = 'IMAP login failed for annabel.smith@example.com (user asmith); contact helpdesk.person@corp.example'
    const masked = buildReport({ scan: SCAN, tests: [], app: APP, pastedError: pasted })
    expect(masked.pastedError).toContain('IMAP login failed for')
    expect(formatReportText(masked)).toContain('Last pasted error')
    expect(formatReportJson(masked)).not.toMatch(PRIVATE)
    expect(formatReportText(masked)).not.toMatch(/helpdesk\.person/)
    const full = buildReport({ scan: SCAN, tests: [], app: APP, pastedError: pasted, maskUsernames: false })
    expect(full.pastedError).toBe(pasted)
  })
})
