// Exchange Autodiscover, as Microsoft's Remote Connectivity Analyzer and Thunderbird
// (comm-central mail/components/accountcreation/modules/ExchangeAutoDiscover.sys.mjs) find
// Exchange settings: the POX service (POST /autodiscover/autodiscover.xml with the address,
// learn.microsoft.com "Autodiscover Request (POX)", bb204189) on the domain and on
// autodiscover.<domain>, the host of the SRV record _autodiscover._tcp.<domain>, and the
// Autodiscover v2 JSON endpoint (/autodiscover/autodiscover.json/v1.0/<address>?Protocol=
// AutodiscoverV1), which names the POX URL to ask.
//
// What is sent: the email address, and only where Autodiscover needs it (the POX request body,
// the v2 URL path). Never a password or any Authorization header: an Exchange server that wants
// a sign-in first (HTTP 401) is reported as Exchange whose IMAP settings are not published
// without one. Only https is used (Thunderbird's plain-http redirect probe is left out).
import { DOMParser, type Element } from '@xmldom/xmldom'
import type { Protocol, Security, ServerSettings } from '../model.js'
import { childElements, childText } from './clientconfig-xml.js'
import { HttpStatusError, httpsText } from './fetch-config.js'
import type { Network } from './network.js'
import type { AddressParts } from './placeholders.js'
import { firstByPriority, track, untilAborted } from './priority.js'

/** What an Autodiscover service said. */
export interface AutodiscoverAnswer {
  /** 'settings': IMAP/POP/SMTP published; 'exchange': Exchange found, no IMAP settings. */
  kind: 'settings' | 'exchange'
  incoming: ServerSettings[]
  outgoing: ServerSettings[]
  /** The URL that answered. */
  endpoint: string
  /** Exchange Web Services URL, when the answer names one. */
  ewsUrl?: string
  /** The server wanted a sign-in before answering (HTTP 401): Exchange, settings unknown. */
  signInRequired?: boolean
}

const MAX_REDIRECTS = 3
const RESPONSE_SCHEMA = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'

function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The POX request body (learn.microsoft.com, "Autodiscover Request (POX)"). */
export function poxRequestBody(address: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>${xmlEscape(address)}</EMailAddress>
    <AcceptableResponseSchema>${RESPONSE_SCHEMA}</AcceptableResponseSchema>
  </Request>
</Autodiscover>`
}

const children = childElements
const text = childText

const IMPLICIT_TLS_PORTS = new Set([993, 995, 465])

// <Encryption> (SSL, TLS, Auto, None) wins over the older <SSL> on/off (learn.microsoft.com
// "Encryption (POX)": "TLS" is STARTTLS on the normal port); "Auto" and SSL=on go by the port.
function securityOf(protocol: Element, port: number | null): Security | null {
  const encryption = text(protocol, 'Encryption')?.toLowerCase()
  const byPort: Security = port !== null && IMPLICIT_TLS_PORTS.has(port) ? 'tls' : 'starttls'
  if (encryption === 'ssl') return 'tls'
  if (encryption === 'tls') return 'starttls'
  if (encryption === 'none') return 'none'
  if (encryption === 'auto') return byPort
  const ssl = text(protocol, 'SSL')?.toLowerCase()
  if (ssl === 'off') return 'none'
  return byPort
}

// "POP" as 1&1 writes it, "POP3" as Microsoft documents it.
const MAIL_TYPES: Record<string, Protocol> = { IMAP: 'imap', POP3: 'pop3', POP: 'pop3', SMTP: 'smtp' }

type PoxResult = { kind: 'answer'; answer: AutodiscoverAnswer } | { kind: 'redirect-url'; url: string } | { kind: 'redirect-address'; address: string }

/** Reads a POX Autodiscover response; rejects on an <Error> or a document of another kind. */
export function parsePoxResponse(xml: string, address: string, endpoint: string): PoxResult {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml')
  const root = doc.documentElement
  if (!root || root.localName !== 'Autodiscover') throw new Error(`${endpoint} sent no Autodiscover document`)
  const response = children(root, 'Response')[0]
  if (!response) throw new Error(`${endpoint} sent an Autodiscover document without a response`)
  const error = children(response, 'Error')[0]
  if (error) throw new Error(`${endpoint} answered Autodiscover error ${text(error, 'ErrorCode') ?? ''} ${text(error, 'Message') ?? ''}`.trim())
  const account = children(response, 'Account')[0]
  if (!account) throw new Error(`${endpoint} sent no account settings`)
  const action = text(account, 'Action')?.toLowerCase()
  if (action === 'redirecturl') {
    const url = text(account, 'RedirectUrl') ?? text(account, 'RedirectURL')
    if (url) return { kind: 'redirect-url', url }
  }
  if (action === 'redirectaddr') {
    const next = text(account, 'RedirectAddr')
    if (next) return { kind: 'redirect-address', address: next }
  }
  const incoming: ServerSettings[] = []
  const outgoing: ServerSettings[] = []
  let exchange = false
  let ewsUrl: string | undefined
  for (const protocol of children(account, 'Protocol')) {
    const type = text(protocol, 'Type')?.toUpperCase() ?? ''
    const mail = MAIL_TYPES[type]
    if (!mail) {
      // EXCH (inside the firewall), EXPR (Outlook Anywhere), WEB: Exchange's own protocols.
      if (type === 'EXCH' || type === 'EXPR' || type === 'WEB' || type === 'MAPIHTTP') exchange = true
      ewsUrl ??= text(protocol, 'EwsUrl') ?? text(protocol, 'ASUrl') ?? undefined
      continue
    }
    const server = text(protocol, 'Server')
    const portText = text(protocol, 'Port')
    const port = portText && /^\d{1,5}$/.test(portText) ? Number(portText) : null
    if (!server) continue
    const settings: ServerSettings = {
      protocol: mail,
      host: server.toLowerCase(),
      port,
      security: securityOf(protocol, port),
      username: text(protocol, 'LoginName') ?? address,
      auth: 'password',
    }
    ;(mail === 'smtp' ? outgoing : incoming).push(settings)
  }
  if (incoming.length > 0) return { kind: 'answer', answer: { kind: 'settings', incoming, outgoing, endpoint, ...(ewsUrl ? { ewsUrl } : {}) } }
  if (exchange || ewsUrl) return { kind: 'answer', answer: { kind: 'exchange', incoming: [], outgoing, endpoint, ...(ewsUrl ? { ewsUrl } : {}) } }
  throw new Error(`${endpoint} published neither IMAP/POP settings nor Exchange`)
}

async function askPox(url: string, address: string, network: Network, signal: AbortSignal, hops = 0): Promise<AutodiscoverAnswer> {
  let xml: string
  try {
    xml = await httpsText(new URL(url), { method: 'POST', accept: 'text/xml', body: poxRequestBody(address) }, network, signal)
  } catch (error) {
    // Exchange on premises answers 401 with NTLM/Negotiate/Basic until it gets a password,
    // which we never send: that is Exchange, with its settings behind a sign-in.
    if (error instanceof HttpStatusError && error.status === 401 && error.authenticate) {
      return { kind: 'exchange', incoming: [], outgoing: [], endpoint: url, signInRequired: true }
    }
    throw error
  }
  const result = parsePoxResponse(xml, address, url)
  if (result.kind === 'answer') return result.answer
  if (hops >= MAX_REDIRECTS) throw new Error(`${url}: too many Autodiscover redirects`)
  // Redirect to another address: Autodiscover asks again with that address (same domain only,
  // so the user's address is not handed to a third party's server unasked).
  if (result.kind === 'redirect-address') {
    const sameDomain = result.address.split('@')[1]?.toLowerCase() === address.split('@')[1]?.toLowerCase()
    if (!sameDomain) throw new Error(`${url} redirects to another domain's address`)
    return askPox(url, result.address, network, signal, hops + 1)
  }
  return askPox(result.url, address, network, signal, hops + 1)
}

/** Autodiscover v2: the JSON answer names the POX URL to ask (Protocol=AutodiscoverV1). */
async function askV2(host: string, address: string, network: Network, signal: AbortSignal): Promise<AutodiscoverAnswer> {
  const url = `https://${host}/autodiscover/autodiscover.json/v1.0/${encodeURIComponent(address)}?Protocol=AutodiscoverV1`
  const json = JSON.parse(await httpsText(new URL(url), { method: 'GET', accept: 'application/json' }, network, signal)) as { Url?: unknown }
  if (typeof json.Url !== 'string') throw new Error(`${url} named no Autodiscover URL`)
  return askPox(json.Url, address, network, signal)
}

async function srvPoxUrl(domain: string, network: Network, signal: AbortSignal): Promise<string> {
  const query = network.resolver.resolveSrv(`_autodiscover._tcp.${domain}`)
  // untilAborted does not wait for a query once the lookup is over; its late failure is expected.
  query.catch(() => undefined)
  const records = await untilAborted(query, signal)
  const best = records.filter((r) => r.name && r.name !== '.').sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0]
  if (!best) throw new Error(`no _autodiscover._tcp SRV record for ${domain}`)
  const host = best.name.toLowerCase().replace(/\.$/, '')
  return `https://${host}${best.port && best.port !== 443 ? `:${best.port}` : ''}/autodiscover/autodiscover.xml`
}

/**
 * Ask every Autodiscover place at once; published IMAP/POP settings win by priority (the
 * domain, autodiscover.<domain>, the SRV host, then v2 on each), else any answer that shows
 * Exchange. Rejects when nothing answered as Autodiscover.
 */
export async function autodiscoverSettings(parts: AddressParts, network: Network, signal: AbortSignal): Promise<AutodiscoverAnswer> {
  const { domain, address } = parts
  const runs: (() => Promise<AutodiscoverAnswer>)[] = [
    () => askPox(`https://${domain}/autodiscover/autodiscover.xml`, address, network, signal),
    () => askPox(`https://autodiscover.${domain}/autodiscover/autodiscover.xml`, address, network, signal),
    async () => askPox(await srvPoxUrl(domain, network, signal), address, network, signal),
    () => askV2(domain, address, network, signal),
    () => askV2(`autodiscover.${domain}`, address, network, signal),
  ]
  const attempts = runs.map((run) => track(run()))
  const withSettings = attempts.map((a) => track(a.promise.then((answer) => (answer.kind === 'settings' ? answer : Promise.reject(new Error('no IMAP settings'))))))
  try {
    return (await firstByPriority(withSettings)).value
  } catch {
    // Every attempt has settled by now (firstByPriority rejects only after all did).
  }
  const settled = await Promise.allSettled(attempts.map((a) => a.promise))
  const exchange = settled.find((s): s is PromiseFulfilledResult<AutodiscoverAnswer> => s.status === 'fulfilled')
  if (exchange) return exchange.value
  throw new Error(`no Autodiscover service answered for ${domain}`)
}
