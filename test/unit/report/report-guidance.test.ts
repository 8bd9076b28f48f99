import { describe, expect, it } from 'vitest'
import { setLanguage } from '../../../src/i18n/i18n.js'
import { guidanceFor } from '../../../src/guidance/guidance.js'
import { buildReport, formatReportJson } from '../../../src/report/report.js'
import { formatReportText } from '../../../src/report/report-text.js'
import { APP, POP_ACCOUNT, SCAN } from './fixtures.js'

describe('the report carries the guidance core’s answer', () => {
  const guidance = Object.fromEntries(SCAN.accounts.map((a) => [a.id, guidanceFor({ email: null, account: a })]))

  it('as codes per account, never the address or the username', () => {
    const report = buildReport({ scan: SCAN, tests: [], app: APP, guidance })
    const pop = report.guidance.find((g) => g.accountId === POP_ACCOUNT.id)!
    expect(pop.blockers).toContain('pop3-account')
    expect(pop.steps[0]).toBe('move-pop3-to-imap')
    const json = JSON.stringify(report.guidance)
    for (const a of SCAN.accounts) {
      if (a.email) expect(json).not.toContain(a.email)
      if (a.incoming.username) expect(json).not.toContain(a.incoming.username)
    }
    expect(JSON.parse(formatReportJson(report)).guidance).toHaveLength(SCAN.accounts.length)
  })

  it('in the text: the blocker in the app’s words, beside the reader’s facts', () => {
    const fact = 'Apple Mail removes each message from the server as soon as it is downloaded.'
    const scan = { ...SCAN, accounts: SCAN.accounts.map((a) => (a.id === POP_ACCOUNT.id ? { ...a, warnings: [{ code: 'notes:appleMail.removedAtOnce' }] } : a)) }
    const text = formatReportText(buildReport({ scan, tests: [], app: APP, guidance }))
    expect(text.split('Blocker [pop3-account]: This account uses POP3: a CRM needs IMAP')).toHaveLength(2)
    expect(text).toContain(`Note: ${fact}`)
  })

  it('in the text: IMAP’s answer as the app words it, never lowercased into other words', async () => {
    const pop = guidance[POP_ACCOUNT.id]!
    const report = (imap: typeof pop.imap) => formatReportText(buildReport({ scan: SCAN, tests: [], app: APP, guidance: { ...guidance, [POP_ACCOUNT.id]: { ...pop, imap } } }))
    await setLanguage('de')
    try {
      // Lowercased, "Sie" (you) becomes "sie" (they), and IMAP "imap".
      expect(report('after-enabling')).toContain('Für das CRM: IMAP: Ja, nachdem Sie es eingeschaltet haben;')
      expect(report('no')).toContain('Für das CRM: IMAP: Nein: Dieser Anbieter bietet kein IMAP an;')
      expect(report('admin')).toContain('Für das CRM: IMAP: Nur wenn Ihr Administrator es erlaubt;')
    } finally {
      await setLanguage('en')
    }
    expect(report('no')).toContain('For the CRM: IMAP: No: this provider offers no IMAP;')
  })
})

describe('the text report in the reader’s language', () => {
  it('gives its moments as dates of the language (with the exact moment beside them), the password and the sign-in button by their names', async () => {
    const pop = guidanceFor({ email: null, account: POP_ACCOUNT })
    const report = buildReport({
      scan: SCAN,
      tests: [],
      app: APP,
      generatedAt: '2026-11-30T12:00:00.000Z',
      guidance: { [POP_ACCOUNT.id]: { ...pop, signIn: 'google', password: 'app-password', terms: { ...pop.terms, password: 'app-specific-password' } } },
    })
    await setLanguage('de')
    try {
      const text = formatReportText(report)
      // Noon UTC is 30 November in every time zone from UTC-11 to UTC+11.
      expect(text).toMatch(/^Erstellt: 30\. November 2026 um \d\d:\d\d:\d\d .+ \(2026-11-30T12:00:00\.000Z\)$/m)
      expect(text).toContain('Anmelde-Button: Über Google anmelden [google]')
      // The password named as the app names it (Apple's word), its code beside it for the admin.
      expect(text).toContain('Passwort: Ein app-spezifisches Passwort, nicht Ihr normales Passwort [app-password]; Anmelde-Button')
    } finally {
      await setLanguage('en')
    }
    expect(formatReportText(report)).toMatch(/^Created: November 30, 2026 at \d{1,2}:\d\d:\d\d [AP]M .+ \(2026-11-30T12:00:00\.000Z\)$/m)
  })
})
