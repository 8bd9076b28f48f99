// Scan speed: a generated home with 10 Thunderbird profiles x 30 accounts plus one ~5 MB
// prefs.js. Targets: a scan in under 150 ms beyond Node's start-up; the prefs
// parser at 50 MB/s or more. Timed in-process after a warm-up.
import { rmSync } from 'node:fs'
import os from 'node:os'
import { scanHome } from '../src/sources/scan.js'
import { parsePrefs } from '../src/sources/thunderbird/prefs-parser.js'
import { readThunderbirdProfiles } from '../src/sources/thunderbird/reader.js'
import { ACCOUNTS, PROFILES, buildBenchHome, profilePrefs } from './bench-home.js'

interface Timing {
  median: number
  best: number
}

/** Median and best of `runs` after a warm-up; on a busy machine the best is the fairer figure. */
async function timeIt(runs: number, fn: () => Promise<unknown> | unknown): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn() // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! }
}

const ms = (t: Timing) => `${t.median.toFixed(1)} ms median, ${t.best.toFixed(1)} ms best`

export async function run(): Promise<void> {
  const home = buildBenchHome()
  try {
    const check = await readThunderbirdProfiles(home)
    if (check.accounts.length !== PROFILES * ACCOUNTS) {
      throw new Error(`expected ${PROFILES * ACCOUNTS} accounts, got ${check.accounts.length}`)
    }
    const big = Buffer.from(profilePrefs(0, 5 * 1024 * 1024))
    const parse = await timeIt(10, () => parsePrefs(big))
    const mbPerSecond = (t: number) => (big.length / 1e6 / (t / 1000)).toFixed(0)
    const thunderbird = await timeIt(10, () => readThunderbirdProfiles(home))
    const scan = await timeIt(10, () => scanHome({ home }))
    console.log(`home: ${PROFILES} profiles x ${ACCOUNTS} accounts, one prefs.js of ${(big.length / 1e6).toFixed(1)} MB`)
    console.log(`load average: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (figures inflate under load)`)
    console.log(`prefs parser: ${mbPerSecond(parse.median)} MB/s median, ${mbPerSecond(parse.best)} MB/s best (target >= 50)`)
    console.log(`thunderbird reader: ${ms(thunderbird)}`)
    console.log(`full scan (every reader): ${ms(scan)} (target < 150)`)
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}
