import { afterEach, describe, expect, it } from 'vitest'
import { clearRecordedTests, recordedTests, withTestLog } from '../../../../renderer/src/flows/test-log.js'
import type { InspectorApi } from '../../../../src/api.js'
import type { TestRequest, TestResult } from '../../../../src/model.js'

afterEach(clearRecordedTests)

function resultFor(request: TestRequest): TestResult {
  return {
    ok: false,
    verdict: 'auth-failed',
    stage: 'auth',
    steps: [],
    server: { protocol: request.protocol, host: request.host, port: request.port, security: request.security, username: request.username },
    serverResponse: 'NO',
    advice: { verdict: 'auth-failed', title: '', what: '', why: '', next: [], links: [] },
    durationMs: 3,
  }
}

describe('the session test log (for the admin report)', () => {
  it('keeps every test result made through the API, and never the request with its password', async () => {
    const core = { testAccount: async (r: TestRequest) => resultFor(r) } as unknown as InspectorApi
    const api = withTestLog(core)
    await api.testAccount({ protocol: 'imap', host: 'h', port: 993, security: 'tls', username: 'u', password: 'Pw-123456' })
    expect(recordedTests()).toHaveLength(1)
    expect(recordedTests()[0]?.result.server.host).toBe('h')
    expect(JSON.stringify(recordedTests())).not.toContain('Pw-123456')
  })
})
