// Reads Thunderbird's autoconfig format (clientConfig version 1.1), the format of the ISPDB
// files, of autoconfig.<domain> and of /.well-known/autoconfig. Format:
// https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat; Thunderbird reads it
// in comm-central mail/components/accountcreation/modules/readFromXML.sys.mjs.
import { DOMParser, type Element } from '@xmldom/xmldom'
import type { Auth, Protocol, Security } from '../model.js'

/** A server as the file describes it; username and host may still hold %PLACEHOLDERS%. */
export interface ServerTemplate {
  protocol: Protocol
  host: string | null
  port: number | null
  security: Security | null
  username: string | null
  /** The first method the file lists (Thunderbird's readFromXML takes the first it supports). */
  auth: Auth | null
  /** Every method listed, in the file's order. */
  auths: Auth[]
  url?: string
}

export interface ProviderConfig {
  id: string
  name: string
  domains: string[]
  incoming: ServerTemplate[]
  outgoing: ServerTemplate[]
  /** <enable visiturl>: the page where the user switches IMAP/POP access on. */
  enableUrl?: string
}

/** A hostile or huge file is refused before parsing (ISPDB's biggest file is ~20 kB). */
export const MAX_CONFIG_BYTES = 512 * 1024

const SOCKET_TYPES: Record<string, Security> = { ssl: 'tls', starttls: 'starttls', plain: 'none' }

// Values from readFromXML.sys.mjs; "plain"/"secure" are the pre-1.1 spellings.
const AUTH_METHODS: Record<string, Auth> = {
  'password-cleartext': 'password',
  plain: 'password',
  'password-encrypted': 'password-encrypted',
  secure: 'password-encrypted',
  oauth2: 'oauth2',
  ntlm: 'ntlm',
  gssapi: 'gssapi',
  'tls-client-cert': 'client-certificate',
  'client-ip-address': 'none',
  'smtp-after-pop': 'none',
  none: 'none',
}

const INCOMING_TYPES: Record<string, Protocol> = {
  imap: 'imap',
  pop3: 'pop3',
  exchange: 'exchange',
  ews: 'ews',
  graph: 'graph',
}

export class ConfigFormatError extends Error {}

export function childElements(parent: Element, name: string): Element[] {
  const out: Element[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) out.push(node as Element)
  }
  return out
}

export function childText(parent: Element, name: string): string | null {
  const el = childElements(parent, name)[0]
  const text = el?.textContent?.trim()
  return text ? text : null
}

function readServer(el: Element, protocol: Protocol): ServerTemplate {
  const portText = childText(el, 'port')
  const port = portText && /^\d{1,5}$/.test(portText) ? Number(portText) : null
  const socket = childText(el, 'socketType')?.toLowerCase()
  const auths = childElements(el, 'authentication')
    .map((a) => a.textContent?.trim().toLowerCase() ?? '')
    .filter((a) => a.length > 0)
    .map((a) => AUTH_METHODS[a] ?? 'unknown')
  const url = childText(el, 'url') ?? childText(el, 'ewsURL') ?? undefined
  const server: ServerTemplate = {
    protocol,
    host: childText(el, 'hostname')?.toLowerCase() ?? null,
    port: port !== null && port > 0 && port < 65536 ? port : null,
    security: socket ? (SOCKET_TYPES[socket] ?? null) : null,
    username: childText(el, 'username'),
    auth: auths[0] ?? null,
    auths,
  }
  if (url && /^https:\/\//i.test(url)) server.url = url
  return server
}

/**
 * Parse one clientConfig document. Throws ConfigFormatError for anything that is not a usable
 * config (not XML, no emailProvider, no incoming server), never anything else.
 */
export function parseClientConfig(xml: string): ProviderConfig {
  if (xml.length > MAX_CONFIG_BYTES) throw new ConfigFormatError('The settings file is too large')
  let doc
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new ConfigFormatError(message)
      },
    }).parseFromString(xml, 'text/xml')
  } catch (error) {
    throw new ConfigFormatError(`The settings file is not valid XML: ${(error as Error).message}`)
  }
  const root = doc.documentElement
  if (!root || root.localName !== 'clientConfig') throw new ConfigFormatError('Not a clientConfig file')
  const provider = childElements(root, 'emailProvider')[0]
  if (!provider) throw new ConfigFormatError('No emailProvider in the settings file')

  const incoming: ServerTemplate[] = []
  for (const el of childElements(provider, 'incomingServer')) {
    const protocol = INCOMING_TYPES[el.getAttribute('type')?.toLowerCase() ?? '']
    if (protocol) incoming.push(readServer(el, protocol))
  }
  const outgoing = childElements(provider, 'outgoingServer')
    .filter((el) => el.getAttribute('type')?.toLowerCase() === 'smtp')
    .map((el) => readServer(el, 'smtp'))
  if (incoming.length === 0) throw new ConfigFormatError('No incoming server in the settings file')

  const domains = [
    ...new Set(
      childElements(provider, 'domain')
        .map((d) => d.textContent?.trim().toLowerCase() ?? '')
        .filter((d) => /^[a-z0-9.-]+$/.test(d)),
    ),
  ]
  // <enable> sits inside or beside emailProvider depending on the file (googlemail.com vs gmx.net).
  const enable = [...childElements(provider, 'enable'), ...childElements(root, 'enable')][0]
  const enableUrl = enable?.getAttribute('visiturl') ?? undefined
  const id = provider.getAttribute('id')?.trim().toLowerCase() || domains[0] || 'unknown'
  const config: ProviderConfig = {
    id,
    name: childText(provider, 'displayName') ?? childText(provider, 'displayShortName') ?? id,
    domains,
    incoming,
    outgoing,
  }
  if (enableUrl && /^https:\/\//i.test(enableUrl)) config.enableUrl = enableUrl
  return config
}
