import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { PrivacyControls, PrivacyProvider, Sensitive } from '../../../../renderer/src/privacy.js'

afterEach(() => {
  cleanup()
  sessionStorage.clear()
})

function Page() {
  return (
    <PrivacyProvider>
      <PrivacyControls />
      <p data-testid="value">
        <Sensitive value="ivy.jones@example.com" kind="email" /> <Sensitive value="ijones" kind="username" />{' '}
        <Sensitive value="/Users/ivy/Library/Mail" kind="path" />
      </p>
    </PrivacyProvider>
  )
}

describe('privacy mode controls', () => {
  it('masks addresses, usernames and home folders while on, with a visible badge', () => {
    render(<Page />)
    const toggle = screen.getByRole('switch', { name: 'Privacy mode' })
    expect(toggle.getAttribute('aria-checked')).toBe('false')
    expect(screen.getByTestId('value').textContent).toContain('ivy.jones@example.com')
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-checked')).toBe('true')
    const text = screen.getByTestId('value').textContent ?? ''
    expect(text).not.toMatch(/ivy|ijones/)
    expect(text).toContain('i***@example.com')
    expect(screen.getByText('Privacy mode on: names hidden')).toBeTruthy()
  })

  it('turns on and off with Ctrl+Shift+P and shows the shortcut', () => {
    render(<Page />)
    expect(screen.getByText(/Shortcut: (Ctrl\+Shift\+P|⌘⇧P)/)).toBeTruthy()
    act(() => {
      fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true })
    })
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true')
    act(() => {
      fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true })
    })
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false')
    expect(screen.queryByText('Privacy mode on: names hidden')).toBeNull()
  })

  it('stays on after a reload of the same window, so a screen share never flashes the names', () => {
    const first = render(<Page />)
    fireEvent.click(screen.getByRole('switch'))
    first.unmount()
    render(<Page />)
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true')
    expect(screen.getByTestId('value').textContent).not.toMatch(/ivy/)
  })
})
