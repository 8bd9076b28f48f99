// Lookup speed goals: catalog load < 50 ms; an offline lookup < 1 ms; a lookup where every network
// candidate is black-holed ends within its deadline + 10 %, not after one timeout per candidate.
import { performance } from 'node:perf_hooks'
import { readCatalogFile } from '../src/providers/catalog.js'
import { lookupSettings } from '../src/providers/lookup.js'
import { startDnsServer } from '../test/helpers/dns-server.js'
import { startBlackHole } from '../test/helpers/black-hole.js'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const verdict = (ok: boolean) => (ok ? 'ok' : 'TOO SLOW')

export async function run(): Promise<void> {
  const loads: number[] = []
  for (let i = 0; i < 20; i++) {
    const t = performance.now()
    readCatalogFile()
    loads.push(performance.now() - t)
  }
  console.log(`catalog load: first ${loads[0]!.toFixed(2)} ms, median ${median(loads).toFixed(2)} ms (limit 50 ms) ${verdict(loads[0]! < 50)}`)

  const addresses = ['jane@gmail.com', 'a@gmx.de', 'b@outlook.com', 'c@proton.me', 'd@unknown-company.example', 'e@bay.wind.ne.jp']
  await lookupSettings(addresses[0]!, { offline: true }) // warm the catalog cache
  const rounds = 2000
  const t0 = performance.now()
  for (let i = 0; i < rounds; i++) await lookupSettings(addresses[i % addresses.length]!, { offline: true })
  const perLookup = (performance.now() - t0) / rounds
  console.log(`offline lookup: ${(perLookup * 1000).toFixed(1)} µs each over ${rounds} (limit 1 ms) ${verdict(perLookup < 1)}`)

  const dns = await startDnsServer({ 'blackhole.test': { A: ['127.0.0.1'] }, '*.blackhole.test': { A: ['127.0.0.1'] } })
  const hole = await startBlackHole()
  try {
    const portMap: Record<number, number> = {}
    for (const p of [443, 993, 143, 995, 110, 465, 587]) portMap[p] = hole.port
    const deadline = 1500
    const t = performance.now()
    const result = await lookupSettings('a@blackhole.test', {
      dnsServer: dns.address,
      portMap,
      ispdbUrl: 'https://ispdb.blackhole.test/v1.1/',
      timeoutMs: deadline,
    })
    const elapsed = performance.now() - t
    console.log(
      `black-holed lookup: ${elapsed.toFixed(0)} ms for a ${deadline} ms deadline (limit ${Math.round(deadline * 1.1)} ms), ` +
        `${hole.accepted} connections held, source "${result.source}" ${verdict(elapsed <= deadline * 1.1)}`,
    )
  } finally {
    await hole.close()
    await dns.close()
  }
}
