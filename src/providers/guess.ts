// Guessing, Thunderbird's last resort (GuessConfig.sys.mjs): try the usual host names and
// ports in parallel, staggered, each with its own timeout, and keep the best by
// Thunderbird's preference: TLS before STARTTLS, IMAP before POP3, host names in order.
// Plain (unencrypted) ports are not tried: we never suggest sending a password in the clear.
import type { ServerSettings } from '../model.js'
import { probeServer, type ProbeTarget } from './guess-probe.js'
import type { Network } from './network.js'
import { setMaxListeners } from 'node:events'
import { delay, firstByPriority, linkedSignal, track, untilAborted, withSignal } from './priority.js'

export interface GuessOptions {
  /** Delay between starting two probes (ms). */
  staggerMs: number
  /** Each probe's own timeout (ms). */
  probeTimeoutMs: number
}

export interface GuessResult {
  incoming: ServerSettings[]
  outgoing: ServerSettings[]
}

/** In Thunderbird's order: sortTriesByPreference over _hostnamesToTry x getIncomingTryOrder. */
export function incomingTries(domain: string): ProbeTarget[] {
  const imapHosts = [`imap.${domain}`, `mail.${domain}`, domain]
  const popHosts = [`pop3.${domain}`, `pop.${domain}`, `mail.${domain}`, domain]
  return [
    ...imapHosts.map((host) => ({ protocol: 'imap', host, port: 993, security: 'tls' }) as const),
    ...imapHosts.map((host) => ({ protocol: 'imap', host, port: 143, security: 'starttls' }) as const),
    ...popHosts.map((host) => ({ protocol: 'pop3', host, port: 995, security: 'tls' }) as const),
    ...popHosts.map((host) => ({ protocol: 'pop3', host, port: 110, security: 'starttls' }) as const),
  ]
}

export function outgoingTries(domain: string): ProbeTarget[] {
  const hosts = [`smtp.${domain}`, `mail.${domain}`, domain]
  return [
    ...hosts.map((host) => ({ protocol: 'smtp', host, port: 465, security: 'tls' }) as const),
    ...hosts.map((host) => ({ protocol: 'smtp', host, port: 587, security: 'starttls' }) as const),
  ]
}

function runTries(
  tries: ProbeTarget[],
  offset: number,
  network: Network,
  signal: AbortSignal,
  options: GuessOptions,
): Promise<{ value: ServerSettings; index: number }> {
  const attempts = tries.map((target, i) =>
    track(
      (async () => {
        await delay((offset + i) * options.staggerMs, signal)
        const result = await withSignal(signal, options.probeTimeoutMs, (own) => probeServer(target, network, own))
        return {
          protocol: target.protocol,
          host: target.host,
          port: target.port,
          security: target.security,
          username: null,
          auth: result.auth,
        } satisfies ServerSettings
      })(),
    ),
  )
  return firstByPriority(attempts)
}

/**
 * Incoming and outgoing are guessed side by side. Succeeds when an incoming server answers;
 * a missing outgoing server is reported as an empty list.
 */
export async function guessSettings(
  domain: string,
  email: string,
  network: Network,
  signal: AbortSignal,
  options: GuessOptions,
): Promise<GuessResult> {
  const local = linkedSignal(signal)
  const both = local.signal
  setMaxListeners(100, both)
  const incomingList = incomingTries(domain)
  const incoming = runTries(incomingList, 0, network, both, options)
  // Interleave: outgoing probes start between the incoming ones, not after all of them.
  const outgoing = runTries(outgoingTries(domain), 1, network, both, options).catch(() => null)
  try {
    const inc = await incoming
    // IMAP found: SMTP gets until the step is cancelled, then the IMAP part is returned alone.
    const out = await untilAborted(outgoing, signal).catch(() => null)
    const withUser = (s: ServerSettings): ServerSettings => ({ ...s, username: email })
    return { incoming: [withUser(inc.value)], outgoing: out ? [withUser(out.value)] : [] }
  } finally {
    local.abort(new Error('guessing finished'))
    local.dispose()
  }
}
