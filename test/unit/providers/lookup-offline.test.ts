import { describe, expect, it } from 'vitest'
import { createInspector } from '../../../src/inspector.js'
import { LookupInputError, lookupSettings } from '../../../src/providers/lookup.js'
import { said } from '../../helpers/said.js'

describe('lookup --offline (the catalog only)', () => {
  it('answers from the catalog with the source named and IMAP first', async () => {
    const result = await lookupSettings('Jane@GMX.de', { offline: true })
    expect(result).toMatchObject({ email: 'Jane@gmx.de', domain: 'gmx.de', provider: { id: 'gmx' }, source: 'catalog' })
    expect(result.incoming[0]).toMatchObject({ protocol: 'imap', host: 'imap.gmx.net', username: 'Jane@gmx.de' })
    expect(result.incoming.map((s) => s.protocol)).toContain('pop3')
    expect(said(result.notes)).toMatch(/POP3 und IMAP Zugriff erlauben/)
  })

  it('shows "password" for app-password providers and OAuth2 for Microsoft', async () => {
    const gmail = await lookupSettings('a@gmail.com', { offline: true })
    expect(gmail.incoming[0]?.auth).toBe('password')
    const outlook = await lookupSettings('a@outlook.com', { offline: true })
    expect(outlook.incoming[0]?.auth).toBe('oauth2')
  })

  it('gives Proton Mail Bridge settings and a custom Microsoft 365 tenant domain', async () => {
    const proton = await lookupSettings('a@proton.me', { offline: true })
    expect(proton.incoming[0]).toMatchObject({ host: '127.0.0.1', port: 1143, security: 'starttls' })
    const tenant = await lookupSettings('a@contoso.onmicrosoft.com', { offline: true })
    expect(tenant.provider?.id).toBe('microsoft-365')
    expect(tenant.incoming[0]?.host).toBe('outlook.office365.com')
  })

  it('says so when the domain is not in the catalog', async () => {
    const result = await lookupSettings('a@unknown-company.example', { offline: true })
    expect(result).toMatchObject({ source: 'none', incoming: [], outgoing: [], provider: null })
    expect(said(result.notes[0])).toMatch(/not in the built-in provider list/)
  })

  it.each(['', 'no-at-sign', 'a@', '@example.com', 'a b@example.com', 'a@exa mple.com'])('refuses %j as an address', async (email) => {
    await expect(lookupSettings(email, { offline: true })).rejects.toThrow(LookupInputError)
  })

  it('is what the API serves (lookup and providerPolicy)', async () => {
    const inspector = createInspector({ home: '/nonexistent' })
    expect((await inspector.lookup('a@icloud.com', { offline: true })).provider?.id).toBe('icloud')
    expect((await inspector.providerPolicy({ email: 'a@t-online.de' }))?.password).toBe('mail-password')
    expect(await inspector.providerPolicy({ host: 'mail.unknown-company.example' })).toBeNull()
  })
})
