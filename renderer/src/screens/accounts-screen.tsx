// The first screen: scanning starts when the app opens; accounts appear as cards grouped
// by mail program; unreadable programs show their fix; with nothing found, lookup by email.
import { useEffect } from 'react'
import type { MailAccount, MailClient } from '../../../src/model.js'
import { AccountCard } from '../components/account-card.js'
import { ErrorNotice } from '../components/error-notice.js'
import { NothingFound } from '../components/nothing-found.js'
import { SourceProblems, WhereWeLooked } from '../components/source-problems.js'
import { useNavigation, type TestTarget } from '../navigation.js'
import { useScan } from '../scan-state.js'
import { accountNameWords, clientName } from '../../../src/words/words.js'
import { LookupForm } from './lookup-screen.js'
import { ScreenTitle } from './screen-title.js'
import { useT } from '../i18n/use-t.js'

export function targetForAccount(account: MailAccount): TestTarget {
  return { title: account.email ?? accountNameWords(account), email: account.email, incoming: account.incoming, outgoing: account.outgoing }
}

function groupByClient(accounts: MailAccount[]): [MailClient, MailAccount[]][] {
  const groups = new Map<MailClient, MailAccount[]>()
  for (const account of accounts) {
    const list = groups.get(account.client) ?? []
    list.push(account)
    groups.set(account.client, list)
  }
  return [...groups]
}

/** Marks the moment the first accounts are on screen (the e2e run prints it). */
function useFirstAccountsMark(count: number) {
  useEffect(() => {
    if (count > 0 && performance.getEntriesByName('first-accounts-visible').length === 0) {
      performance.mark('first-accounts-visible')
    }
  }, [count])
}

export function AccountsScreen() {
  const t = useT()
  const { state, rescan } = useScan()
  const { navigate } = useNavigation()
  const accounts = state.status === 'done' ? state.result.accounts : []
  useFirstAccountsMark(accounts.length)
  const onTest = (account: MailAccount) => navigate('test', { target: targetForAccount(account) })

  return (
    <>
      <ScreenTitle>{t('ui-accounts:title')}</ScreenTitle>
      {state.status === 'scanning' ? (
        <p className="status" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('ui-accounts:scanning')}
        </p>
      ) : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={rescan} what={t('ui-accounts:scanFailed')} /> : null}
      {state.status === 'done' ? (
        <>
          <p className="intro" role="status">
            {accounts.length > 0 ? `${t('ui-accounts:found', { count: accounts.length })} ${t('ui-accounts:intro')}` : t('ui-accounts:noneFound')}
          </p>
          <SourceProblems sources={state.result.sources} onRescan={rescan} />
          {groupByClient(accounts).map(([client, list]) => (
            <section className="client-group" key={client} aria-labelledby={`group-${client}`}>
              <h2 id={`group-${client}`}>{t('ui-accounts:accountsIn', { client: clientName(client) })}</h2>
              <div className="cards">
                {list.map((account) => (
                  <AccountCard key={account.id} account={account} onTest={onTest} />
                ))}
              </div>
            </section>
          ))}
          {/* Nothing found: the next step (type the address) first, then where we looked. */}
          {accounts.length === 0 ? (
            <section className="card" aria-labelledby="none-found-lookup">
              <h2 id="none-found-lookup">{t('ui-accounts:noneFoundNext')}</h2>
              <LookupForm />
            </section>
          ) : null}
          {accounts.length === 0 ? <NothingFound sources={state.result.sources} /> : null}
          <div className="screen-footer">
            <button type="button" className="button-secondary" onClick={rescan}>
              {t('ui-accounts:scanAgain')}
            </button>
            <WhereWeLooked sources={state.result.sources} />
          </div>
        </>
      ) : null}
    </>
  )
}
