// `mail-settings-inspector lookup` end to end through main(), with --dns pointing at a real
// DNS server on loopback (dns2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import type { LookupResult } from '../../src/model.js'
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js'
import { setLanguage } from '../../src/i18n/i18n.js'

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '' }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

let dns: TestDnsServer
beforeAll(async () => {
  dns = await startDnsServer({
    '_imaps._tcp.dns-only.test': { SRV: [{ priority: 0, weight: 1, port: 993, target: 'mail.dns-only.test.' }] },
    '_submissions._tcp.dns-only.test': { SRV: [{ priority: 0, weight: 1, port: 465, target: 'mail.dns-only.test.' }] },
  })
})
afterAll(async () => dns?.close())

describe('lookup command', () => {
  it('prints the JSON contract for an offline lookup', async () => {
    const { code, stdout } = await run('lookup', 'jane@gmail.com', '--offline', '--json')
    expect(code).toBe(0)
    const json = JSON.parse(stdout) as LookupResult
    expect(Object.keys(json).sort()).toEqual(['domain', 'email', 'incoming', 'notes', 'outgoing', 'provider', 'source'])
    expect(json).toMatchObject({ email: 'jane@gmail.com', domain: 'gmail.com', provider: { id: 'gmail', name: 'Gmail' }, source: 'catalog' })
    expect(json.incoming[0]).toEqual({ protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'tls', username: 'jane@gmail.com', auth: 'password' })
  })

  it('explains in plain words, including which password to type (the guidance core’s, in Apple’s words)', async () => {
    const { code, stdout } = await run('lookup', 'a@icloud.com', '--offline')
    expect(code).toBe(0)
    expect(stdout).toContain('Provider: iCloud Mail')
    expect(stdout).toContain('Incoming mail server (IMAP)')
    expect(stdout).toContain('Server:    imap.mail.me.com')
    expect(stdout).toContain('Encrypted from the start (SSL/TLS)')
    expect(stdout).toMatch(/For a CRM:\n {2}IMAP: +Yes\n {2}Password: +An app-specific password, not your normal password/)
    expect(stdout).toContain('Steps:     mail-settings-inspector connect a@icloud.com')
    expect(stdout).toMatch(/Good to know:\n {2}- /)
  })

  it('says what blocks a CRM where there is a blocker (GMX keeps IMAP off)', async () => {
    const { code, stdout } = await run('lookup', 'a@gmx.de', '--offline')
    expect(code).toBe(0)
    expect(stdout).toMatch(/IMAP: +Yes, after you switch it on/)
    expect(stdout).toContain('! IMAP must be switched on first')
  })

  it('keeps the codes in JSON and gives the provider’s notes in the chosen language, GMX’s own menu words quoted', async () => {
    try {
      const { code, stdout } = await run('--lang', 'de', 'lookup', 'a@gmx.de', '--offline', '--json')
      expect(code).toBe(0)
      const json = JSON.parse(stdout) as LookupResult
      expect(json).toMatchObject({ provider: { id: 'gmx', name: 'GMX' }, source: 'catalog' })
      // Each note keeps its code (the provider's key) and gets its words in the chosen language.
      const notes = json.notes as unknown as { code: string; text: string }[]
      expect(notes.map((n) => n.code)).toContain('notes:lookup.catalog')
      const text = notes.map((n) => n.text).join(' ')
      expect(text).toContain('GMX schaltet IMAP und POP3 ab, bis Sie sie einschalten')
      expect(text).toContain('„POP3 und IMAP Zugriff erlauben“')
      expect(text).toContain('In der eingebauten Anbieterliste gefunden')
      expect(text).not.toMatch(/switches IMAP and POP3 off/)
    } finally {
      await setLanguage('en')
    }
  })

  it('sends DNS queries to --dns and names the source', async () => {
    const before = dns.queries.length
    const { code, stdout } = await run('lookup', 'a@dns-only.test', '--dns', dns.address, '--timeout', '5000', '--json')
    const json = JSON.parse(stdout) as LookupResult
    expect(code).toBe(0)
    expect(json.source).toBe('srv')
    expect(json.incoming[0]).toMatchObject({ host: 'mail.dns-only.test', port: 993, security: 'tls' })
    expect(json.outgoing[0]).toMatchObject({ port: 465, security: 'tls' })
    expect(dns.queries.slice(before)).toContain('SRV _imaps._tcp.dns-only.test')
  })

  it('exits 1 when nothing is found', async () => {
    const { code, stdout } = await run('lookup', 'a@unknown-company.example', '--offline')
    expect(code).toBe(1)
    expect(stdout).toContain('Found in: nowhere: no settings were found')
  })

  it.each([
    [['lookup'], /exactly one email address/],
    [['lookup', 'not-an-address', '--offline'], /not an email address/],
    [['lookup', 'a@b.example', '--timeout', 'soon'], /--timeout must be a number/],
    [['lookup', 'a@b.example', '--dns', 'not a server'], /--dns/],
    [['lookup', 'a@b.example', '--bogus'], /bogus/],
  ])('exits 2 for bad usage: %j', async (argv, message) => {
    const { code, stderr } = await run(...argv)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })
})
