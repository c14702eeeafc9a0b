// `npx tsx scripts/bench-relay-paired.ts`: this relay against another checkout's
// (BENCH_LIVRET_OLD_DIR, as in bench-relay.ts), both running the fan-out scenario AT THE SAME
// TIME, each with its own load generator, so that both see the same host load. On a shared host
// the sequential `npm run bench:relay` cannot tell a few percent apart: its rounds run minutes
// apart, and CPU per delivery falls by a third when the host is busy (the relay then reads and
// writes more per wake-up). Figures are per round and their ratios (this relay / the other), then
// the median ratios; both relays compete for the same cores, so absolute figures are lower than
// bench-relay.ts's. PAIRED_ROUNDS (default 3) rounds; the JSON line at the end has every figure.
import { fork, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { ServerName } from './bench-relay/client.ts'
import type { LoadSpec } from './bench-relay/scenarios.ts'
import { type Sample, sample, startServer } from './bench-relay/servers.ts'

interface Figures {
  cpuUsPerDelivery: number
  p50Ms: number
  p99Ms: number
  deliveries: number
}

async function fanoutOn(server: ServerName): Promise<Figures> {
  const running = await startServer(server)
  const samples: Record<string, Sample> = {}
  try {
    const spec: LoadSpec = { server, base: running.base, scenario: 'fanout', quick: false }
    const child = fork('scripts/bench-relay/load.ts', [JSON.stringify(spec)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const result = await new Promise<Record<string, number>>((resolve, reject) => {
      child.on('message', (m: { mark?: string; result?: Record<string, number>; error?: string }) => {
        if (m.mark) {
          samples[m.mark] = sample(running.pid)
          child.send({ ack: m.mark })
        } else if (m.result) resolve(m.result)
        else if (m.error) reject(new Error(m.error))
      })
      child.on('exit', (code) => reject(new Error(`load generator exited with ${code}`)))
    })
    const start = samples['fanout-start'] as Sample
    const end = samples['fanout-end'] as Sample
    const deliveries = result.deliveries as number
    return {
      cpuUsPerDelivery: (end.cpuUs - start.cpuUs) / deliveries,
      p50Ms: result.p50Ms as number,
      p99Ms: result.p99Ms as number,
      deliveries,
    }
  } finally {
    await running.stop()
  }
}

// Two servers and two load generators with 1,000 sockets each: raise the soft `ulimit -n` to
// the hard limit by re-executing under bash, as bench-relay.ts does.
const openFiles = Number(
  readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'))
    ?.split(/\s+/)[3] ?? 0,
)
if (openFiles < 4096 && !process.env.BENCH_ULIMIT_RAISED) {
  const result = spawnSync(
    'bash',
    [
      '-c',
      'ulimit -n "$(ulimit -Hn)" && exec "$0" --import tsx scripts/bench-relay-paired.ts',
      process.execPath,
    ],
    { stdio: 'inherit', env: { ...process.env, BENCH_ULIMIT_RAISED: '1' } },
  )
  process.exit(result.status ?? 1)
}

if (!process.env.BENCH_LIVRET_OLD_DIR) {
  console.error('BENCH_LIVRET_OLD_DIR=<checkout of the other relay, node_modules linked> is required')
  process.exit(2)
}
const rounds = Math.max(1, Math.floor(Number(process.env.PAIRED_ROUNDS ?? 3)) || 3)
const round2 = (x: number) => Math.round(x * 1000) / 1000
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}
const results: { load: string; livret: Figures; old: Figures }[] = []
for (let i = 1; i <= rounds; i++) {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  const [livret, old] = await Promise.all([fanoutOn('livret'), fanoutOn('livret-old')])
  results.push({ load, livret, old })
  const f = (x: Figures) =>
    `CPU ${x.cpuUsPerDelivery.toFixed(2)} µs/delivery, p50 ${x.p50Ms.toFixed(2)} ms, p99 ${x.p99Ms.toFixed(2)} ms`
  console.log(
    `round ${i} (load ${load}): livret ${f(livret)} | livret-old ${f(old)} | ratio CPU ${round2(livret.cpuUsPerDelivery / old.cpuUsPerDelivery)}, p50 ${round2(livret.p50Ms / old.p50Ms)}, p99 ${round2(livret.p99Ms / old.p99Ms)}`,
  )
}
const ratios = {
  cpuUsPerDelivery: round2(median(results.map((r) => r.livret.cpuUsPerDelivery / r.old.cpuUsPerDelivery))),
  fanoutP50Ms: round2(median(results.map((r) => r.livret.p50Ms / r.old.p50Ms))),
  fanoutP99Ms: round2(median(results.map((r) => r.livret.p99Ms / r.old.p99Ms))),
}
console.log(
  `median ratios livret / livret-old over ${rounds} paired rounds: CPU per delivery ×${ratios.cpuUsPerDelivery}, fan-out p50 ×${ratios.fanoutP50Ms}, p99 ×${ratios.fanoutP99Ms}`,
)
console.log(JSON.stringify({ rounds, ratios, results }))
