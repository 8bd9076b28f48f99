// The command as a user runs it: whole processes, start-up included, beside baselines run in
// the same loop (so machine load hits both alike): a bare `node -e 0`, and curl making the
// same IMAPS login + EXAMINE as `test`. Goals: `--help` <= 60 ms beyond node's start, a scan of
// the bench home (10 profiles x 30 accounts, one 5 MB prefs.js) <= 150 ms beyond, a `test`
// login within 8x curl's. Figures are medians of many runs.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDovecot } from '../test/helpers/dovecot.js'
import { buildBenchHome } from './bench-home.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = path.join(ROOT, 'bin/mail-settings-inspector.js')
const RUNS = 21

interface Command {
  label: string
  file: string
  args: string[]
  options?: SpawnSyncOptions
}

function timeOnce(command: Command): number {
  const start = performance.now()
  const run = spawnSync(command.file, command.args, { stdio: ['pipe', 'ignore', 'pipe'], ...command.options })
  const elapsed = performance.now() - start
  if (run.status !== 0) throw new Error(`${command.label} exited ${run.status}: ${String(run.stderr).slice(0, 500)}`)
  return elapsed
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Every command once per round, round after round; one warm-up round first. */
function timeInRounds(commands: Command[], runs: number = RUNS): number[] {
  for (const command of commands) timeOnce(command)
  const times: number[][] = commands.map(() => [])
  for (let round = 0; round < runs; round++) {
    commands.forEach((command, i) => times[i]!.push(timeOnce(command)))
  }
  return times.map(median)
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')

export async function run(): Promise<void> {
  const node: Command = { label: 'node -e 0', file: process.execPath, args: ['-e', '0'] }
  const home = buildBenchHome()
  try {
    const [bare, help, scan] = timeInRounds([
      node,
      { label: '--help', file: process.execPath, args: [BIN, '--help'] },
      { label: 'scan', file: process.execPath, args: [BIN, 'scan', '--home', home, '--json'] },
    ])
    console.log(`load average: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; medians of ${RUNS} runs`)
    console.log(`node -e 0: ${fmt(bare!)}`)
    console.log(`--help: ${fmt(help!)} = node + ${fmt(help! - bare!)} (goal <= 60): ${verdict(help! - bare! <= 60)}`)
    console.log(`scan (10 x 30 accounts, 5 MB prefs.js): ${fmt(scan!)} = node + ${fmt(scan! - bare!)} (goal <= 150): ${verdict(scan! - bare! <= 150)}`)
  } finally {
    rmSync(home, { recursive: true, force: true })
  }

  const dovecot = await startDovecot()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msi-bench-cli-'))
  try {
    const { host, ports, user, caFile } = dovecot
    // curl reads the login from a netrc file, so the password is in no process's argv.
    const netrc = path.join(dir, 'netrc')
    writeFileSync(netrc, `machine ${host} login ${user.name} password ${user.password}\n`, { mode: 0o600 })
    const curl: Command = {
      label: 'curl',
      file: 'curl',
      args: ['--silent', '--show-error', '--fail', '--cacert', caFile, '--netrc-file', netrc, '--request', 'EXAMINE INBOX', `imaps://${host}:${ports.imaps}/`],
    }
    const test: Command = {
      label: 'test',
      file: process.execPath,
      args: [BIN, 'test', '--protocol', 'imap', '--host', host, '--port', String(ports.imaps), '--security', 'tls', '--user', user.name, '--password-stdin', '--ca', caFile],
      options: { input: `${user.password}\n` },
    }
    const [bare, curlMs, testMs] = timeInRounds([node, curl, test])
    const ratio = testMs! / curlMs!
    console.log(`IMAPS login + EXAMINE vs local Dovecot: curl ${fmt(curlMs!)}, test ${fmt(testMs!)} (node alone ${fmt(bare!)}) = ${ratio.toFixed(1)}x curl (goal <= 8x): ${verdict(ratio <= 8)}`)
  } finally {
    await dovecot.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
