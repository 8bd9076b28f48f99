// RFC 6186 (SRV for IMAP/POP3/submission) and RFC 8314 (implicit TLS: _imaps, _pop3s,
// _submissions). A target of "." means the service is not offered (RFC 2782).
import type { Note, ServerSettings } from '../model.js'
import { note } from '../words/words.js'
import type { Network } from './network.js'
import type { AddressParts } from './placeholders.js'
import { untilAborted } from './priority.js'

const SERVICES = [
  { name: '_imaps._tcp', protocol: 'imap', security: 'tls', incoming: true },
  { name: '_imap._tcp', protocol: 'imap', security: 'starttls', incoming: true },
  { name: '_pop3s._tcp', protocol: 'pop3', security: 'tls', incoming: true },
  { name: '_submissions._tcp', protocol: 'smtp', security: 'tls', incoming: false },
  { name: '_submission._tcp', protocol: 'smtp', security: 'starttls', incoming: false },
] as const

export async function srvSettings(
  parts: AddressParts,
  network: Network,
  signal: AbortSignal,
): Promise<{ incoming: ServerSettings[]; outgoing: ServerSettings[]; notes: Note[] }> {
  const answers = await untilAborted(
    Promise.all(SERVICES.map((service) => network.resolver.resolveSrv(`${service.name}.${parts.domain}`).catch(() => []))),
    signal,
  )
  const incoming: ServerSettings[] = []
  const outgoing: ServerSettings[] = []
  SERVICES.forEach((service, i) => {
    // Lowest priority first, then highest weight (RFC 2782).
    const best = answers[i]!.filter((r) => r.name && r.name !== '.').sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0]
    if (!best) return
    const settings: ServerSettings = {
      protocol: service.protocol,
      host: best.name.toLowerCase().replace(/\.$/, ''),
      port: best.port,
      security: service.security,
      // RFC 6186 section 5: try the full address first.
      username: parts.address,
      auth: 'password',
    }
    ;(service.incoming ? incoming : outgoing).push(settings)
  })
  if (incoming.length === 0) throw new Error(`no IMAP or POP3 SRV records for ${parts.domain}`)
  return { incoming, outgoing, notes: [note('notes:lookup.srv', { domain: parts.domain })] }
}
