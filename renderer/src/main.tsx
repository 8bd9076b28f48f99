// The renderer's entry: choose the API (Electron's window.inspector or browser mode), start
// the scan before the first render so accounts show as early as possible, then render.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.js'
import { chooseApi } from './api-client.js'
import './styles.css'

const api = chooseApi()
const initialScan = api.scan()
// An early failure is shown by the accounts screen; this only keeps the console quiet.
initialScan.catch(() => {})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} initialScan={initialScan} />
  </StrictMode>,
)
