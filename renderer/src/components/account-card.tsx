// One account as a card: the address, provider, protocol badge, then every value a CRM
// asks for with its own Copy button, and "Test this account".
import { useEffect, useState } from 'react'
import type { Guidance, MailAccount, ServerSettings } from '../../../src/model.js'
import { blockerTitle, noteText, noteWords, blockerWhy } from '../../../src/words/words.js'
import { useApi } from '../api-client.js'
import { AccountLabel, SensitiveText } from '../privacy.js'
import { CopyField, PlainField } from './copy-field.js'
import { MovePopButton } from '../flows/move-pop-button.js'
import { useT } from '../i18n/use-t.js'
import { protocolBadge } from '../../../src/words/words.js'
import { securityInWords } from '../text/common.js'

/**
 * "Things to know": the guidance core's answer for this account (blockers and notes, the same
 * words as the CRM wizard), then the facts the reader noted (the core makes every decision).
 */
function useAccountGuidance(accountId: string): Guidance | null {
  const api = useApi()
  const [guidance, setGuidance] = useState<Guidance | null>(null)
  useEffect(() => {
    let current = true
    // Built-in knowledge only: the accounts screen never goes to the network by itself.
    api.guidance({ accountId, offline: true }).then(
      (g) => current && setGuidance(g),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [api, accountId])
  return guidance
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
  const t = useT()
  const incoming = prefix === 'incoming'
  const hostLabel = incoming ? t('ui-accounts:incomingServer') : t('ui-accounts:outgoingServer')
  return (
    <>
      {server.host ? (
        <CopyField label={hostLabel} value={server.host} technical={protocolBadge(server.protocol)} />
      ) : (
        <PlainField label={hostLabel}>{t('ui-accounts:notSet')}</PlainField>
      )}
      {server.url ? <CopyField label={t('ui-accounts:exchangeUrl')} value={server.url} /> : null}
      {server.port !== null ? (
        <CopyField label={incoming ? t('ui-accounts:incomingPort') : t('ui-accounts:outgoingPort')} value={String(server.port)} />
      ) : null}
      <PlainField label={incoming ? t('ui-accounts:security') : t('ui-accounts:outgoingSecurity')}>{securityInWords(server.security)}</PlainField>
      {/* The same username twice is one Copy button too many: say so instead. */}
      {server.username && !incoming && server.username === incomingUsername ? (
        <PlainField label={t('ui-accounts:outgoingUsername')}>{t('ui-accounts:sameUsername')}</PlainField>
      ) : server.username ? (
        <CopyField label={incoming ? t('ui-accounts:username') : t('ui-accounts:outgoingUsername')} value={server.username} sensitive="username" />
      ) : null}
    </>
  )
}

export function AccountCard({ account, onTest }: { account: MailAccount; onTest?: (account: MailAccount) => void }) {
  const t = useT()
  const badge = protocolBadge(account.incoming.protocol)
  const titleId = `account-${account.id}-title`
  const guidance = useAccountGuidance(account.id)
  const known = guidance
    ? [...guidance.blockers.map((b) => `${blockerTitle(b.code)}. ${blockerWhy(b, guidance)}`), ...guidance.notes.map((n) => noteWords(n, guidance))]
    : []
  const thingsToKnow = [...known, ...account.warnings.map(noteText)]
  // The core's step, not the card's own idea: a POP3 account moves to IMAP first.
  const movePop = guidance?.steps.some((s) => s.code === 'move-pop3-to-imap') ?? false
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
        {account.email ? <CopyField label={t('ui-accounts:email')} value={account.email} sensitive="email" /> : null}
        <ServerFields server={account.incoming} prefix="incoming" />
        {account.outgoing ? (
          <ServerFields server={account.outgoing} prefix="outgoing" incomingUsername={account.incoming.username} />
        ) : (
          <PlainField label={t('ui-accounts:outgoingServer')}>{t('ui-accounts:noOutgoing')}</PlainField>
        )}
      </div>
      {movePop ? <MovePopButton accountId={account.id} /> : null}
      {thingsToKnow.length > 0 ? (
        <div className="card-note things-to-know">
          <p className="card-note-title">{t('ui-accounts:warnings')}</p>
          <ul>
            {thingsToKnow.map((w, i) => (
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
            {t('ui-accounts:testAccount')}
            <span className="visually-hidden">
              : <AccountLabel account={account} />
            </span>
          </button>
        </div>
      ) : null}
    </article>
  )
}
