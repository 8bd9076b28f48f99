import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { CopyField } from '../../../renderer/src/components/copy-field.js'
import { PrivacyProvider } from '../../../renderer/src/privacy.js'

afterEach(cleanup)

describe('CopyField', () => {
  it('copies the value and says "Copied" on its big button', async () => {
    const copied: string[] = []
    render(<CopyField label="Incoming mail server" value="imap.example.com" copy={async (v) => (copied.push(v), true)} />)
    const button = screen.getByRole('button', { name: 'Copy Incoming mail server' })
    expect(button.textContent).toBe('Copy')
    await act(async () => fireEvent.click(button))
    expect(copied).toEqual(['imap.example.com'])
    expect(button.textContent).toBe('Copied')
    expect(screen.getByText('Incoming mail server copied')).toBeTruthy()
  })

  it('says when copying failed instead of pretending', async () => {
    render(<CopyField label="Port" value="993" copy={async () => false} />)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy Port' })))
    expect(screen.getByRole('button', { name: 'Copy Port' }).textContent).toBe('Copy')
    expect(screen.getByText(/Could not copy/)).toBeTruthy()
  })

  it('masks an address on screen in privacy mode but still copies the real one', async () => {
    const copied: string[] = []
    render(
      <PrivacyProvider initial>
        <CopyField label="Email address" value="jane.doe@example.com" sensitive="email" copy={async (v) => (copied.push(v), true)} />
      </PrivacyProvider>,
    )
    expect(document.body.textContent).not.toContain('jane.doe')
    expect(screen.getByText('j***@example.com')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy Email address' })))
    expect(copied).toEqual(['jane.doe@example.com'])
  })
})
