// `scan [--home DIR] [--registry FILE] [--json] [--redact]` and `demo [--json]`
// (docs/cli.md). `demo` is a scan of the bundled sample home.
import { readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ScanResult } from '../model.js'
import { redactScan } from '../redact/redact-scan.js'
import { packagePath } from '../package-root.js'
import { LIMITS } from '../api.js'
import { checkFolder, checkRegularFile } from './arg-checks.js'
import { formatScan, type ScanGuidance } from './format-scan.js'
import { EXIT_OK, UsageError, type CliIo } from './io.js'
import { parseCommandLine } from './command-line.js'
import { cliInspector } from './core.js'
import { t } from '../i18n/i18n.js'
import { jsonOutput } from './json-output.js'

/** The bundled sample home that `demo` scans. */
export const SAMPLE_HOME = packagePath('samples', 'home')

interface ScanFlags {
  home?: string
  registry?: string
  json: boolean
  redact: boolean
}

function parse(args: string[]): ScanFlags {
  return parseCommandLine({
    args,
    allowPositionals: false,
    options: {
      home: { type: 'string' },
      registry: { type: 'string' },
      json: { type: 'boolean', default: false },
      redact: { type: 'boolean', default: false },
    },
  }).values
}

/** The sample home may carry a classic Outlook .reg export next to the client folders. */
function sampleRegistryFile(): string | undefined {
  try {
    const reg = readdirSync(SAMPLE_HOME)
      .filter((name) => name.toLowerCase().endsWith('.reg'))
      .sort()[0]
    return reg ? path.join(SAMPLE_HOME, reg) : undefined
  } catch {
    return undefined
  }
}

function summary(result: ScanResult): string {
  const accounts = result.accounts.length
  const profiles = new Set(result.accounts.map((a) => `${a.client}\u0000${a.profile}`)).size
  if (accounts === 0) return ''
  return `${t('cli:scan.found', { accounts, profiles })}\n\n`
}

/** A path as short as a shell in this folder takes it: relative below the current folder, else absolute. */
function pathToType(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

async function scanAndPrint(home: string, registryFile: string | undefined, flags: ScanFlags, io: CliIo, read: ScanGuidance['read']): Promise<number> {
  const api = cliInspector({ home: path.resolve(home), ...(registryFile ? { registryFile: path.resolve(registryFile) } : {}) })
  let result = await api.scan()
  // The core's answer for each account, from built-in knowledge only (a scan never goes online).
  const answers = flags.json ? [] : await Promise.all(result.accounts.map((a) => api.guidance({ accountId: a.id, offline: true }).catch(() => null)))
  if (flags.redact) result = redactScan(result)
  io.stdout(flags.json ? jsonOutput(result) : summary(result) + formatScan(result, { answers, showIds: !flags.redact, read }))
  return EXIT_OK
}

export async function runScan(args: string[], io: CliIo): Promise<number> {
  const flags = parse(args)
  // A mistyped folder would otherwise read as "no mail accounts were found".
  if (flags.home !== undefined) checkFolder('--home', flags.home)
  if (flags.registry !== undefined) checkRegularFile('--registry', flags.registry, LIMITS.registryBytes)
  // The account ids' commands read the same places, as the user typed them.
  return scanAndPrint(flags.home ?? os.homedir(), flags.registry, flags, io, { home: flags.home, registry: flags.registry })
}

export async function runDemo(args: string[], io: CliIo): Promise<number> {
  const flags = parse(args)
  if (flags.home !== undefined) throw new UsageError(t('cli:scan.demoHome'))
  if (flags.registry !== undefined) throw new UsageError(t('cli:scan.demoRegistry'))
  const registry = sampleRegistryFile()
  return scanAndPrint(SAMPLE_HOME, registry, flags, io, { home: pathToType(SAMPLE_HOME), registry: registry && pathToType(registry) })
}
