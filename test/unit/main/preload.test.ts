import { describe, expect, it, vi } from 'vitest'
import { recorded } from './fake-electron.js'
import { INSPECTOR_METHODS, type InspectorApi } from '../../../src/api.js'

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectronModule())

await import('../../../main/preload.js')

describe('the preload', () => {
  it('exposes exactly InspectorApi as window.inspector and nothing else', () => {
    expect([...recorded.exposed.keys()]).toEqual(['inspector'])
    const inspector = recorded.exposed.get('inspector') as Record<string, unknown>
    expect(Object.keys(inspector).sort()).toEqual([...INSPECTOR_METHODS].sort())
    for (const method of INSPECTOR_METHODS) expect(typeof inspector[method]).toBe('function')
    expect(Object.isFrozen(inspector)).toBe(true)
  })

  it('sends each call on its own channel and unwraps the reply', async () => {
    const inspector = recorded.exposed.get('inspector') as InspectorApi
    recorded.invokeReply = (channel) =>
      channel === 'inspector:lookup'
        ? { ok: false, error: { name: 'NotYetAvailableError', message: 'Looking up is not yet available in this version' } }
        : { ok: true, value: { accounts: [], sources: [] } }
    expect(await inspector.scan()).toEqual({ accounts: [], sources: [] })
    await expect(inspector.lookup('jane@example.com')).rejects.toMatchObject({ name: 'NotYetAvailableError' })
    expect(recorded.invoked.map((c) => c.channel)).toEqual(['inspector:scan', 'inspector:lookup'])
    expect(recorded.invoked[1]!.args).toEqual(['jane@example.com'])
  })
})
