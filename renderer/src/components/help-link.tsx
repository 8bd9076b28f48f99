// A help link is a button: the page never navigates; the core's openHelp opens allow-listed
// pages in the user's browser (Electron's shell or the OS opener in browser mode). When the
// page cannot be opened (no browser set up, a locked-down PC), its address is shown instead,
// so the user is never left with a button that does nothing.
import { useState } from 'react'
import { useApi } from '../api-client.js'
import { useT } from '../i18n/use-t.js'

export function HelpLink({ url, label }: { url: string; label: string }) {
  const t = useT()
  const api = useApi()
  const [failed, setFailed] = useState(false)
  const open = async () => {
    const opened = await api.openHelp(url).catch(() => false)
    setFailed(!opened)
  }
  return (
    <>
      <button type="button" className="button-link" onClick={() => void open()}>
        {label}
      </button>
      {failed ? (
        <span className="help-link-failed" role="status">
          {' '}
          {t('ui-common:app.linkNotOpened')} <span className="link-address">{url}</span>
        </span>
      ) : null}
    </>
  )
}
