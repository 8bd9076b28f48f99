// The built command as a user runs it, in real processes: in a pipe that closes early, at a
// real terminal (a pty made by util-linux `script`), and with server text that begins with a
// dash. `npm test` builds dist/ before the tests run.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireExecutable } from '../helpers/require-tool.js'
import { startDovecot } from '../helpers/dovecot.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = path.join(ROOT, 'bin', 'mail-settings-inspector.cjs')

beforeAll(() => {
  expect(existsSync(path.join(ROOT, 'dist', 'cli', 'main.cjs')), 'run npm run build first').toBe(true)
})

function quote(args: string[]): string {
  return args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
}

describe('in a pipe', () => {
  it('ends quietly with 0 when the reader closes before the output is written', async () => {
    const child = spawn(process.execPath, [BIN, 'demo', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy() // the reader is gone before the scan has printed a byte
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('works with head: `scan --json | head -c 10` prints 10 bytes and the pipeline succeeds', () => {
    const run = spawnSync('bash', ['-c', `set -o pipefail; ${quote([process.execPath, BIN, 'demo', '--json'])} | head -c 10`], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout).toHaveLength(10)
    expect(run.status).toBe(0)
  })
})

describe('at the password prompt on a terminal', () => {
  it('Ctrl-C cancels with exit 130 and leaves the terminal echoing in line mode', async () => {
    const script = requireExecutable('/usr/bin/script', 'apt-get install util-linux')
    const command = `${quote([process.execPath, BIN, 'test', '--protocol', 'imap', '--host', '127.0.0.1', '--port', '9', '--security', 'tls', '--user', 'sam'])}; echo "exit=$?"; stty -a`
    const child = spawn(script, ['-q', '-e', '-c', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    const prompted = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('Password (not shown):')) resolve()
      })
    })
    await prompted
    child.stdin.write('secret-start\u0003')
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0) // stty's status: the shell went on after the command
    expect(out).toMatch(/Cancelled\./)
    expect(out).toMatch(/exit=130/)
    const modes = out.slice(out.indexOf('exit=130'))
    expect(modes).toMatch(/(^|\s)icanon(\s|$)/m)
    expect(modes).toMatch(/(^|\s)echo(\s|$)/m)
    expect(out).not.toContain('secret-start')
  })
})

describe('explain with server text', () => {
  it('explains "-ERR [AUTH] ..." given as the text, not as an option', () => {
    const run = spawnSync(process.execPath, [BIN, 'explain', '-ERR [AUTH] Authentication failed.', '--json'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).verdict).toBe('auth-failed')
  })
})

describe('a login test by the built command', () => {
  it('logs in to Dovecot over IMAPS and opens the inbox, and the password is in no output', async () => {
    const dovecot = await startDovecot()
    try {
      const { host, ports, user, caFile } = dovecot
      const args = ['test', '--protocol', 'imap', '--host', host, '--port', String(ports.imaps), '--security', 'tls', '--user', user.name, '--password-stdin', '--ca', caFile, '--json']
      const run = spawnSync(process.execPath, [BIN, ...args], { input: `${user.password}\n`, encoding: 'utf8', timeout: 60_000 })
      const result = JSON.parse(run.stdout)
      expect(result.verdict).toBe('ok')
      expect(result.steps.map((s: { stage: string }) => s.stage)).toContain('mailbox')
      expect(run.status).toBe(0)
      expect(`${run.stdout}${run.stderr}`).not.toContain(user.password)
    } finally {
      await dovecot.stop()
    }
  })
})
