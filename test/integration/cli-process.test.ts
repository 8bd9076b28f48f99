// The built command as a user runs it, in real processes: in a pipe that closes early, at a
// real terminal (a pty made by util-linux `script`), and with server text that begins with a
// dash. `npm test` builds dist/ before the tests run.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { closeSync, constants, copyFileSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireExecutable } from '../helpers/require-tool.js'
import { startDovecot } from '../helpers/dovecot.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = path.join(ROOT, 'bin', 'mail-settings-inspector.js')

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

/** Whether a process waits for its descriptor 1 to take more (an epoll watch on it, Linux's /proc). */
function waitsOnStdout(pid: number): boolean {
  const dir = `/proc/${pid}/fdinfo`
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return false
  }
  return names.some((name) => {
    try {
      return /^tfd:\s+1\s/m.test(readFileSync(path.join(dir, name), 'utf8'))
    } catch {
      return false
    }
  })
}

describe('in a pipe left non-blocking', () => {
  // Whoever starts the command may hand it a non-blocking pipe: Node does it to a pipe its
  // process.stdout or process.stderr opens (libuv's uv_pipe_open), so `2>&1 | less` shares one.
  // Once such a pipe is full, a write answers EAGAIN instead of waiting (pipe(7)); the command
  // must then wait for the reader through process.stdout, and lose and reorder nothing.
  it('writes every byte in order into a full pipe, waiting for the reader, and ends with 0', async () => {
    const mkfifo = requireExecutable('/usr/bin/mkfifo', 'apt-get install coreutils')
    const bash = requireExecutable('/bin/bash', 'apt-get install bash')
    const expected = spawnSync(process.execPath, [BIN, 'demo', '--json']).stdout
    const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-fifo-'))
    const fifo = path.join(dir, 'out')
    execFileSync(mkfifo, [fifo])
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)
      // Full before the command starts, so its first write meets EAGAIN.
      let filled = 0
      for (;;) {
        try {
          filled += writeSync(writer, Buffer.alloc(4096, 'x'))
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break
          throw error
        }
      }
      // bash hands the pipe on as descriptor 1 as it is: Node's spawn would make a child's
      // descriptors 0-2 blocking again (libuv's uv__process_child_init).
      const child = spawn(bash, ['-c', 'exec "$@" >&3 3>&-', 'bash', process.execPath, BIN, 'demo', '--json'], { stdio: ['ignore', 'ignore', 'pipe', writer] })
      closeSync(writer)
      let stderr = ''
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const code = new Promise<number | null>((resolve) => child.on('close', resolve))
      // Nothing is read until the command waits for the pipe (or has ended).
      await expect.poll(() => child.exitCode !== null || waitsOnStdout(child.pid!), { timeout: 20_000, interval: 20 }).toBe(true)
      const parts: Buffer[] = []
      const buffer = Buffer.alloc(64 * 1024)
      for (;;) {
        let n: number
        try {
          n = readSync(reader, buffer)
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
          await sleep(5)
          continue
        }
        if (n === 0) break // every writer has closed: the command ended
        parts.push(Buffer.from(buffer.subarray(0, n)))
      }
      const out = Buffer.concat(parts)
      expect(stderr).toBe('')
      expect(await code).toBe(0)
      expect(out.subarray(filled).toString('utf8')).toBe(expected.toString('utf8'))
      expect(out.subarray(0, filled).equals(Buffer.alloc(filled, 'x'))).toBe(true)
      expect(out.length).toBe(filled + expected.length)
    } finally {
      closeSync(reader)
      rmSync(dir, { recursive: true, force: true })
    }
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

describe('explain at a terminal, without the text', () => {
  it('says how to paste the message and end it, then explains what was pasted', async () => {
    const script = requireExecutable('/usr/bin/script', 'apt-get install util-linux')
    const command = `${quote([process.execPath, BIN, '--lang', 'de', 'explain'])}; echo "exit=$?"`
    const child = spawn(script, ['-q', '-e', '-c', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    const asked = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('Strg+D')) resolve()
      })
    })
    await asked
    expect(out).toContain('Fügen Sie die Fehlermeldung ein und drücken Sie dann die Eingabetaste und Strg+D')
    child.stdin.write('NO LOGIN failed.\r')
    child.stdin.write('\u0004')
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(out).toContain('Benutzername oder Passwort nicht akzeptiert')
    expect(out).toMatch(/exit=0/)
  })
})

describe('before a build', () => {
  it('says to build first, in one line, when dist/ is missing (a clone installed with --ignore-scripts)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-unbuilt-'))
    try {
      // The package as installed, without dist/: its package.json ("type": "module") and bin/
      // with its own package.json, which keeps the entry CommonJS under its old name.
      copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'))
      cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true })
      const bin = path.join(dir, 'bin', path.basename(BIN))
      const run = spawnSync(process.execPath, [bin, 'demo'], { encoding: 'utf8' })
      expect(run.stderr).toBe('mail-settings-inspector is not built yet: run "npm run build" in its folder (npm install does it too).\n')
      expect(run.stdout).toBe('')
      expect(run.status).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
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
