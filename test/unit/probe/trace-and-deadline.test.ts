import { describe, expect, it } from 'vitest'
import { StepTrace } from '../../../src/probe/trace.js'
import { Deadline } from '../../../src/net/deadline.js'

describe('StepTrace', () => {
  it('closes the open stage as passed when the next begins, and fails the one running', () => {
    const trace = new StepTrace()
    trace.begin('dns')
    trace.pass('ok')
    trace.begin('connect', 'connecting')
    trace.begin('greeting')
    trace.fail('-ERR busy', { code: 'steps:failed.noGreeting' })
    expect(trace.steps.map((s) => [s.stage, s.ok, s.detail, s.note])).toEqual([
      ['dns', true, 'ok', undefined],
      ['connect', true, 'connecting', undefined],
      ['greeting', false, '-ERR busy', { code: 'steps:failed.noGreeting' }],
    ])
    expect(trace.current).toBeNull()
    expect(trace.last).toBe('greeting')
  })
})

describe('Deadline', () => {
  it('rejects a wait that outlives it with the probe timeout code and runs the cleanups', async () => {
    const deadline = new Deadline(50)
    let cleaned = false
    deadline.onTimeout(() => (cleaned = true))
    await expect(deadline.race(new Promise(() => undefined))).rejects.toMatchObject({ code: 'PROBE_TIMEOUT' })
    expect(cleaned).toBe(true)
    expect(deadline.expired).toBe(true)
    deadline.finish()
  })
})
