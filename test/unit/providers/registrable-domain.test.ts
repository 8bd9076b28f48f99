import { describe, expect, it } from 'vitest'
import { domainChain, nextSubdomain, normalizeHost, registrableDomain } from '../../../src/providers/registrable-domain.js'

describe('registrableDomain', () => {
  it.each([
    ['mx1.mail.example.com', 'example.com'],
    ['mx.example.co.uk', 'example.co.uk'],
    ['mail.bigpond.com.au', 'bigpond.com.au'],
    ['pop.bay.wind.ne.jp', 'wind.ne.jp'],
    ['smtp.example.co.jp', 'example.co.jp'],
    ['example.com', 'example.com'],
    ['co.uk', 'co.uk'],
    ['MX.Example.COM.', 'example.com'],
  ])('%s -> %s', (host, base) => {
    expect(registrableDomain(host)).toBe(base)
  })

  it('rejects what is not a host name', () => {
    expect(normalizeHost('exa mple.com')).toBeNull()
    expect(registrableDomain('-bad-.com')).toBeNull()
    expect(registrableDomain('')).toBeNull()
  })

  it('gives the next subdomain and the chain down to the base, most specific first', () => {
    expect(nextSubdomain('x.mail.protection.outlook.com')).toBe('protection.outlook.com')
    expect(nextSubdomain('outlook.com')).toBeNull()
    expect(domainChain('a.b.example.co.uk')).toEqual(['a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk'])
  })
})
