// An identity's outgoing server, chosen as Thunderbird chooses it
// (mailnews/compose/src/OutgoingServerService.sys.mjs): the identity's smtpServer, else
// mail.smtp.defaultserver, else the first of mail.smtpservers; a key must be in that list.
import type { Note, ServerSettings } from '../../model.js'
import { note } from '../../words/words.js'
import type { PrefStore } from './pref-store.js'
import { authFromAuthMethod, defaultPort, securityFromSocketType } from './server-values.js'

export interface OutgoingChoice {
  key: string | null
  server: ServerSettings | null
  /** What the user should know when the server cannot be used as configured. */
  warnings: Note[]
}

function hostFromUrl(url: string | undefined): { host: string | null; port: number | null } {
  if (!url) return { host: null, port: null }
  try {
    const parsed = new URL(url)
    return { host: parsed.hostname || null, port: parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80 }
  } catch {
    return { host: null, port: null }
  }
}

/** One outgoing server by key; null when the key is not one of mail.smtpservers. */
export function readOutgoingServer(prefs: PrefStore, key: string): { server: ServerSettings; warnings: Note[] } | null {
  if (!prefs.list('mail.smtpservers').includes(key)) return null
  const warnings: Note[] = []
  // TB 127+ types outgoing servers; profiles from before the type pref are SMTP.
  const type = (prefs.text(`mail.smtpserver.${key}.type`) ?? 'smtp').toLowerCase()
  if (type === 'ews' || type === 'graph') {
    // EWS/Graph outgoing servers keep their settings under mail.outgoingserver.<key>.
    const branch = `mail.outgoingserver.${key}.`
    const url = prefs.text(`${branch}ews_url`)
    const fromUrl = hostFromUrl(url)
    const authMethod = prefs.int(`${branch}auth_method`) ?? 3
    const server: ServerSettings = {
      protocol: type === 'ews' ? 'ews' : 'graph',
      host: fromUrl.host,
      port: fromUrl.port,
      security: url ? (url.toLowerCase().startsWith('https:') ? 'tls' : 'none') : null,
      username: prefs.text(`${branch}username`) ?? null,
      auth: authFromAuthMethod(authMethod),
    }
    if (url) server.url = url
    return { server, warnings }
  }
  if (type !== 'smtp') {
    warnings.push(note('notes:thunderbird.outgoingUnknownType', { type }))
  }
  const branch = `mail.smtpserver.${key}.`
  // SmtpServer.sys.mjs: socketType is the try_ssl pref, default plain; authMethod default 3.
  const socketType = prefs.int(`${branch}try_ssl`) ?? prefs.int('mail.smtpserver.default.try_ssl') ?? 0
  const security = securityFromSocketType(socketType)
  if (security === null) warnings.push(note('notes:thunderbird.outgoingUnknownSecurity', { value: socketType }))
  const authMethod = prefs.int(`${branch}authMethod`) ?? prefs.int('mail.smtpserver.default.authMethod') ?? 3
  const setPort = prefs.int(`${branch}port`) ?? 0
  const server: ServerSettings = {
    protocol: type === 'smtp' ? 'smtp' : 'unknown',
    host: prefs.text(`${branch}hostname`) ?? null,
    port: setPort > 0 ? setPort : defaultPort('smtp', security),
    security,
    username: prefs.text(`${branch}username`) ?? null,
    auth: authFromAuthMethod(authMethod),
  }
  if (server.auth === 'unknown') warnings.push(note('notes:thunderbird.outgoingUnknownSignIn', { value: authMethod }))
  return { server, warnings }
}

/** The outgoing server an identity sends through. */
export function chooseOutgoingServer(prefs: PrefStore, identityKey: string | null): OutgoingChoice {
  const fromIdentity = identityKey ? prefs.text(`mail.identity.${identityKey}.smtpServer`) : undefined
  const key = fromIdentity ?? prefs.text('mail.smtp.defaultserver') ?? prefs.list('mail.smtpservers')[0] ?? null
  if (!key) {
    return { key: null, server: null, warnings: [note('notes:thunderbird.noOutgoing')] }
  }
  const read = readOutgoingServer(prefs, key)
  if (!read) {
    return {
      key,
      server: null,
      warnings: [note('notes:thunderbird.outgoingMissing', { server: key })],
    }
  }
  if (!read.server.host && !read.server.url) {
    read.warnings.push(note('notes:thunderbird.outgoingNoHost'))
  }
  return { key, server: read.server, warnings: read.warnings }
}
