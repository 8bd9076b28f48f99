// Finds the settings for an address in Thunderbird's order (FindConfig.sys.mjs
// parallelAutoDiscovery, FetchConfig.sys.mjs, GuessConfig.sys.mjs): the offline catalog first;
// then, all in parallel and staggered, the domain's own autoconfig file, its /.well-known/
// file, the online ISPDB, the MX host's provider, RFC 6186/8314 SRV records and guessing.
// The highest-priority success wins; one overall deadline cancels everything still running.
import { setMaxListeners } from 'node:events'
import type { Auth, LookupResult, LookupSource, Note, ServerSettings } from '../model.js'
import { note } from '../words/words.js'
import { t } from '../i18n/i18n.js'
import { providerNotes } from './provider-notes.js'
import { catalogByDomain, catalogByHost, catalogById } from './catalog.js'
import type { ProviderConfig } from './clientconfig-xml.js'
import { autodiscoverSettings, type AutodiscoverAnswer } from './autodiscover.js'
import { autoconfigUrls, fetchClientConfig, ISPDB_URL } from './fetch-config.js'
import { guessSettings } from './guess.js'
import { identifyProvider, knowledgeByEmailDomain, ownServers } from './identify.js'
import { createNetwork, type Network, type NetworkOptions } from './network.js'
import { resolveServer, splitAddress, type AddressParts } from './placeholders.js'
import { bestSoFar, delay, firstByPriority, track, untilAborted, withSignal } from './priority.js'
import type { PolicyEntry } from './policy-types.js'
import { nextSubdomain, registrableDomain } from './registrable-domain.js'
import { srvSettings } from './srv.js'

export interface LookupOptions extends NetworkOptions {
  /** Catalog only: no network at all. */
  offline?: boolean
  /** The one overall deadline (ms); default 8000. */
  timeoutMs?: number
  /** Each network step's own timeout (ms); default 6000, never past the deadline. */
  stepTimeoutMs?: number
  /** Each guessing probe's own timeout (ms); default 4000. */
  probeTimeoutMs?: number
  /** Delay between starting two network steps or probes (ms); default 50. */
  staggerMs?: number
  /** The online ISPDB base URL (tests point it at a loopback server). */
  ispdbUrl?: string
  signal?: AbortSignal
}

export const DEFAULT_LOOKUP_TIMEOUT_MS = 8000

/** The steps before Autodiscover (autoconfig, well-known, ISPDB, MX, SRV) send no address. */
const ADDRESS_FREE_STEPS = 5

/** Not an email address: said in the core's language, with its code (`errors:notAnEmail`). */
export class LookupInputError extends Error {
  readonly code = 'errors:notAnEmail'

  constructor(readonly value: string) {
    super(t('errors:notAnEmail', { value }))
    this.name = 'LookupInputError'
  }
}

/** A server filled in for the address, still carrying every auth method the source listed. */
type FoundServer = ServerSettings & { auths?: Auth[] }

interface Found {
  incoming: FoundServer[]
  outgoing: FoundServer[]
  notes: Note[]
  mx?: string
  exchange?: AutodiscoverAnswer
}

function fromConfig(config: Pick<ProviderConfig, 'incoming' | 'outgoing'>, parts: AddressParts, notes: Note[]): Found {
  return {
    incoming: config.incoming.map((t) => ({ ...resolveServer(t, parts), auths: t.auths })),
    outgoing: config.outgoing.map((t) => ({ ...resolveServer(t, parts), auths: t.auths })),
    notes,
  }
}

/**
 * The offline answer: our own table where it has servers (Proton Bridge; yahoo.co.jp, whose
 * ISPDB file lists POP3 only; providers the ISPDB lacks), else the ISPDB catalog.
 */
export function catalogSettings(parts: AddressParts): Found | null {
  const own = knowledgeByEmailDomain(parts.domain)
  const ownFound = own ? identifyProvider({ email: parts.address }) : null
  const mine = ownFound ? ownServers(ownFound) : null
  if (own && mine) return fromConfig(mine, parts, [note('notes:lookup.ownNotes', { provider: own.policy.name })])
  const entry = catalogByDomain(parts.domain)
  if (entry) return fromConfig(entry.config, parts, [note('notes:lookup.catalog')])
  const viaIspdb = own?.ispdbIds.map((id) => catalogById(id)).find((e) => e !== null)
  if (viaIspdb) return fromConfig(viaIspdb.config, parts, [note('notes:lookup.catalogUnder', { provider: own!.policy.name })])
  return null
}

async function fetchFound(url: string, parts: AddressParts, network: Network, signal: AbortSignal, said: Note): Promise<Found> {
  return fromConfig(await fetchClientConfig(url, network, signal), parts, [said])
}

async function mxStep(parts: AddressParts, network: Network, signal: AbortSignal, ispdbUrl: string): Promise<Found> {
  const records = await untilAborted(network.resolver.resolveMx(parts.domain), signal)
  const best = records.filter((r) => r.exchange).sort((a, b) => a.priority - b.priority)[0]
  if (!best) throw new Error(`no MX record for ${parts.domain}`)
  const mx = best.exchange.toLowerCase().replace(/\.$/, '')
  const base = registrableDomain(mx)
  if (!base || base === parts.domain) throw new Error('the MX host is in the address domain itself')
  const said = note('notes:lookup.mx', { domain: parts.domain, mx })
  // Our own table first: it tells a business product from the consumer one of the same
  // company (mxbiz1.qq.com is Tencent Exmail, not QQ Mail), which the ISPDB cannot.
  const who = identifyProvider({ email: parts.address, mx })
  const mine = who && who.by === 'mx' ? ownServers(who) : null
  if (mine) return { ...fromConfig(mine, parts, [said]), mx }
  const known = catalogByHost(mx)
  if (known) return { ...fromConfig(known.config, parts, [said]), mx }
  // FetchConfig.fetchConfigForMX: autoconfig (https only, no .well-known) and ISPDB for the
  // MX host's next subdomain, then for its base domain.
  const domains = [nextSubdomain(mx), base].filter((d, i, all): d is string => !!d && all.indexOf(d) === i)
  const attempts = domains.flatMap((d) => [
    track(fetchFound(autoconfigUrls(d).autoconfig, parts, network, signal, said)),
    track(fetchFound(`${ispdbUrl}${d}`, parts, network, signal, said)),
  ])
  const { value } = await firstByPriority(attempts)
  return { ...value, mx }
}

function exchangeNote(answer: AutodiscoverAnswer): Note {
  return answer.signInRequired ? note('notes:lookup.exchangeSignIn') : note('notes:lookup.exchangeNoImap')
}

function sortImapFirst(list: FoundServer[]): FoundServer[] {
  const rank = (s: ServerSettings) => (s.protocol === 'imap' ? 0 : s.protocol === 'pop3' ? 1 : 2)
  return [...list].sort((a, b) => rank(a) - rank(b))
}

// The ISPDB lists OAuth2 first for Gmail, Yahoo ...; a provider that takes app passwords gets
// "password" shown when the source lists it too, so the settings match the advice.
function finalize(server: FoundServer, policy: PolicyEntry | null): ServerSettings {
  const { auths, ...settings } = server
  if (policy && policy.password !== 'oauth-only' && settings.auth === 'oauth2' && auths?.includes('password')) {
    settings.auth = 'password'
  }
  return settings
}

function result(parts: AddressParts, source: LookupSource, found: Found | null, extraNotes: Note[]): LookupResult {
  const sorted = found ? sortImapFirst(found.incoming) : []
  const firstHost = sorted.find((s) => s.host)?.host ?? null
  const who = identifyProvider({ email: parts.address, host: firstHost, port: sorted[0]?.port ?? null, mx: found?.mx ?? null })
  const policy = who?.knowledge?.policy ?? null
  const incoming = sorted.map((s) => finalize(s, policy))
  const outgoing = (found?.outgoing ?? []).map((s) => finalize(s, policy))
  const notes = [...(found?.notes ?? []), ...extraNotes]
  const mailbox = incoming.filter((s) => s.protocol === 'imap' || s.protocol === 'pop3')
  if (mailbox.length > 0 && !mailbox.some((s) => s.protocol === 'imap')) {
    notes.push(source === 'guess' ? note('notes:lookup.guessPop3Only') : note('notes:lookup.pop3Only'))
  }
  if (who?.knowledge) notes.push(...providerNotes(who.knowledge))
  const answer: LookupResult = { email: parts.address, domain: parts.domain, provider: who?.provider ?? null, source, incoming, outgoing, notes }
  if (found?.exchange) {
    const ad = found.exchange
    answer.exchange = { imapPublished: ad.kind === 'settings', signInRequired: ad.signInRequired ?? false, endpoint: ad.endpoint }
  }
  // Only a published configuration proves "no IMAP"; guessing may simply have missed it.
  if (mailbox.length > 0 && source !== 'guess' && !mailbox.some((s) => s.protocol === 'imap')) answer.offersImap = false
  return answer
}

/** Find the settings for one address. Never throws for network trouble: source "none" says so. */
export async function lookupSettings(email: string, options: LookupOptions = {}): Promise<LookupResult> {
  const parts = splitAddress(email)
  if (!parts) throw new LookupInputError(email)
  const offline = catalogSettings(parts)
  if (offline) return result(parts, 'catalog', offline, [])
  if (options.offline) {
    return result(parts, 'none', null, [note('notes:lookup.notInCatalog', { domain: parts.domain })])
  }

  const timeoutMs = options.timeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS
  const stepTimeoutMs = Math.min(options.stepTimeoutMs ?? 6000, timeoutMs)
  const stagger = options.staggerMs ?? 50
  const ispdbUrl = options.ispdbUrl ?? ISPDB_URL
  const network = createNetwork({ dnsTimeoutMs: Math.min(2000, timeoutMs), ...options })
  const controller = new AbortController()
  setMaxListeners(100, controller.signal)
  // The caller's own signal (e.g. the UI's Cancel) stops everything too.
  const onCallerAbort = () => controller.abort(options.signal?.reason)
  if (options.signal?.aborted) onCallerAbort()
  else options.signal?.addEventListener('abort', onCallerAbort, { once: true })
  const signal = controller.signal
  const urls = autoconfigUrls(parts.domain)
  // One Autodiscover run shared by its two steps (settings rank above guessing, "Exchange
  // without IMAP settings" below it). It sends the address, never a password (autodiscover.ts).
  let autodiscoverRun: Promise<AutodiscoverAnswer> | null = null
  // Asked only when the steps that need no address (autoconfig, ISPDB, MX, SRV) found nothing:
  // then they would win anyway, and the address stays private.
  const autodiscover = () =>
    (autodiscoverRun ??= (async () => {
      const addressFree = attempts.slice(0, ADDRESS_FREE_STEPS)
      await Promise.allSettled(addressFree.map((a) => a.promise))
      if (addressFree.some((a) => a.state === 'fulfilled')) throw new Error('settings found without asking Autodiscover')
      return withSignal(signal, stepTimeoutMs, (inner) => autodiscoverSettings(parts, network, inner))
    })())

  // In Thunderbird's order of priority; the number is the stagger slot.
  const steps: [LookupSource, number, (s: AbortSignal) => Promise<Found>][] = [
    ['autoconfig', 0, (s) => fetchFound(urls.autoconfig, parts, network, s, note('notes:lookup.autoconfig', { domain: parts.domain }))],
    ['well-known', 1, (s) => fetchFound(urls.wellKnown, parts, network, s, note('notes:lookup.wellKnown', { domain: parts.domain }))],
    ['ispdb', 2, (s) => fetchFound(`${ispdbUrl}${parts.domain}`, parts, network, s, note('notes:lookup.ispdb'))],
    ['mx', 3, (s) => mxStep(parts, network, s, ispdbUrl)],
    ['srv', 4, (s) => srvSettings(parts, network, s)],
    // Exchange Autodiscover publishing IMAP/POP settings ranks above guessing ...
    ['autodiscover', 5, async () => {
      const answer = await autodiscover()
      if (answer.kind !== 'settings') throw new Error('Autodiscover published no IMAP settings')
      return { incoming: answer.incoming, outgoing: answer.outgoing, notes: [note('notes:lookup.autodiscover', { endpoint: answer.endpoint })], exchange: answer }
    }],
    ['guess', 6, async (s) => ({
      ...(await guessSettings(parts.domain, parts.address, network, s, { staggerMs: stagger, probeTimeoutMs: options.probeTimeoutMs ?? 4000 })),
      notes: [note('notes:lookup.guess')],
    })],
    // ... and "this is Exchange, without IMAP settings" only when nothing else was found.
    ['autodiscover', 7, async () => {
      const answer = await autodiscover()
      if (answer.kind !== 'exchange') throw new Error('Autodiscover settings already reported')
      return { incoming: [], outgoing: answer.outgoing, notes: [exchangeNote(answer)], exchange: answer }
    }],
  ]
  const attempts = steps.map(([, slot, run]) =>
    track(
      (async () => {
        await delay(slot * stagger, signal)
        return withSignal(signal, stepTimeoutMs, run)
      })(),
    ),
  )

  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), timeoutMs)
  })
  try {
    const winner = await Promise.race([firstByPriority(attempts).catch(() => null), deadline])
    if (winner !== 'deadline') {
      if (!winner && options.signal?.aborted) return result(parts, 'none', null, [note('notes:lookup.cancelled')])
      return winner ? result(parts, steps[winner.index]![0], winner.value, []) : result(parts, 'none', null, [note('notes:lookup.noneFound', { domain: parts.domain })])
    }
    // Cancel everything, then give steps one turn to hand in what they already have (a guess
    // that found IMAP but still waits for SMTP returns the IMAP part).
    controller.abort(new Error('deadline'))
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    const best = bestSoFar(attempts)
    const stopped = note('notes:lookup.stopped', { seconds: timeoutMs / 1000 })
    return best ? result(parts, steps[best.index]![0], best.value, [stopped]) : result(parts, 'none', null, [note('notes:lookup.noneInTime', { domain: parts.domain }), stopped])
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onCallerAbort)
    controller.abort(new Error('lookup finished'))
    network.cancel()
  }
}
