// One account as a card: the address, provider, protocol badge, then every value a CRM
// asks for with its own Copy button, and "Test this account".
import type { MailAccount, ServerSettings } from '../../../src/model.js'
import { accountsText as t } from '../text/accounts.js'
import { protocolBadge, securityInWords } from '../text/common.js'
import { AccountLabel, SensitiveText } from '../privacy.js'
import { CopyField, PlainField } from './copy-field.js'
import { MovePopButton } from '../flows/move-pop-button.js'

/**
 * The readers' own POP3 note (src/sources/account-notes.ts, thunderbird/accounts.ts) says what
 * the card's POP3 notice already says; shown once, the card reads calmer.
 */
export function isPop3Note(warning: string): boolean {
  return warning.startsWith('This is a POP3 account:')
}

function ServerFields({
  server,
  prefix,
  incomingUsername = null,
}: {
  server: ServerSettings
  prefix: 'incoming' | 'outgoing'
  incomingUsername?: string | null
}) {
  const incoming = prefix === 'incoming'
  const hostLabel = incoming ? t.incomingServer : t.outgoingServer
  return (
    <>
      {server.host ? (
        <CopyField label={hostLabel} value={server.host} technical={protocolBadge(server.protocol)} />
      ) : (
        <PlainField label={hostLabel}>{t.notSet}</PlainField>
      )}
      {server.url ? <CopyField label={t.exchangeUrl} value={server.url} /> : null}
      {server.port !== null ? (
        <CopyField label={incoming ? t.incomingPort : t.outgoingPort} value={String(server.port)} />
      ) : null}
      <PlainField label={incoming ? t.security : t.outgoingSecurity}>{securityInWords(server.security)}</PlainField>
      {/* The same username twice is one Copy button too many: say so instead. */}
      {server.username && !incoming && server.username === incomingUsername ? (
        <PlainField label={t.outgoingUsername}>{t.sameUsername}</PlainField>
      ) : server.username ? (
        <CopyField label={incoming ? t.username : t.outgoingUsername} value={server.username} sensitive="username" />
      ) : null}
    </>
  )
}

export function AccountCard({ account, onTest }: { account: MailAccount; onTest?: (account: MailAccount) => void }) {
  const badge = protocolBadge(account.incoming.protocol)
  const titleId = `account-${account.id}-title`
  const warnings = account.pop3 ? account.warnings.filter((w) => !isPop3Note(w)) : account.warnings
  return (
    <article className="card account-card" aria-labelledby={titleId} data-account-id={account.id}>
      <header className="card-header">
        <h3 id={titleId} className="card-title">
          <AccountLabel account={account} />
        </h3>
        <span className={`badge badge-${badge.toLowerCase()}`}>{badge}</span>
      </header>
      {account.provider ? <p className="card-subtitle">{account.provider.name}</p> : null}
      <div className="fields">
        {account.email ? <CopyField label={t.email} value={account.email} sensitive="email" /> : null}
        <ServerFields server={account.incoming} prefix="incoming" />
        {account.outgoing ? (
          <ServerFields server={account.outgoing} prefix="outgoing" incomingUsername={account.incoming.username} />
        ) : (
          <PlainField label={t.outgoingServer}>{t.noOutgoing}</PlainField>
        )}
      </div>
      {account.pop3 ? (
        <p className={account.pop3.leaveOnServer ? 'card-note' : 'card-note card-warning'}>
          {account.pop3.leaveOnServer ? t.popWarningKeeps : t.popWarningLocal}
        </p>
      ) : null}
      {account.incoming.protocol === 'pop3' ? <MovePopButton accountId={account.id} /> : null}
      {warnings.length > 0 ? (
        <div className="card-note">
          <p className="card-note-title">{t.warnings}</p>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                <SensitiveText text={w} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {onTest ? (
        <div className="card-actions">
          <button type="button" className="button-primary" onClick={() => onTest(account)}>
            {t.testAccount}
            <span className="visually-hidden">
              : <AccountLabel account={account} />
            </span>
          </button>
        </div>
      ) : null}
    </article>
  )
}
