import { describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main.js'
import type { CliIo } from '../../../src/cli/io.js'

async function run(args: string[], stdin = '') {
  let out = ''
  let err = ''
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: async () => stdin }
  const code = await main(args, io)
  return { code, out, err }
}

describe('mail-settings-inspector explain', () => {
  it('prints {verdict, title, advice, links} with --json', async () => {
    const r = await run(['explain', 'NO LOGIN failed.', '--host', 'outlook.office365.com', '--json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(Object.keys(json).sort()).toEqual(['advice', 'links', 'title', 'verdict'])
    expect(json.verdict).toBe('oauth-required')
  })

  it('explains CRM-side messages in plain text', async () => {
    const r = await run(['explain', 'AADSTS90094: The grant requires admin permission.'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/IT admin must approve/)
    expect(r.out).toMatch(/Verdict: admin-consent-required/)
  })

  it('reads the text from stdin with "-"', async () => {
    const r = await run(['explain', '-', '--json'], 'POP3 is not supported\n')
    expect(JSON.parse(r.out).verdict).toBe('pop3-unsupported')
  })

  it('exits 2 with no text, or with an option that lacks its value', async () => {
    expect((await run(['explain'])).code).toBe(2)
    expect((await run(['explain', 'NO LOGIN failed.', '--host'])).code).toBe(2)
  })

  it('takes words beginning with a dash as the text when they are no option of its own (POP3 -ERR replies)', async () => {
    const r = await run(['explain', '-ERR [AUTH] Authentication failed.', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).verdict).toBe('auth-failed')
    const split = await run(['explain', '--host', 'pop.example.com', '-ERR', '[AUTH]', 'Authentication', 'failed.'])
    expect(split.code).toBe(0)
    expect(split.out).toMatch(/Verdict: auth-failed/)
    // after `--`, even our own option names are text
    const literal = await run(['explain', '--json', '--', '--json', 'NO LOGIN failed.'])
    expect(JSON.parse(literal.out).title).toBeTruthy()
  })
})
