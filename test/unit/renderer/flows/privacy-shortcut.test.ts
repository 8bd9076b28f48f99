import { describe, expect, it } from 'vitest'
import { isPrivacyShortcut, privacyShortcutLabel } from '../../../../renderer/src/flows/privacy-shortcut.js'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('the privacy mode shortcut', () => {
  it('is Ctrl+Shift+P, or Command+Shift+P on a Mac', () => {
    expect(isPrivacyShortcut(key('P', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(isPrivacyShortcut(key('p', { metaKey: true, shiftKey: true }))).toBe(true)
  })

  it('ignores plain typing and other combinations', () => {
    expect(isPrivacyShortcut(key('P', { shiftKey: true }))).toBe(false)
    expect(isPrivacyShortcut(key('p', { ctrlKey: true }))).toBe(false)
    expect(isPrivacyShortcut(key('P', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false)
  })

  it('labels the shortcut for the user’s keyboard', () => {
    expect(privacyShortcutLabel('MacIntel')).toBe('⌘⇧P')
    expect(privacyShortcutLabel('Win32')).toBe('Ctrl+Shift+P')
  })
})
