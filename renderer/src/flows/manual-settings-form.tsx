// "Type the settings yourself": when lookup found nothing (or nothing answered), the user types
// what the provider or IT admin gave them, and goes straight to a real test of exactly that.
import { useId, useState, type FormEvent } from 'react'
import type { Security } from '../../../src/model.js'
import { sslWords } from '../../../src/words/words.js'
import { useNavigation } from '../navigation.js'
import { guidanceText as t } from '../text/flows.js'

const SECURITIES: Security[] = ['tls', 'starttls', 'none']

export function ManualSettingsForm({ email }: { email: string | null }) {
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
    <form className="card manual-settings" onSubmit={submit} noValidate aria-label={t.manualTitle}>
      <p>{t.manualIntro}</p>
      <label htmlFor={ids.host}>{t.manualHost}</label>
      <input id={ids.host} type="text" spellCheck={false} autoComplete="off" value={host} onChange={(e) => setHost(e.target.value)} placeholder="imap.example.com" />
      <label htmlFor={ids.port}>{t.manualPort}</label>
      <input id={ids.port} type="text" inputMode="numeric" value={port} onChange={(e) => setPort(e.target.value)} />
      <label htmlFor={ids.security}>{t.manualSecurity}</label>
      <select id={ids.security} value={security} onChange={(e) => setSecurity(e.target.value as Security)}>
        {SECURITIES.map((s) => (
          <option key={s} value={s}>
            {sslWords(s)} ({s === 'tls' ? 'SSL/TLS' : s === 'starttls' ? 'STARTTLS' : 'none'})
          </option>
        ))}
      </select>
      <label htmlFor={ids.username}>{t.manualUsername}</label>
      <input id={ids.username} type="text" spellCheck={false} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      {invalid ? (
        <p className="field-warning" role="alert">
          {t.manualInvalid}
        </p>
      ) : null}
      <button type="submit" className="button-primary">
        {t.manualTest}
      </button>
    </form>
  )
}
