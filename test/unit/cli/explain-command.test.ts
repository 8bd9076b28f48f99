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

  it('exits 2 with no text or an unknown option', async () => {
    expect((await run(['explain'])).code).toBe(2)
    expect((await run(['explain', 'x', '--nope'])).code).toBe(2)
  })
})
