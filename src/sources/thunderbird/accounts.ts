// Accounts assembled from prefs exactly as Thunderbird does: nsMsgAccountManager::LoadAccounts
// walks mail.accountmanager.accounts -> mail.account.<k>.server / .identities ->
// mail.server.<s>.*, mail.identity.<i>.*, and nsMsgIncomingServer fills absent values from
// mail.server.default.* (mailnews.js), because Thunderbird deletes prefs equal to their default.
import type { MailAccount, Note, ServerSettings } from '../../model.js'
import type { PrefStore } from './pref-store.js'
import { stableId } from '../stable-id.js'
import { chooseOutgoingServer } from './outgoing-server.js'
import {
  NON_MAIL_SERVER_TYPES,
  authFromAuthMethod,
  defaultPort,
  protocolFromServerType,
  securityFromSocketType,
} from './server-values.js'
import { appendAll } from '../append-all.js'
import { LIMITS } from '../limits.js'
import { note } from '../../words/words.js'

/** Skipped-account notes kept word for word. */
const KEPT_NOTES = 20

export interface AccountContext {
  client: MailAccount['client']
  /** Shown to the user and part of each account's id (profile path relative to the home). */
  profile: string
}

export interface AssembledAccounts {
  accounts: MailAccount[]
  /** Accounts Thunderbird itself would drop, in plain words. */
  skipped: Note[]
  /** Each account's server key (mail.server.<key>.*), by account id. */
  serverKeys: Map<string, string>
  /** More accounts than LIMITS.accountsPerSource: only the first ones were read. */
  overCap: boolean
}

/** Stable across scans: the same client, profile and account key give the same id. */
export function accountId(client: string, profile: string, accountKey: string): string {
  return `${client}-${stableId(`${client}\u0000${profile}\u0000${accountKey}`)}`
}

/** mail.server.default.<name>, then Thunderbird's built-in default (mailnews.js). */
function serverInt(prefs: PrefStore, key: string, name: string, builtIn: number): number {
  return prefs.int(`mail.server.${key}.${name}`) ?? prefs.int(`mail.server.default.${name}`) ?? builtIn
}

function serverBool(prefs: PrefStore, key: string, name: string, builtIn: boolean): boolean {
  return prefs.bool(`mail.server.${key}.${name}`) ?? prefs.bool(`mail.server.default.${name}`) ?? builtIn
}

/** nsMsgIncomingServer::GetSocketType: socketType, else legacy isSecure=true means SSL. */
function socketTypeOf(prefs: PrefStore, key: string): number {
  const set = prefs.int(`mail.server.${key}.socketType`)
  if (set !== undefined) return set
  if (prefs.bool(`mail.server.${key}.isSecure`) === true) return 3
  return prefs.int('mail.server.default.socketType') ?? 0
}

function incomingServer(prefs: PrefStore, key: string, type: string, warnings: Note[]): ServerSettings {
  const branch = `mail.server.${key}.`
  const protocol = protocolFromServerType(type)
  // Before TB 102 a renamed server kept its old name in hostname/userName and the new one
  // in realhostname/realuserName (migrated away by MailMigrator in 102).
  let host = prefs.text(`${branch}realhostname`) ?? prefs.text(`${branch}hostname`) ?? null
  let portFromHost: number | null = null
  // nsMsgIncomingServer::GetHostName: "host:port" with one colon is split.
  if (host && host.split(':').length === 2) {
    const [h, p] = host.split(':') as [string, string]
    host = h
    const n = Number.parseInt(p, 10)
    if (Number.isFinite(n) && n > 0) portFromHost = n
  }
  const socketType = socketTypeOf(prefs, key)
  const security = securityFromSocketType(socketType)
  if (security === null) warnings.push(note('notes:thunderbird.incomingUnknownSecurity', { value: socketType }))
  const authMethod = serverInt(prefs, key, 'authMethod', 3)
  const auth = authFromAuthMethod(authMethod)
  if (auth === 'unknown') warnings.push(note('notes:thunderbird.incomingUnknownSignIn', { value: authMethod }))
  // GetPort: -1 (PORT_NOT_SET) and 0 mean "the protocol's default for this security".
  const setPort = portFromHost ?? serverInt(prefs, key, 'port', -1)
  const server: ServerSettings = {
    protocol,
    host,
    port: setPort > 0 ? setPort : defaultPort(protocol, security),
    security,
    username: prefs.text(`${branch}realuserName`) ?? prefs.text(`${branch}userName`) ?? null,
    auth,
  }
  const url = prefs.text(`${branch}ews_url`)
  if (url && (protocol === 'ews' || protocol === 'graph')) {
    server.url = url
    if (!server.host) {
      try {
        server.host = new URL(url).hostname || null
      } catch {
        // keep null: the URL is shown as it is
      }
    }
  }
  if (protocol === 'unknown') {
    warnings.push(note('notes:thunderbird.unknownServerType', { type }))
  }
  if (!server.host && !server.url) warnings.push(note('notes:thunderbird.incomingNoHost'))
  return server
}

/** Every mail account in one profile's prefs. */
export function assembleAccounts(prefs: PrefStore, context: AccountContext): AssembledAccounts {
  const accounts: MailAccount[] = []
  const skipped: Note[] = []
  const serverKeys = new Map<string, string>()
  const accountKeys = prefs.list('mail.accountmanager.accounts')
  const seenAccounts = new Set<string>()
  const seenServers = new Set<string>()
  const localFolders = prefs.text('mail.accountmanager.localfoldersserver')

  // deferred_to_account names an account key; find its display name for the warning.
  const accountName = (accountKey: string): string | null => {
    const serverKey = prefs.text(`mail.account.${accountKey}.server`)
    if (!serverKey) return null
    // Thunderbird's "Local Folders", in the reader's language (a value naming catalogue words, words.ts).
    if (serverKey === localFolders || prefs.text(`mail.server.${serverKey}.type`) === 'none') return 'notes:thunderbird.localFolders'
    return prefs.text(`mail.server.${serverKey}.name`) ?? prefs.text(`mail.server.${serverKey}.hostname`) ?? null
  }

  let overCap = 0
  let untold = 0
  // Notes on skipped accounts: the first few word for word, the rest counted.
  const skip = (said: Note) => {
    if (skipped.length < KEPT_NOTES) skipped.push(said)
    else untold++
  }
  for (const accountKey of accountKeys) {
    // LoadAccounts: a duplicate key is skipped.
    if (seenAccounts.has(accountKey)) continue
    seenAccounts.add(accountKey)
    if (accounts.length >= LIMITS.accountsPerSource) {
      overCap++
      continue
    }
    const serverKey = prefs.text(`mail.account.${accountKey}.server`)
    if (!serverKey) {
      skip(note('notes:thunderbird.skippedNoServer', { account: accountKey }))
      continue
    }
    if (seenServers.has(serverKey)) {
      skip(note('notes:thunderbird.skippedRepeatedServer', { account: accountKey }))
      continue
    }
    seenServers.add(serverKey)
    const type = prefs.text(`mail.server.${serverKey}.type`)
    if (!type) {
      skip(note('notes:thunderbird.skippedMissingServer', { account: accountKey, server: serverKey }))
      continue
    }
    if (NON_MAIL_SERVER_TYPES.has(type.toLowerCase())) continue

    const warnings: Note[] = []
    const incoming = incomingServer(prefs, serverKey, type, warnings)
    const identityKeys = prefs.list(`mail.account.${accountKey}.identities`)
    const firstIdentity = identityKeys[0] ?? null
    const email = firstIdentity ? (prefs.text(`mail.identity.${firstIdentity}.useremail`) ?? null) : null
    const name =
      prefs.text(`mail.server.${serverKey}.name`) ??
      // Thunderbird's own name for an unnamed server, "user on host", English in every
      // Thunderbird language (MsgIncomingServer.sys.mjs, _constructPrettyName, comm-central):
      // the name its folder pane shows, so kept as Thunderbird writes it.
      (incoming.username ? `${incoming.username} on ${incoming.host ?? ''}` : (incoming.host ?? accountKey))

    let outgoing: ServerSettings | null = null
    if (incoming.protocol !== 'nntp' || firstIdentity) {
      const choice = chooseOutgoingServer(prefs, firstIdentity)
      outgoing = choice.server
      appendAll(warnings, choice.warnings)
    }
    if (!firstIdentity && incoming.protocol !== 'nntp') {
      warnings.push(note('notes:thunderbird.noIdentity'))
    }

    const account: MailAccount = {
      id: accountId(context.client, context.profile, accountKey),
      client: context.client,
      profile: context.profile,
      name,
      email,
      incoming,
      outgoing,
      provider: null,
      warnings,
    }

    if (incoming.protocol === 'pop3') {
      const leaveOnServer = serverBool(prefs, serverKey, 'leave_on_server', false)
      account.pop3 = { leaveOnServer }
      const deferredTo = prefs.text(`mail.server.${serverKey}.deferred_to_account`)
      if (deferredTo) {
        const target = accountName(deferredTo)
        warnings.push(target ? note('notes:thunderbird.deferredTo', { target }) : note('notes:thunderbird.deferredElsewhere'))
      }
    }
    if (incoming.protocol === 'nntp') warnings.push(note('notes:thunderbird.newsgroup'))
    accounts.push(account)
    serverKeys.set(account.id, serverKey)
  }
  if (untold > 0) skipped.push(note('notes:thunderbird.moreSkipped', { count: untold }))
  if (overCap > 0) {
    skipped.push(note('notes:thunderbird.overCap', { count: overCap, max: LIMITS.accountsPerSource }))
  }
  return { accounts, skipped, overCap: overCap > 0, serverKeys }
}
