// `test` on the command line against real loopback servers: exit codes, JSON contract, and the
// password in no output at all (stdout, stderr, thrown messages).
import { writeFileSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js'
import { startMicrosoftLikeImap, startScriptedServer, echoingImap, BIGFOOT_POP3_BAD_PASSWORD, type ScriptedServer } from '../helpers/scripted-server.js'
import { sharedTestCertificates } from '../helpers/certs.js'
import { startBlackHole } from '../helpers/black-hole.js'

let dovecot: DovecotServer
let microsoft: ScriptedServer
let echo: ScriptedServer
let pop3: ScriptedServer
let caFile: string

beforeAll(async () => {
  const certs = sharedTestCertificates()
  ;[dovecot, microsoft, echo, pop3] = await Promise.all([
    startDovecot(),
    startMicrosoftLikeImap({ tls: certs.good }),
    startScriptedServer(echoingImap(), { tls: certs.good }),
    startScriptedServer(BIGFOOT_POP3_BAD_PASSWORD, { tls: certs.good }),
  ])
  caFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'msi-ca-')), 'ca.pem')
  writeFileSync(caFile, certs.rootCa)
})
afterAll(async () => {
  await Promise.all([dovecot?.stop(), microsoft?.close(), echo?.close(), pop3?.close()])
})

interface Run {
  code: number
  out: string
  err: string
  asked: string[]
}

async function run(args: string[], stdin: string | null, extra: Partial<CliIo> = {}): Promise<Run> {
  let out = ''
  let err = ''
  const asked: string[] = []
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => stdin ?? '',
    ...extra,
  }
  const wrapConfirm = io.confirm
  if (wrapConfirm) io.confirm = async (q) => (asked.push(q), wrapConfirm(q))
  let code: number
  try {
    code = await main(args, io)
  } catch (error) {
    err += `THROWN: ${(error as Error).message}`
    code = -1
  }
  return { code, out, err, asked }
}

const imapArgs = (port: number, user: string) => ['test', '--host', '127.0.0.1', '--port', String(port), '--security', 'tls', '--protocol', 'imap', '--user', user, '--ca', caFile, '--timeout', '15000']

describe('mail-settings-inspector test', () => {
  it('exits 0 and prints the JSON contract when the login works', async () => {
    const r = await run([...imapArgs(dovecot.ports.imaps, dovecot.user.name), '--password-stdin', '--json'], `${dovecot.user.password}\n`)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['ok', 'verdict', 'stage', 'steps', 'server', 'serverResponse', 'advice', 'durationMs']))
    expect(json.ok).toBe(true)
    expect(json.verdict).toBe('ok')
    expect(`${r.out}${r.err}`).not.toContain(dovecot.user.password)
  })

  it('exits 1 with the verdict when the login fails, and prints steps in plain text', async () => {
    const r = await run([...imapArgs(microsoft.port, 'sam@contoso.test'), '--password-stdin'], 'pw-ms-1234\n')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/FAIL Logging in/)
    expect(r.out).toMatch(/Server said: NO LOGIN failed\./)
    expect(r.out).toMatch(/Sign in with Microsoft/)
    expect(`${r.out}${r.err}`).not.toContain('pw-ms-1234')
  })

  it('keeps an echoed password out of stdout, stderr and JSON', async () => {
    const secret = 'echo-me-9f8e7d'
    for (const json of [true, false]) {
      const r = await run([...imapArgs(echo.port, 'sam'), '--password-stdin', ...(json ? ['--json'] : [])], `${secret}\n`)
      expect(r.code).toBe(1)
      expect(`${r.out}${r.err}`).not.toContain(secret)
      expect(`${r.out}`).toContain('***')
    }
  })

  it('refuses a password on the command line without repeating it', async () => {
    const r = await run([...imapArgs(dovecot.ports.imaps, 'alice'), '--password=hunter2-cli'], null)
    expect(r.code).toBe(2)
    expect(`${r.out}${r.err}`).not.toContain('hunter2-cli')
    // A password typed as a stray word after --user is not echoed in the usage error either.
    const stray = await run([...imapArgs(dovecot.ports.imaps, 'alice'), 'hunter3-stray'], null)
    expect(stray.code).toBe(2)
    expect(`${stray.out}${stray.err}`).not.toContain('hunter3-stray')
  })

  it('exits 2 for bad usage', async () => {
    expect((await run(['test', '--host', '127.0.0.1'], null)).code).toBe(2)
    expect((await run([...imapArgs(dovecot.ports.imaps, 'a').map((a) => (a === 'tls' ? 'ssl' : a)), '--password-stdin'], 'x')).code).toBe(2)
    expect((await run([...imapArgs(dovecot.ports.imaps, 'a'), '--port', 'abc', '--password-stdin'], 'x')).code).toBe(2)
  })

  it('exits 2 without a password source when there is no terminal', async () => {
    const r = await run(imapArgs(dovecot.ports.imaps, 'alice'), null, { promptHidden: async () => null })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--password-stdin/)
  })

  it('uses the hidden prompt on a terminal', async () => {
    const r = await run(imapArgs(dovecot.ports.imaps, dovecot.user.name), null, { promptHidden: async () => dovecot.user.password })
    expect(r.code).toBe(0)
    expect(r.out).not.toContain(dovecot.user.password)
  })

  it('tries the other username form once, only after the user says yes', async () => {
    const args = ['test', '--host', '127.0.0.1', '--port', String(pop3.port), '--security', 'tls', '--protocol', 'pop3', '--user', 'sam', '--email', 'sam@example.test', '--ca', caFile]
    const before = pop3.loginAttempts()
    const no = await run(args, null, { promptHidden: async () => 'pw-pop-1', confirm: async () => false })
    expect(no.asked).toHaveLength(1)
    expect(no.asked[0]).toContain('sam@example.test')
    expect(pop3.loginAttempts()).toBe(before + 1)
    const yes = await run(args, null, { promptHidden: async () => 'pw-pop-1', confirm: async () => true })
    expect(yes.asked).toHaveLength(1)
    expect(pop3.loginAttempts()).toBe(before + 3)
    expect(pop3.commands.filter((c) => c === 'USER sam@example.test')).toHaveLength(1)
  })

  it('never asks when the password came from stdin (scripts)', async () => {
    const args = ['test', '--host', '127.0.0.1', '--port', String(pop3.port), '--security', 'tls', '--protocol', 'pop3', '--user', 'sam', '--email', 'sam@example.test', '--ca', caFile, '--password-stdin']
    const r = await run(args, 'pw\n', { confirm: async () => true })
    expect(r.code).toBe(1)
    expect(r.asked).toHaveLength(0)
  })
})

describe('an unencrypted test (--security none)', () => {
  const popArgs = (port: number, user: string) => ['test', '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--protocol', 'pop3', '--user', user, '--timeout', '4000']

  it('is refused without --allow-plaintext when there is no terminal: exit 2, one line, no connection', async () => {
    const hole = await startBlackHole()
    try {
      const r = await run([...popArgs(hole.port, 'sam'), '--password-stdin'], 'pw-plain-1\n')
      expect(r.code).toBe(2)
      expect(r.err.trim().split('\n')).toHaveLength(1)
      expect(r.err).toMatch(/--allow-plaintext/)
      expect(hole.accepted).toBe(0)
    } finally {
      await hole.close()
    }
  })

  it('asks on a terminal first, and a no sends nothing', async () => {
    const hole = await startBlackHole()
    try {
      const r = await run(popArgs(hole.port, 'sam'), null, { confirm: async () => false, promptHidden: async () => 'pw-plain-2' })
      expect(r.code).toBe(2)
      expect(r.asked).toEqual([expect.stringMatching(/Your password would travel readable: test anyway\?/)])
      expect(hole.accepted).toBe(0)
    } finally {
      await hole.close()
    }
  })

  it('goes ahead with --allow-plaintext without asking', async () => {
    const r = await run([...popArgs(dovecot.ports.pop3, dovecot.user.name), '--allow-plaintext', '--password-stdin'], `${dovecot.user.password}\n`, {
      confirm: async () => false,
    })
    expect(r.asked).toHaveLength(0)
    expect(r.code).toBe(0)
  })
})

describe('Ctrl-C during a test', () => {
  it('closes the connection at once and exits 130', async () => {
    const hole = await startBlackHole()
    let interrupt: (() => void) | null = null
    let listening = 0
    try {
      const running = run([...imapArgs(hole.port, 'sam'), '--timeout', '60000', '--password-stdin'], 'pw-ctrl-c\n', {
        onInterrupt: (handler) => {
          interrupt = handler
          listening++
          return () => listening--
        },
      })
      // Wait for the connection, then press Ctrl-C: the 60 s limit is far away, so a closed
      // socket here can only come from the cancel.
      await vi.waitUntil(() => hole.open() === 1 && interrupt !== null, { timeout: 10_000 })
      interrupt!()
      const r = await running
      expect(r.code).toBe(130)
      expect(r.err).toMatch(/Test stopped/)
      await vi.waitUntil(() => hole.open() === 0, { timeout: 5000 })
      expect(listening).toBe(0)
    } finally {
      await hole.close()
    }
  })
})
