import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import os from 'node:os'
import { scanHome } from '../sources/scan.js'
import { redactScan } from '../report/redact.js'
import { formatScan } from './format-scan.js'
import { EXIT_OK, UsageError, type CliIo } from './io.js'

/** The bundled sample home that `demo` scans. */
export const SAMPLE_HOME = fileURLToPath(new URL('../../samples/home', import.meta.url))

function parse(args: string[], allowHome: boolean) {
  try {
    return parseArgs({
      args,
      allowPositionals: false,
      options: {
        home: { type: 'string' },
        registry: { type: 'string' },
        json: { type: 'boolean', default: false },
        redact: { type: 'boolean', default: false },
      },
      strict: true,
    }).values as { home?: string; registry?: string; json: boolean; redact: boolean }
  } catch (error) {
    throw new UsageError((error as Error).message)
  } finally {
    void allowHome
  }
}

async function scanAndPrint(
  home: string,
  registryFile: string | undefined,
  json: boolean,
  redact: boolean,
  io: CliIo,
): Promise<number> {
  let result = await scanHome({ home: path.resolve(home), registryFile, platform: process.platform })
  if (redact) result = redactScan(result)
  io.stdout(json ? `${JSON.stringify(result, null, 2)}\n` : formatScan(result))
  return EXIT_OK
}

export async function runScan(args: string[], io: CliIo): Promise<number> {
  const values = parse(args, true)
  return scanAndPrint(values.home ?? os.homedir(), values.registry, values.json, values.redact, io)
}

export async function runDemo(args: string[], io: CliIo): Promise<number> {
  const values = parse(args, false)
  if (values.home) throw new UsageError('demo always reads the bundled sample home; use scan --home DIR for another')
  const registry = values.registry ?? undefined
  return scanAndPrint(SAMPLE_HOME, registry, values.json, values.redact, io)
}
