// Thunderbird's own alerts, in English and as its de, fr, es, pt-BR, it and nl localizations word
// them: the words a user copies from their mail program's dialog. The English source strings and
// their ids are comm-central's mail/locales/en-US (chrome/messenger/messenger.properties,
// imapMsgs.properties, messengercompose/composeMsgs.properties, messenger/certError.ftl); the
// translations are the same ids in github.com/thunderbird/thunderbird-l10n (<lang>/mail/...).
// Which id Thunderbird shows for which failure: mail/modules/ConnectionNotifications.sys.mjs and
// mailnews/base/src/nsMsgProtocol.cpp (unknownHostError = NS_ERROR_UNKNOWN_HOST,
// connectionRefusedError, netTimeoutError), mailnews/compose/src/MimeMessageUtils.sys.mjs
// (smtpSendFailedUnknownServer, smtpSendRequestRefused, smtpSendTimeout),
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
