// A help link is a button: the page never navigates; the core's openHelp opens allow-listed
// pages in the user's browser (Electron's shell or the OS opener in browser mode).
import { useApi } from '../api-client.js'

export function HelpLink({ url, label }: { url: string; label: string }) {
  const api = useApi()
  return (
    <button type="button" className="button-link" onClick={() => void api.openHelp(url).catch(() => false)}>
      {label}
    </button>
  )
}
