// Bad values for every option that names a file, a folder, a port, a server or a time: one
// plain line on stderr and exit 2, never a stack trace, and never a read that could hang or
// eat memory (/dev/zero as a CA file).
import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main.js'
import { setLanguage } from '../../../src/i18n/i18n.js'
import type { CliIo } from '../../../src/cli/io.js'

const BIN = fileURLToPath(new URL('../../../bin/mail-settings-inspector.js', import.meta.url))
const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-args-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => 'pw\n' }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

function expectOneLine(r: { code: number; stderr: string; stdout: string }, message: RegExp) {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(r.stderr).toMatch(message)
  expect(r.stderr).not.toMatch(/\n\s+at /)
}

const loop = path.join(dir, 'loop')
symlinkSync(loop, loop)
const tooLong = path.join(dir, 'x'.repeat(300))
const aFile = path.join(dir, 'file.txt')
writeFileSync(aFile, 'not a folder')
const testArgs = (...over: string[]) => ['test', '--host', '127.0.0.1', '--port', '993', '--security', 'tls', '--protocol', 'imap', '--user', 'u', '--password-stdin', ...over]

describe('bad arguments: one line, exit 2', () => {
  it.each([
    [['scan', '--home', loop], /--home .*a symlink loop/],
    [['scan', '--home', tooLong], /--home .*longer than the system allows/],
    [['scan', '--home', path.join(dir, 'missing')], /--home .*there is nothing there/],
    [['scan', '--home', aFile], /--home .*not a folder/],
    [['scan', '--home', `${aFile}/below`], /--home .*part of the path is a file/],
    [['scan', '--registry', '/dev/zero'], /--registry \/dev\/zero: this is not an ordinary file/],
    [['scan', '--registry', loop], /--registry .*symlink loop/],
    [['scan', '--registry', dir], /--registry .*not an ordinary file/],
    [['ui', '--home', loop, '--no-open'], /--home .*symlink loop/],
    [['ui', '--port', '1e3', '--no-open'], /--port must be a number from 1 to 65535, written in digits, not "1e3"/],
    [['ui', '--port', '0x8f', '--no-open'], /--port must be a number/],
    [['ui', '--port', '70000', '--no-open'], /--port must be a number/],
    [testArgs('--port', '1e3'), /--port must be a number from 1 to 65535/],
    [testArgs('--port', '0x8f'), /--port must be a number/],
    [testArgs('--port', '70000'), /--port must be a number/],
    [testArgs('--port', '+993'), /--port must be a number/],
    [testArgs('--port', '0'), /--port must be a number/],
    [testArgs('--ca', '/dev/zero'), /--ca \/dev\/zero: this is not an ordinary file/],
    [testArgs('--ca', loop), /--ca .*symlink loop/],
    [testArgs('--ca', aFile), /--ca .*not a PEM certificate file/],
    [testArgs('--timeout', '1e4'), /--timeout must be a number of milliseconds from 100 to 120000, written in digits, not "1e4"/],
    [testArgs('--timeout', '99'), /--timeout must be a number/],
    [['lookup', 'a@b.example', '--dns', '127.0.0.1:70000'], /--dns: “127\.0\.0\.1:70000” is not a DNS server address/],
    [['lookup', 'a@b.example', '--dns', '[::1]:0'], /--dns/],
    [['lookup', 'a@b.example', '--timeout', '0x10'], /--timeout must be a number of milliseconds/],
  ])('%j', async (argv, message) => {
    expectOneLine(await run(...argv), message)
  })

  it('refuses a CA file over the size cap before reading it', async () => {
    const big = path.join(dir, 'big.pem')
    writeFileSync(big, Buffer.alloc(1024 * 1024 + 1, 0x41))
    expectOneLine(await run(...testArgs('--ca', big)), /--ca .*too large \(1\.00 MB; at most 1 MB\)/)
  })

  it('an unreadable --home is one line and exit 2 from the real command, as a user without access', async () => {
    // Root reads everything, so the command runs as "nobody" (setpriv) on a folder only root may enter.
    const locked = path.join(dir, 'locked')
    mkdirSync(path.join(locked, 'home'), { recursive: true })
    chmodSync(locked, 0o700)
    const asNobody = process.getuid?.() === 0
    const [cmd, args] = asNobody
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'scan', '--home', path.join(locked, 'home')]]
      : [process.execPath, [BIN, 'scan', '--home', path.join(locked, 'home')]]
    chmodSync(dir, 0o755)
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(cmd, args as string[], { env: { ...process.env, HOME: os.tmpdir() } }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
      )
    })
    if (asNobody) {
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/--home .*permission denied/)
      expect(result.code).toBe(2)
    } else {
      // Not root: the folder is the tester's own and readable, so this checks the real command end to end instead.
      expect(result.code).toBe(0)
    }
  })
})

describe('a mistyped option, in the language in use', () => {
  // --lang sets the language for the whole process; the next test file expects English.
  afterAll(() => setLanguage('en'))
  // node:util's parseArgs says these in English only.
  const cases: [string[], Record<string, string>][] = [
    [['demo', '--jsno'], { en: 'Unknown option "--jsno".', de: 'Unbekannte Option „--jsno“.', fr: 'Option inconnue « --jsno ».', 'pt-BR': 'Opção desconhecida: “--jsno”.' }],
    [['lookup', 'a@example.com', '--timeout'], { en: '--timeout needs a value.', de: '--timeout braucht einen Wert.', fr: '--timeout a besoin d’une valeur.', nl: '--timeout heeft een waarde nodig.' }],
    [['scan', '--json=yes'], { en: '--json takes no value.', de: '--json nimmt keinen Wert an.', es: '--json no admite ningún valor.', it: '--json non accetta alcun valore.' }],
  ]
  for (const [argv, said] of cases) {
    for (const [lang, line] of Object.entries(said)) {
      it(`${argv.join(' ')} (${lang})`, async () => {
        const r = await run('--lang', lang, ...argv)
        expect(r.code).toBe(2)
        expect(r.stdout).toBe('')
        expect(r.stderr.split('\n')[0]).toBe(line)
      })
    }
  }
})
