import { describe, expect, it } from 'vitest'
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
})
