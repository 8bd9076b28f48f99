// "Type the settings yourself": when lookup found nothing (or nothing answered), the user types
// what the provider or IT admin gave them, and goes straight to a real test of exactly that.
import { useId, useState, type FormEvent } from 'react'
import type { Security } from '../../../src/model.js'
import { sslWords } from '../../../src/words/words.js'
import { useNavigation } from '../navigation.js'
import { useT } from '../i18n/use-t.js'

// A host name in the reserved example.com domain (RFC 2606): the same in every language.
const HOST_EXAMPLE = 'imap.example.com'

const SECURITIES: Security[] = ['tls', 'starttls', 'none']

export function ManualSettingsForm({ email }: { email: string | null }) {
  const t = useT()
  const { navigate } = useNavigation()
  const ids = { host: useId(), port: useId(), security: useId(), username: useId() }
  const [host, setHost] = useState('')
  const [port, setPort] = useState('993')
  const [security, setSecurity] = useState<Security>('tls')
  const [username, setUsername] = useState(email ?? '')
  const [invalid, setInvalid] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const portNumber = Number(port)
    if (!/^[A-Za-z0-9.:_[\]-]+$/.test(host.trim()) || !Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535) {
      return setInvalid(true)
    }
    setInvalid(false)
    const title = email ?? username
    navigate('test', {
      target: {
        title,
        email,
        incoming: { protocol: 'imap', host: host.trim(), port: portNumber, security, username: username.trim() || null, auth: 'password' },
        outgoing: null,
      },
    })
  }

  return (
    <form className="card manual-settings" onSubmit={submit} noValidate aria-label={t('ui-crm:guidance.manualTitle')}>
      <p>{t('ui-crm:guidance.manualIntro')}</p>
      <label htmlFor={ids.host}>{t('ui-crm:guidance.manualHost')}</label>
      <input id={ids.host} type="text" spellCheck={false} autoComplete="off" value={host} onChange={(e) => setHost(e.target.value)} placeholder={HOST_EXAMPLE} />
      <label htmlFor={ids.port}>{t('ui-crm:guidance.manualPort')}</label>
      <input id={ids.port} type="text" inputMode="numeric" value={port} onChange={(e) => setPort(e.target.value)} />
      <label htmlFor={ids.security}>{t('ui-crm:guidance.manualSecurity')}</label>
      <select id={ids.security} value={security} onChange={(e) => setSecurity(e.target.value as Security)}>
        {SECURITIES.map((s) => (
          <option key={s} value={s}>
            {t('ui-crm:guidance.manualSecurityOption', { ssl: sslWords(s), security: s })}
          </option>
        ))}
      </select>
      <label htmlFor={ids.username}>{t('ui-crm:guidance.manualUsername')}</label>
      <input id={ids.username} type="text" spellCheck={false} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      {invalid ? (
        <p className="field-warning" role="alert">
          {t('ui-crm:guidance.manualInvalid')}
        </p>
      ) : null}
      <button type="submit" className="button-primary">
        {t('ui-crm:guidance.manualTest')}
      </button>
    </form>
  )
}
