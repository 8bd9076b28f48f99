import { describe, expect, it } from 'vitest'
import { isAllowedHelpUrl } from '../../../src/diagnose/help-links.js'
import { catalogById } from '../../../src/providers/catalog.js'
import { PROVIDERS } from '../../../src/providers/identify.js'

// At least these providers: the big ones, and the regional ones users meet most.
const REQUIRED = [
  'gmail', 'google-workspace', 'microsoft-365', 'outlook-com', 'icloud', 'yahoo', 'aol', 'att', 'verizon', 'comcast',
  'zoho', 'fastmail', 'gmx', 'web-de', 'mail-com', 'yandex', 'mail-ru', 'proton', 't-online', 'qq', '163', 'naver',
  'godaddy', 'rackspace', 'ionos', 'orange', 'free', 'libero',
]

describe('hand-kept provider policy', () => {
  it('has one entry per required provider, with unique ids', () => {
    const ids = PROVIDERS.map((p) => p.policy.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of REQUIRED) expect(ids).toContain(id)
  })

  it('links only to allow-listed https help pages', () => {
    for (const { policy } of PROVIDERS) {
      for (const url of [policy.appPasswordUrl, policy.enableImapUrl].filter((u): u is string => !!u)) {
        expect(isAllowedHelpUrl(url), `${policy.id}: ${url}`).toBe(true)
      }
    }
  })

  it('says in plain words what to type, with a page to make an app password where one is needed', () => {
    for (const { policy } of PROVIDERS) {
      expect(policy.notes.length, policy.id).toBeGreaterThan(0)
      if (policy.password === 'app-password' || policy.password === 'mail-password') expect(policy.appPasswordUrl, policy.id).toBeTruthy()
    }
  })

  it('states the dated facts', () => {
    const notes = (id: string) => PROVIDERS.find((p) => p.policy.id === id)!.policy.notes.join(' ')
    expect(notes('microsoft-365')).toMatch(/1 October 2022/)
    expect(notes('outlook-com')).toMatch(/16 September 2024/)
    expect(notes('google-workspace')).toMatch(/14 March 2025/)
  })

  it('points every ISPDB id it claims at a real catalog entry', () => {
    for (const p of PROVIDERS) for (const id of p.ispdbIds) expect(catalogById(id), `${p.policy.id}: ${id}`).not.toBeNull()
  })

  it('gives Proton Mail Bridge settings the ISPDB lacks', () => {
    const proton = PROVIDERS.find((p) => p.policy.id === 'proton')!
    expect(proton.servers?.incoming[0]).toMatchObject({ host: '127.0.0.1', port: 1143, security: 'starttls' })
  })
})
