// "Report for your admin": copy as text or save as JSON. Masked by default ("Mask usernames
// and addresses" ticked); never a password. In privacy mode the preview stays masked even
// when the box is unticked; the copied or saved report follows the box.
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react'
import type { AppInfo } from '../../../src/api.js'
import type { Guidance } from '../../../src/model.js'
import { buildReport, formatReportJson } from '../../../src/report/report.js'
import { formatReportText } from '../../../src/report/report-text.js'
import { useApi } from '../api-client.js'
import { copyToClipboard } from '../components/copy-field.js'
import { usePrivacy } from '../privacy.js'
import { useScan } from '../scan-state.js'
import { ScreenTitle } from '../screens/screen-title.js'
import { lastPastedError, subscribeToPastedError } from './pasted-error-log.js'
import { recordedTests, subscribeToTests } from './test-log.js'
import { useT } from '../i18n/use-t.js'

/** Used when the core cannot say (e.g. an older core): the report still says what it knows. */
/** The saved file's name: a file name, the same in every language. */
const REPORT_FILE_NAME = 'mail-settings-report.json'

function fallbackAppInfo(): AppInfo {
  return { name: 'Mail Settings Inspector', version: 'unknown', os: navigator.userAgent, platform: 'linux', shell: 'browser' }
}

/** Saves through the browser's own download: no file access needed in either shell. */
function saveJson(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function ReportScreen() {
  const t = useT()
  const api = useApi()
  const { on: privacyOn } = usePrivacy()
  const { state: scan } = useScan()
  const tests = useSyncExternalStore(subscribeToTests, recordedTests)
  const pastedError = useSyncExternalStore(subscribeToPastedError, lastPastedError)
  const maskId = useId()
  const helpId = useId()
  const [mask, setMask] = useState(true)
  const [app, setApp] = useState<AppInfo | null>(null)
  const [done, setDone] = useState<'copied' | 'saved' | 'copy-failed' | null>(null)

  useEffect(() => {
    let current = true
    api.appInfo().then(
      (info) => current && setApp(info),
      () => current && setApp(fallbackAppInfo()),
    )
    return () => {
      current = false
    }
  }, [api])

  const scanResult = scan.status === 'done' ? scan.result : null
  // What the CRM needs per account: the same answer the accounts screen and the wizard show.
  const [guidance, setGuidance] = useState<Record<string, Guidance>>({})
  useEffect(() => {
    let current = true
    const accounts = scanResult?.accounts ?? []
    void Promise.all(accounts.map((a) => api.guidance({ accountId: a.id, offline: true }).then((g) => [a.id, g] as const, () => null))).then((pairs) => {
      if (current) setGuidance(Object.fromEntries(pairs.filter((p) => p !== null)))
    })
    return () => {
      current = false
    }
  }, [api, scanResult])
  const report = useMemo(
    () => (app ? buildReport({ scan: scanResult, tests, app, maskUsernames: mask, guidance, pastedError }) : null),
    [app, scanResult, tests, mask, guidance, pastedError],
  )
  const preview = useMemo(() => {
    if (!app || !report) return ''
    return formatReportText(mask || !privacyOn ? report : buildReport({ scan: scanResult, tests, app, maskUsernames: true, guidance, pastedError }))
  }, [app, report, mask, privacyOn, scanResult, tests, guidance, pastedError])

  if (!report) {
    return (
      <>
        <ScreenTitle>{t('ui-report:title')}</ScreenTitle>
        <p role="status">{t('ui-report:loading')}</p>
      </>
    )
  }

  return (
    <div className="report-screen">
      <ScreenTitle>{t('ui-report:title')}</ScreenTitle>
      <p className="intro">{t('ui-report:intro')}</p>
      <div className="card">
        <div className="checkbox-row">
          <input id={maskId} type="checkbox" checked={mask} onChange={(e) => setMask(e.target.checked)} aria-describedby={helpId} />
          <label htmlFor={maskId}>{t('ui-report:maskLabel')}</label>
        </div>
        <p id={helpId} className="field-help">
          {t('ui-report:maskHelp')}
        </p>
        <div className="wizard-actions">
          <button
            type="button"
            className="button-primary"
            onClick={async () => setDone((await copyToClipboard(formatReportText(report))) ? 'copied' : 'copy-failed')}
          >
            {done === 'copied' ? t('ui-report:copied') : t('ui-report:copyText')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              saveJson(formatReportJson(report), REPORT_FILE_NAME)
              setDone('saved')
            }}
          >
            {done === 'saved' ? t('ui-report:saved') : t('ui-report:saveJson')}
          </button>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {done === 'copied' ? t('ui-report:copied') : done === 'saved' ? t('ui-report:saved') : done === 'copy-failed' ? t('ui-report:copyFailed') : ''}
        </p>
      </div>
      <h2>{t('ui-report:preview')}</h2>
      {privacyOn && !mask ? <p className="field-help">{t('ui-report:previewMasked')}</p> : null}
      <pre className="report-preview" tabIndex={0} aria-label={t('ui-report:preview')}>
        {preview}
      </pre>
    </div>
  )
}
