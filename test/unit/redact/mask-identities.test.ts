import { describe, expect, it } from 'vitest'
import { maskAddressesIn, maskEmail, maskHomePath, maskIdentities, maskLocalPart, maskUsername } from '../../../src/redact/mask-identities.js'
import { redactAccount, redactScan } from '../../../src/redact/redact-scan.js'
import { SECRET_PLACEHOLDER, removeSecrets } from '../../../src/redact/remove-secrets.js'
import { IMAP_ACCOUNT, SCAN } from '../report/fixtures.js'

describe('masking values', () => {
  it('keeps the first character and the domain of an address', () => {
    expect(maskEmail('john.doe@example.com')).toBe('j***@example.com')
    expect(maskLocalPart('')).toBe('')
    expect(maskUsername('jdoe')).toBe('j***')
  })

  it('masks the account name inside macOS, Linux and Windows home paths only', () => {
    expect(maskHomePath('/Users/annabel/Library/Mail')).toBe('/Users/a***/Library/Mail')
    expect(maskHomePath('/home/annabel/.thunderbird')).toBe('/home/a***/.thunderbird')
    expect(maskHomePath('C:\\Users\\Annabel\\AppData\\Roaming\\Thunderbird')).toBe('C:\\Users\\A***\\AppData\\Roaming\\Thunderbird')
    expect(maskHomePath('/Users/Shared/Mail')).toBe('/Users/Shared/Mail')
    expect(maskHomePath('/tmp/fixture-home/Library/Mail')).toBe('/tmp/fixture-home/Library/Mail')
  })
})

describe('scrubbing free text', () => {
  it('masks an address and its local part wherever they appear, in any case', () => {
    const text = 'Login for ANNABEL.SMITH@example.com failed; user annabel.smith unknown'
    const out = maskIdentities(text, ['annabel.smith@example.com'])
    expect(out.toLowerCase()).not.toContain('annabel.smith')
    expect(out).toContain('@example.com')
  })

  it('removes a password entirely, a short one wherever it shows (even inside a word)', () => {
    expect(removeSecrets('pass=Hunter2! sent', ['Hunter2!'])).toBe(`pass=${SECRET_PLACEHOLDER} sent`)
    expect(removeSecrets('abc and abcdef', ['abc'])).toBe(`${SECRET_PLACEHOLDER} and ${SECRET_PLACEHOLDER}def`)
  })
})

describe('redacting a scan (scan --redact, privacy mode)', () => {
  it('masks the address, both usernames, the name and the warnings of an account', () => {
    const out = JSON.stringify(redactAccount(IMAP_ACCOUNT))
    expect(out).not.toMatch(/annabel|asmith/i)
    expect(out).toContain('imap.example.com')
    expect(out).toContain('smtp.example.com')
  })

  it('masks the computer account name in source locations and messages but keeps the fix', () => {
    const out = redactScan(SCAN)
    expect(JSON.stringify(out)).not.toMatch(/annabel|asmith|bertrand/i)
    expect(out.sources[1]?.fix?.steps).toEqual(SCAN.sources[1]?.fix?.steps)
    expect(out.sources[1]?.status).toBe('permission-denied')
  })
})

describe('masking addresses nobody told us about', () => {
  it('masks every address in free text, leaves masked ones, hosts and URLs alone', () => {
    expect(maskAddressesIn('AUTHENTICATE failed for Jane.Doe+crm@Company.co.uk (try again)')).toBe(
      'AUTHENTICATE failed for J***@Company.co.uk (try again)',
    )
    expect(maskAddressesIn('a@b.example and c.d@e.example')).toBe('a***@b.example and c***@e.example')
    const untouched = 'j***@example.com on imap.example.com:993, see https://support.google.com/accounts/answer/185833'
    expect(maskAddressesIn(untouched)).toBe(untouched)
  })
})

describe('masking whole tokens only', () => {
  it('masks a username standing alone, never inside another word', () => {
    expect(maskIdentities('Hello sam, your samples are ready', ['sam'])).toBe('Hello s***, your samples are ready')
    expect(maskIdentities('SAM logged in; Sam.', ['sam'])).toBe('s*** logged in; s***.')
  })

  it('leaves an already masked value and a domain that merely contains the name alone', () => {
    expect(maskIdentities('m***.bakery-shop.example', ['bakery'])).toBe('m***.bakery-shop.example')
    expect(maskIdentities('see sam-shop.example and sam.smith', ['sam'])).toBe('see sam-shop.example and sam.smith')
  })

  it('masks an address, and its local part before an @ or standing alone', () => {
    expect(maskIdentities('for sam@bakery.example: sam', ['sam@bakery.example'])).toBe('for s***@bakery.example: s***')
    expect(maskIdentities('sam@other.example', ['sam@bakery.example'])).toBe('s***@other.example')
  })
})
