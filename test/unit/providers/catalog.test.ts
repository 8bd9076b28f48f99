import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ISPDB_DIR, buildCatalog } from '../../../scripts/generate-catalog.js'
import { catalogByDomain, catalogFile, catalogByHost, loadCatalog } from '../../../src/providers/catalog.js'
import { resolveServer, splitAddress } from '../../../src/providers/placeholders.js'

describe('the ISPDB catalog', () => {
  it('is the generator output for the ISPDB snapshot in data/ispdb, byte for byte (deterministic)', () => {
    const first = JSON.stringify(buildCatalog(ISPDB_DIR).catalog, null, 1)
    const second = JSON.stringify(buildCatalog(ISPDB_DIR).catalog, null, 1)
    expect(first).toBe(second)
    expect(`${first}\n`).toBe(readFileSync(catalogFile(), 'utf8'))
  })

  it('names the source commit and licence, with the MPL-2.0 notice beside it', () => {
    const catalog = loadCatalog()
    expect(catalog.source.commit).toBe('c6ad79659b5fc321d1593ec4c277815b83e5dec5')
    expect(catalog.source.licence).toBe('MPL-2.0')
    const notice = readFileSync(catalogFile().replace(/\.json$/, '.NOTICE.md'), 'utf8')
    expect(notice).toMatch(/Mozilla Public License, version 2\.0/)
    expect(notice).toMatch(/c6ad79659b5fc321d1593ec4c277815b83e5dec5/)
  })

  it('is indexed by every <domain>, MX domains included', () => {
    expect(catalogByDomain('cox.net')?.id).toBe('yahoo.com')
    expect(catalogByDomain('yahoodns.net')?.id).toBe('yahoo.com')
    expect(catalogByDomain('mail.protection.outlook.com')?.id).toBe('office365.com')
    expect(catalogByDomain('messagingengine.com')?.id).toBe('messagingengine.com')
    expect(catalogByDomain('GMAIL.com.')?.id).toBe('googlemail.com')
    expect(catalogByDomain('fastmail.com')).toBeNull()
  })

  it('finds an MX host under its most specific known parent domain', () => {
    expect(catalogByHost('contoso-com.mail.protection.outlook.com')?.id).toBe('office365.com')
    expect(catalogByHost('mta7.am0.yahoodns.net')?.id).toBe('yahoo.com')
  })

  it('resolves placeholders per address, tolerating the %EMAILADDRESS typo', () => {
    const parts = splitAddress('Jane.Doe@Contoso.onmicrosoft.com')!
    const office = catalogByDomain('office365.com')!.config
    const ews = office.incoming.find((s) => s.protocol === 'ews')!
    expect(ews.username).toBe('%EMAILADDRESS')
    expect(resolveServer(ews, parts).username).toBe('Jane.Doe@contoso.onmicrosoft.com')
    const free = catalogByDomain('free.fr')!.config
    expect(resolveServer(free.incoming[0]!, splitAddress('marie@free.fr')!).username).toBe('marie')
  })

  it('reads an address with an international domain in its DNS form, and refuses a non-address', () => {
    expect(splitAddress('Jörg@Müller.de')).toEqual({ address: 'Jörg@xn--mller-kva.de', localPart: 'Jörg', domain: 'xn--mller-kva.de' })
    expect(splitAddress('no-at-sign.example')).toBeNull()
    expect(splitAddress('a@b')).toBeNull()
    expect(splitAddress('a@exa mple.com')).toBeNull()
  })

  it('maps every server to the model words (no raw ISPDB values left)', () => {
    const catalog = loadCatalog()
    for (const provider of Object.values(catalog.providers)) {
      for (const s of [...provider.incoming, ...provider.outgoing]) {
        expect([null, 'tls', 'starttls', 'none']).toContain(s.security)
        expect([null, 'password', 'password-encrypted', 'oauth2', 'ntlm', 'gssapi', 'client-certificate', 'none']).toContain(s.auth)
      }
    }
  })
})
