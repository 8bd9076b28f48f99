import { describe, expect, it } from 'vitest'
import { ConfigFormatError, MAX_CONFIG_BYTES, parseClientConfig } from '../../../src/providers/clientconfig-xml.js'

const doc = (inner: string, outer = '') =>
  `<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="Example.COM">${inner}</emailProvider>${outer}</clientConfig>`

describe('parseClientConfig', () => {
  it('maps socketType and authentication to the model', () => {
    const config = parseClientConfig(
      doc(`<domain>example.com</domain><domain>EXAMPLE.net</domain><displayName>Example Mail</displayName>
        <incomingServer type="imap"><hostname>IMAP.example.com</hostname><port>993</port><socketType>SSL</socketType>
          <username>%EMAILADDRESS%</username><authentication>OAuth2</authentication><authentication>password-cleartext</authentication></incomingServer>
        <incomingServer type="pop3"><hostname>pop.example.com</hostname><port>110</port><socketType>STARTTLS</socketType>
          <authentication>password-encrypted</authentication></incomingServer>
        <outgoingServer type="smtp"><hostname>smtp.example.com</hostname><port>25</port><socketType>plain</socketType>
          <authentication>client-IP-address</authentication></outgoingServer>`),
    )
    expect(config.id).toBe('example.com')
    expect(config.name).toBe('Example Mail')
    expect(config.domains).toEqual(['example.com', 'example.net'])
    expect(config.incoming[0]).toEqual({
      protocol: 'imap', host: 'imap.example.com', port: 993, security: 'tls', username: '%EMAILADDRESS%', auth: 'oauth2', auths: ['oauth2', 'password'],
    })
    expect(config.incoming[1]).toMatchObject({ protocol: 'pop3', security: 'starttls', auth: 'password-encrypted', username: null })
    expect(config.outgoing[0]).toMatchObject({ security: 'none', auth: 'none' })
  })

  it('keeps Exchange endpoints, skips OWA, and takes the enable page from beside emailProvider', () => {
    const config = parseClientConfig(
      doc(
        `<incomingServer type="imap"><hostname>a</hostname></incomingServer>
         <incomingServer type="ews"><username>%EMAILADDRESS</username><url>https://mail.example.com/ews/exchange.asmx</url></incomingServer>
         <incomingServer type="owa"><url>https://mail.example.com/owa/</url></incomingServer>`,
        '<enable visiturl="https://example.com/enable-imap"><instruction>x</instruction></enable>',
      ),
    )
    expect(config.incoming.map((s) => s.protocol)).toEqual(['imap', 'ews'])
    expect(config.incoming[1]?.url).toBe('https://mail.example.com/ews/exchange.asmx')
    expect(config.enableUrl).toBe('https://example.com/enable-imap')
  })

  it('ignores a port out of range, an unknown socketType and a non-https endpoint', () => {
    const config = parseClientConfig(
      doc(`<incomingServer type="imap"><hostname>a</hostname><port>70000</port><socketType>weird</socketType><authentication>magic</authentication></incomingServer>
           <incomingServer type="ews"><url>http://plain.example/ews</url></incomingServer>`),
    )
    expect(config.incoming[0]).toMatchObject({ port: null, security: null, auth: 'unknown' })
    expect(config.incoming[1]?.url).toBeUndefined()
  })

  it.each([
    ['not XML at all', 'this is not xml'],
    ['truncated XML', doc('<incomingServer type="imap"><hostname>a</hostname>').slice(0, 60)],
    ['an HTML error page', '<html><body>404</body></html>'],
    ['no emailProvider', '<clientConfig version="1.1"></clientConfig>'],
    ['no incoming server', doc('<domain>a.example</domain>')],
    ['binary bytes', '\u0000\u0001\u0002\u00ff<clientConfig>'],
  ])('refuses %s with a ConfigFormatError', (_name, text) => {
    expect(() => parseClientConfig(text)).toThrow(ConfigFormatError)
  })

  it('refuses a huge file before parsing it', () => {
    const huge = doc(`<incomingServer type="imap"><hostname>a</hostname></incomingServer>${'<!-- x -->'.repeat(MAX_CONFIG_BYTES / 10 + 1)}`)
    expect(() => parseClientConfig(huge)).toThrow(/too large/)
  })
})
