import { describe, expect, it } from 'vitest'
import { explainText } from '../../../src/diagnose/explain.js'

describe('explainText', () => {
  it('turns a bare LOGIN failed. into oauth-required with a Microsoft host', () => {
    expect(explainText('NO LOGIN failed.', { host: 'outlook.office365.com' }).verdict).toBe('oauth-required')
    expect(explainText('NO LOGIN failed.', { email: 'sam@outlook.com' }).verdict).toBe('oauth-required')
    expect(explainText('NO LOGIN failed.').verdict).toBe('auth-failed')
  })

  it('recognises CRM-side consent and POP3 messages', () => {
    expect(explainText('AADSTS90094: The grant requires admin permission.').verdict).toBe('admin-consent-required')
    expect(explainText('Need admin approval\nContoso CRM needs permission to access resources in your organization').verdict).toBe('admin-consent-required')
    expect(explainText('The user does not have access to consent to this app').verdict).toBe('admin-consent-required')
    expect(explainText('Sorry, POP3 is not supported').verdict).toBe('pop3-unsupported')
  })

  it('returns the JSON contract fields {verdict, title, advice, links}', () => {
    const e = explainText('534-5.7.9 Application-specific password required.', { email: 'a@gmail.com' })
    expect(Object.keys(e).sort()).toEqual(['advice', 'links', 'title', 'verdict'])
    expect(e.verdict).toBe('app-password-required')
    expect(e.links).toEqual(e.advice.links)
    expect(e.links[0]?.url).toMatch(/^https:\/\/support\.google\.com\//)
  })

  it('keeps unknown text as the server words', () => {
    const e = explainText('Something nobody recognises')
    expect(e.verdict).toBe('unknown')
    expect(e.advice.what).toContain('Something nobody recognises')
  })
})
