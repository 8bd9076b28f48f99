// Fills a server template in for one address. Placeholders as Thunderbird replaces them in
// AccountConfig.replaceVariables (AccountConfig.sys.mjs). Two office365.com entries in the
// ISPDB write "%EMAILADDRESS" without the closing "%" (a typo in the data, see
// data/ispdb/README.md), so the closing "%" is optional for that one.
import { domainToASCII } from 'node:url'
import type { ServerSettings } from '../model.js'
import type { ServerTemplate } from './clientconfig-xml.js'

export interface AddressParts {
  address: string
  localPart: string
  domain: string
}

/** "Jane.Doe@Example.COM" -> parts with the domain lower-cased; null when it is no address. */
export function splitAddress(email: string): AddressParts | null {
  const address = email.trim()
  const at = address.lastIndexOf('@')
  if (at <= 0 || at === address.length - 1) return null
  const localPart = address.slice(0, at)
  // An international domain (müller.de) becomes its DNS form (xn--mller-kva.de), as a resolver needs.
  const domain = domainToASCII(address.slice(at + 1).replace(/\.$/, ''))
  if (/[\s<>()]/.test(localPart) || !/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(domain)) return null
  return { address: `${localPart}@${domain}`, localPart, domain }
}

export function fillPlaceholders(text: string, parts: AddressParts): string {
  return text
    .replace(/%EMAILADDRESS%?/g, parts.address)
    .replace(/%EMAILLOCALPART%/g, parts.localPart)
    .replace(/%EMAILDOMAIN%/g, parts.domain)
    .replace(/%REALNAME%/g, '')
}

export function resolveServer(template: ServerTemplate, parts: AddressParts): ServerSettings {
  const settings: ServerSettings = {
    protocol: template.protocol,
    host: template.host === null ? null : fillPlaceholders(template.host, parts).toLowerCase(),
    port: template.port,
    security: template.security,
    username: template.username === null ? null : fillPlaceholders(template.username, parts),
    auth: template.auth,
  }
  if (template.url) settings.url = fillPlaceholders(template.url, parts)
  return settings
}
