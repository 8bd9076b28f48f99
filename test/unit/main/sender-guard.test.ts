import { describe, expect, it } from 'vitest'
import { isTrustedSender, type FrameLike } from '../../../main/sender-guard.js'

const APP_URL = 'file:///Applications/Mail%20Settings%20Inspector.app/Contents/Resources/app.asar/dist/renderer/index.html'

function eventFrom(url: string, options: { subframe?: boolean; otherMain?: boolean; noFrame?: boolean } = {}) {
  const main: FrameLike = { url, parent: null }
  const frame: FrameLike = options.subframe ? { url, parent: main } : main
  return {
    senderFrame: options.noFrame ? null : frame,
    sender: { mainFrame: options.otherMain ? { url, parent: null } : main },
  }
}

describe('isTrustedSender', () => {
  it('accepts the app page in the main frame, with or without a hash', () => {
    expect(isTrustedSender(eventFrom(APP_URL), APP_URL)).toBe(true)
    expect(isTrustedSender(eventFrom(`${APP_URL}#accounts`), APP_URL)).toBe(true)
  })

  it('refuses a sub-frame even when it shows the app page', () => {
    expect(isTrustedSender(eventFrom(APP_URL, { subframe: true }), APP_URL)).toBe(false)
  })

  it('refuses a frame that is not the window main frame', () => {
    expect(isTrustedSender(eventFrom(APP_URL, { otherMain: true }), APP_URL)).toBe(false)
  })

  it('refuses when the frame is gone (navigated away or destroyed)', () => {
    expect(isTrustedSender(eventFrom(APP_URL, { noFrame: true }), APP_URL)).toBe(false)
  })

  it('refuses other pages, other files and other schemes', () => {
    expect(isTrustedSender(eventFrom('https://evil.example/index.html'), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom('file:///tmp/index.html'), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom(APP_URL.replace('index.html', 'other.html')), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom(APP_URL.replace('file://', 'http://localhost')), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom('about:blank'), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom('not a url'), APP_URL)).toBe(false)
  })

  it('treats the own page the same however its path is percent-encoded (a user name with a space or ü)', () => {
    const own = 'file:///C:/Users/J%C3%BCrgen%20M/AppData/Local/Programs/mail-settings-inspector/resources/app.asar/dist/renderer/index.html'
    expect(isTrustedSender(eventFrom(own.replace('%20', ' ').replace('/C:/', '/c:/')), own)).toBe(true)
    expect(isTrustedSender(eventFrom(own.replace('%C3%BC', 'ü')), own)).toBe(true)
    expect(isTrustedSender(eventFrom(own.replace('/Programs/', '/Progr%61ms/')), own)).toBe(true)
  })

  it('refuses look-alike file URLs: another host, hidden separators, dot segments to another file', () => {
    expect(isTrustedSender(eventFrom(APP_URL.replace('file:///', 'file://fileserver/')), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom(APP_URL.replace('/dist/renderer/', '/dist%2Frenderer%2F')), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom(APP_URL.replace('/dist/renderer/', '/dist%5Crenderer%5C')), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom(APP_URL.replace('index.html', 'index.html%00')), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom(APP_URL.replace('index.html', 'x/../../index.html')), APP_URL)).toBe(false)
    expect(isTrustedSender(eventFrom(APP_URL.replace('/Applications/', '/applications/')), APP_URL)).toBe(false)
  })
})
