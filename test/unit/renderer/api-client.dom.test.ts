import { afterAll, describe, expect, it } from 'vitest'
import {
  MissingKeyError,
  NoAnswerError,
  UnexpectedReplyError,
  chooseApi,
  createBrowserModeClient,
  isNotYetAvailable,
  takeTokenFromLocation,
} from '../../../renderer/src/api-client.js'
import type { InspectorApi } from '../../../src/api.js'
import { setLanguage } from '../../../src/i18n/i18n.js'

describe('the renderer API client', () => {
  it('moves the browser-mode token from the address bar into this tab only', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123')
    expect(takeTokenFromLocation()).toBe('abc_DEF-123')
    expect(window.location.hash).toBe('')
    expect(window.sessionStorage.getItem('inspector-token')).toBe('abc_DEF-123')
    // A reload keeps working.
    expect(takeTokenFromLocation()).toBe('abc_DEF-123')
  })

  it('sends JSON with the token header to ./api/<method> and unwraps replies and named errors', async () => {
    const sent: { url: string; init: RequestInit }[] = []
    const replies = [
      { ok: true, value: { accounts: [], sources: [] } },
      { ok: false, error: { name: 'NotYetAvailableError', message: 'Testing a login is not yet available in this version' } },
    ]
    const fetchImpl = (async (url: string, init: RequestInit) => {
      sent.push({ url, init })
      return new Response(JSON.stringify(replies.shift()), { status: 200 })
    }) as unknown as typeof fetch
    const api = createBrowserModeClient('tok', fetchImpl)
    expect(await api.scan()).toEqual({ accounts: [], sources: [] })
    const error = await api.lookup('a@b.c').catch((e: unknown) => e)
    expect(isNotYetAvailable(error)).toBe(true)
    expect(sent[0]!.url).toBe('./api/scan')
    expect(sent[0]!.init.method).toBe('POST')
    expect(sent[0]!.init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Inspector-Token': 'tok' })
    expect(JSON.parse(sent[1]!.init.body as string)).toEqual({ args: ['a@b.c'] })
  })

  it('asks for the printed link when the key is missing or refused', async () => {
    await expect(createBrowserModeClient(null).scan()).rejects.toBeInstanceOf(MissingKeyError)
    const refused = (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch
    await expect(createBrowserModeClient('old', refused).scan()).rejects.toBeInstanceOf(MissingKeyError)
  })

  describe('in the page’s language', () => {
    afterAll(() => setLanguage('en'))

    it('says what to do when the key is missing, nothing answers, or something else answers', async () => {
      const missing = await createBrowserModeClient(null).scan().then(() => new Error('no failure'), (e: unknown) => e as Error)
      // Thrown before the page's language has loaded (the first scan), said once it has.
      await setLanguage('de')
      expect(missing).toBeInstanceOf(MissingKeyError)
      expect(missing.message).toBe('Diese Seite braucht den Link, der im Terminal angezeigt wird (er enthält den privaten Schlüssel dieser Sitzung). Öffnen Sie diesen Link noch einmal.')

      const gone = (async () => {
        throw new TypeError('Failed to fetch')
      }) as unknown as typeof fetch
      const noAnswer = await createBrowserModeClient('tok', gone).scan().then(() => new Error('no failure'), (e: unknown) => e as Error)
      expect(noAnswer).toBeInstanceOf(NoAnswerError)
      expect(noAnswer.message).toMatch(/^Die App antwortet nicht\. .*öffnen Sie den neuen Link/)

      // Another program's JSON may well have an "ok" of its own (Slack-style APIs answer
      // {"ok":false,"error":"..."}): only the core's own reply shape counts.
      for (const body of ['<html>another program</html>', '{"status":"fine"}', 'null', '{"ok":false,"error":"not_found"}', '{"ok":false}', '{"ok":"yes"}', '{"ok":true}']) {
        const other = (async () => new Response(body, { status: 200 })) as unknown as typeof fetch
        const unexpected = await createBrowserModeClient('tok', other).scan().then(() => new Error('no failure'), (e: unknown) => e as Error)
        expect(unexpected, body).toBeInstanceOf(UnexpectedReplyError)
        expect(unexpected.message).toMatch(/^Die App hat unerwartet geantwortet: /)
      }

      // The notice follows a change of language.
      await setLanguage('fr')
      expect(missing.message).toMatch(/^Cette page a besoin du lien affiché dans le terminal/)
    })
  })

  it('uses window.inspector when Electron provides it', () => {
    const inspector = { scan: async () => ({ accounts: [], sources: [] }) } as unknown as InspectorApi
    expect(chooseApi({ inspector } as unknown as Window)).toBe(inspector)
  })
})
