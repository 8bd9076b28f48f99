import { describe, expect, it } from 'vitest'
import { isPrivacyShortcut, privacyShortcutLabel } from '../../../../renderer/src/flows/privacy-shortcut.js'

const key = (k: string, mods: Partial<{ code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
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

  it('is also Alt+Shift+P, which Firefox does not keep for itself', () => {
    expect(isPrivacyShortcut(key('P', { code: 'KeyP', altKey: true, shiftKey: true }))).toBe(true)
    expect(isPrivacyShortcut(key('P', { altKey: true, shiftKey: true }))).toBe(true)
  })

  it('knows Option+Shift+P on a Mac by the key pressed, though it types ∏', () => {
    expect(isPrivacyShortcut(key('∏', { code: 'KeyP', altKey: true, shiftKey: true }))).toBe(true)
    expect(isPrivacyShortcut(key('∏', { altKey: true, shiftKey: true }))).toBe(false)
  })

  it('ignores plain typing and other combinations', () => {
    expect(isPrivacyShortcut(key('P', { shiftKey: true }))).toBe(false)
    expect(isPrivacyShortcut(key('p', { ctrlKey: true }))).toBe(false)
    expect(isPrivacyShortcut(key('p', { altKey: true, code: 'KeyP' }))).toBe(false)
    expect(isPrivacyShortcut(key('O', { altKey: true, shiftKey: true, code: 'KeyO' }))).toBe(false)
    // Ctrl+Alt is AltGr on Windows keyboards: typing a character, never a shortcut.
    expect(isPrivacyShortcut(key('P', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false)
    expect(isPrivacyShortcut(key('P', { metaKey: true, shiftKey: true, altKey: true }))).toBe(false)
  })

  it('labels both shortcuts for the user’s keyboard', () => {
    expect(privacyShortcutLabel('MacIntel')).toBe('⌘⇧P or ⌥⇧P')
    expect(privacyShortcutLabel('Win32')).toBe('Ctrl+Shift+P or Alt+Shift+P')
    expect(privacyShortcutLabel('Linux x86_64')).toBe('Ctrl+Shift+P or Alt+Shift+P')
  })
})
