// Thunderbird's own alerts, in English and as its de, fr, es, pt-BR, it and nl localizations word
// them: the words a user copies from their mail program's dialog. The English source strings and
// their ids are comm-central's mail/locales/en-US (chrome/messenger/messenger.properties,
// imapMsgs.properties, messengercompose/composeMsgs.properties, messenger/certError.ftl); the
// translations are the same ids in github.com/thunderbird/thunderbird-l10n (<lang>/mail/...).
// Which id Thunderbird shows for which failure: mail/modules/ConnectionNotifications.sys.mjs and
// mailnews/base/src/nsMsgProtocol.cpp (unknownHostError = NS_ERROR_UNKNOWN_HOST,
// connectionRefusedError, netTimeoutError, netResetError, netInterruptError),
// mailnews/compose/src/MimeMessageUtils.sys.mjs (smtpSendFailedUnknownServer,
// smtpSendRequestRefused, smtpSendInterrupted, smtpSendTimeout; SmtpClient.sys.mjs startTlsFailed),
// mailnews/base/src/MailAuthenticator.sys.mjs and nsImapIncomingServer.cpp (mailServerLoginFailed2,
// shown when the server refused the login), mailnews/compose/src/SmtpClient.sys.mjs (smtpAuthFailure).
// Placeholders (%S, %1$S, Fluent's { $hostname }) match any words; the text is matched after
// quotes and apostrophes are made plain (« », „ “, ’) and Fluent's invisible isolation marks
// around each placeholder are dropped.
import type { Verdict } from '../model.js'
import type { ProviderContext } from './provider-context.js'

/** A placeholder: a server name (maybe with its port, maybe quoted), a user name, a date. */
const P = '.{1,160}?'
const any = (...forms: string[]) => new RegExp(forms.join('|'), 'i')

// mailServerLoginFailed2 and smtpAuthFailure: Thunderbird's words for "the server refused the
// login", with no reason of the server's own.
const LOGIN_REFUSED = any(
  `Login to server ${P} with username ${P} failed`,
  `Anmeldung (?:auf dem|am) Server ${P} mit (?:dem )?Benutzernamen ${P} fehlgeschlagen`,
  `Échec de (?:la connexion|l'authentification) (?:depuis|sur|au) (?:le )?serveur ${P} avec le nom d'utilisateur`,
  `El inicio de sesión en el servidor ${P} con el nombre de usuario ${P} ha fallado`,
  `Autenticação no servidor ${P} com o usuário ${P} falhou`,
  `Accesso al server ${P} con nome utente ${P} non riuscito`,
  `Aanmelden bij server ${P} met gebruikersnaam ${P} is mislukt`,
  `Unable to authenticate to Outgoing server \\(SMTP\\)`,
  `Postausgangs-Server \\(SMTP\\) ${P} kann nicht authentifiziert werden`,
  `Impossible de s'authentifier sur le serveur sortant \\(SMTP\\)`,
  `No se puede identificar al servidor de salida \\(SMTP\\)`,
  `Não foi possível autenticar no servidor de envio \\(SMTP\\)`,
  `Autenticazione non riuscita col server di posta in uscita \\(SMTP\\)`,
  `Kan niet authenticeren bij uitgaande \\(SMTP-\\)server`,
)

const ALERTS: [RegExp, Verdict][] = [
  // imapServerDroppedConnection2: the server dropped every new connection, most often because
  // this account already holds the most the server allows.
  [any(
    `exceeded the maximum number of connections to this server`,
    `die maximale Anzahl von Verbindungen zu diesem Server überschritten`,
    `dépassé le nombre maximal de connexions à ce serveur`,
    `excedido el número máximo de conexiones a este servidor`,
    `excedido o número máximo de conexões com este servidor`,
    `superato il numero massimo di connessioni a questo server`,
    `het maximale aantal verbindingen met deze server overschreden`,
  ), 'too-many-connections'],
  // startTlsFailed: the outgoing server does not offer STARTTLS.
  [any(
    `Unable to establish a secure link with Outgoing server \\(SMTP\\) ${P} using STARTTLS`,
    `Eine sichere Verbindung mit dem SMTP-Server ${P} kann nicht mit STARTTLS aufgebaut werden`,
    `impossible d'établir un lien sécurisé avec le serveur SMTP ${P} en utilisant "? ?STARTTLS`,
    `no es posible establecer un enlace seguro con el servidor de salida \\(SMTP\\) ${P} usando STARTTLS`,
    `não foi possível estabelecer uma conexão segura com o servidor de envio \\(SMTP\\) ${P} usando STARTTLS`,
    `Impossibile stabilire un collegamento sicuro con il server di posta in uscita \\(SMTP\\) ${P} utilizzando STARTTLS`,
    `kan geen beveiligde verbinding met uitgaande \\(SMTP-\\)server ${P} tot stand brengen met STARTTLS`,
  ), 'starttls-unavailable'],
  // certError.ftl: cert-error-domain-mismatch, cert-error-expired, cert-error-untrusted-default.
  [any(
    `The certificate for ${P} is not valid for that server`,
    `Das Zertifikat für ${P} ist für diesen Server nicht gültig`,
    `Le certificat (?:de|pour) ${P} n'est pas valide (?:sur|pour) ce serveur`,
    `El certificado para ${P} no es válido para ese servidor`,
    `O certificado de ${P} não é válido para este servidor`,
    `Il certificato per ${P} non è valido per quel server`,
    `Het certificaat voor ${P} is niet geldig voor die server`,
  ), 'tls-hostname-mismatch'],
  [any(
    `The certificate for ${P} expired on`,
    `Das Zertifikat für ${P} ist am ${P} abgelaufen`,
    `Le certificat (?:de|pour) ${P} a expiré le`,
    `El certificado para ${P} caducó el`,
    `O certificado de ${P} expirou em`,
    `Il certificato per ${P} è scaduto il`,
    `Het certificaat voor ${P} is op ${P} verlopen`,
  ), 'tls-expired'],
  [any(
    `The certificate for ${P} does not come from a trusted source`,
    `Das Zertifikat für ${P} stammt nicht von einer vertrauenswürdigen Quelle`,
    `Le certificat (?:de|pour) ${P} ne provient pas d'une source sûre`,
    `El certificado para ${P} no proviene de una fuente de confianza`,
    `O certificado de ${P} não é de um emissor considerado confiável`,
    `Il certificato per ${P} non proviene da una fonte attendibile`,
    `Het certificaat voor ${P} komt niet van een vertrouwde bron`,
  ), 'tls-self-signed'],
  // connectionRefusedError, imapConnectionRefusedError, smtpSendRequestRefused.
  [any(
    `the connection was refused`,
    `is refusing SMTP connections`,
    `die Verbindung wurde verweigert`,
    `da sie verweigert wurde`,
    `lehnt SMTP-Verbindungen ab`,
    `la connexion a été refusée`,
    `refuse les connexions SMTP`,
    `la conexión (?:fue|ha sido) rechazada`,
    `rechazando conexiones SMTP`,
    `A conexão foi recusada`,
    `recusando conexões SMTP`,
    `la connessione è stata rifiutata`,
    `rifiutare le connessioni in uscita \\(SMTP\\)`,
    `de verbinding werd geweigerd`,
    `weigert SMTP-verbindingen`,
  ), 'connection-refused'],
  // netTimeoutError, imapNetTimeoutError, smtpSendTimeout.
  [any(
    `Connection to server ${P} timed out`,
    `the connection to Outgoing server \\(SMTP\\) ${P} timed out`,
    `Zeitüberschreitung der Verbindung mit (?:dem )?Server`,
    `Verbindung mit dem SMTP-Server ${P} ihre Ablaufzeit \\(Timeout\\) überschritten`,
    `Temps limite de connexion au serveur ${P} dépassé`,
    `la connexion au serveur sortant \\(SMTP\\) ${P} a expiré`,
    `La conexión al servidor ${P} ha superado el tiempo de espera`,
    `ha caducado la conexión al servidor de salida \\(SMTP\\)`,
    `A conexão com o servidor ${P} atingiu o tempo limite`,
    `Expirou o tempo de conexão ao servidor`,
    `a conexão com o servidor de envio \\(SMTP\\) ${P} expirou`,
    `Connessione al server ${P} fuori tempo massimo`,
    `la connessione al server di posta in uscita \\(SMTP\\) ${P} è scaduta`,
    `wachttijd voor (?:de )?verbinding met ${P} is (?:verstreken|verlopen)`,
  ), 'timeout'],
  // netResetError, netInterruptError, imapServerDisconnected, smtpSendInterrupted.
  [any(
    `Connection to server ${P} was (?:reset|interrupted)`,
    `Server ${P} has disconnected`,
    `the connection to Outgoing server \\(SMTP\\) ${P} was lost`,
    `Verbindung mit Server ${P} wurde (?:zurückgesetzt|unterbrochen)`,
    `Der Server ${P} hat die Verbindung abgebrochen`,
    `Verbindung mit dem SMTP-Server ${P} mitten in der Transaktion verloren`,
    `La connexion au serveur ${P} a été (?:réinitialisée|interrompue)`,
    `Le serveur ${P} s'est déconnecté`,
    `la connexion au serveur sortant \\(SMTP\\) ${P} a été perdue`,
    `La conexión al servidor ${P} se ha (?:reiniciado|interrumpido)`,
    `El servidor ${P} ha cortado la conexión`,
    `la conexión al servidor de salida \\(SMTP\\) ${P} se perdió`,
    `A conexão com o servidor ${P} foi (?:reiniciada|interrompida)`,
    `O servidor ${P} foi desconectado`,
    `a conexão com o servidor de envio \\(SMTP\\) ${P} foi perdida`,
    `Connessione al server ${P} (?:reimpostata|interrotta)`,
    `Il server ${P} si è disconnesso`,
    `la connessione al server di posta in uscita \\(SMTP\\) ${P} è stata interrotta`,
    `De verbinding met server ${P} werd (?:geherinitialiseerd|onderbroken)`,
    `Server ${P} heeft de verbinding verbroken`,
    `de verbinding met uitgaande \\(SMTP-\\)server ${P} in het midden van de transactie werd verbroken`,
  ), 'connection-closed'],
  // smtpSendFailedUnknownServer; unknownHostError only as a whole line, since its words ("Failed
  // to connect to server X.") are what other programs say for any failed connection.
  [any(
    `Outgoing server \\(SMTP\\) ${P} is unknown`,
    `SMTP-Server ${P} ist unbekannt`,
    `le serveur sortant \\(SMTP\\) ${P} est inconnu`,
    `el servidor de salida \\(SMTP\\) ${P} es desconocido`,
    `O servidor de envio \\(SMTP\\) ${P} não é conhecido`,
    `Server posta in uscita \\(SMTP\\) ${P} sconosciuto`,
    `uitgaande \\(SMTP-\\)server ${P} is onbekend`,
    `^(?:Failed to connect to server|Verbindung mit Server|Impossible de se connecter au serveur|No se pudo conectar con el servidor|Não foi possível conectar-se ao servidor|Connessione al server|Verbinden met server) \\S+(?: fehlgeschlagen| non riuscita| is mislukt)?\\.?$`,
  ), 'dns-not-found'],
]

/** Plain quotes and apostrophes, no isolation or direction marks, one space between words; lines kept. */
function plain(text: string): string {
  return text
    .replace(/[\u2066-\u2069\u200e\u200f\u202a-\u202e]/g, '')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[„“”«»‹›]/g, '"')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
}

/**
 * The verdict for one of Thunderbird's alerts, or null. A refused login follows the provider:
 * Apple refuses a normal Apple Account password in every other app (app-specific password) and
 * Microsoft refuses passwords since basic auth was turned off (sign in with Microsoft), as the
 * same bare refusals from their servers do in classify.ts.
 */
export function classifyThunderbirdAlert(text: string, ctx: ProviderContext): Verdict | null {
  const lines = plain(text).split('\n')
  // Each line alone (a whole-line form) and all lines as one (a dialog that wrapped a sentence).
  const matches = (pattern: RegExp) => pattern.test(lines.join(' ')) || lines.some((line) => pattern.test(line))
  if (matches(LOGIN_REFUSED)) {
    if (ctx.family === 'apple') return 'app-password-required'
    if (ctx.family === 'microsoft') return 'oauth-required'
    return 'auth-failed'
  }
  return ALERTS.find(([pattern]) => matches(pattern))?.[1] ?? null
}
