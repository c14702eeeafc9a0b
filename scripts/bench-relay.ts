// `npm run bench:relay`: the same load generator against this relay, @y/websocket-server
// 0.1.1 and @hocuspocus/server 3 (no extensions), side by side. Each (server, scenario)
// pair gets a fresh server process and a separate load-generator process; server CPU and
// RSS are read from /proc/<pid>. Prints a table, then the figures as one JSON line.
// Every server runs with the same preloads (tsx, heap-probe.ts with --expose-gc), so idle
// RSS is read after a full GC in each, and "live heap kept" tells memory a server still
// uses from memory its allocator keeps in RSS. This relay runs with its defaults except the
// per-IP and per-room connection limits (all clients come from 127.0.0.1).
// BENCH_LIVRET_OLD_DIR=<checkout> adds 'livret-old', the relay of that checkout (e.g. a
// `git worktree add ../livret-old <commit>` with node_modules symlinked), to compare versions in one run.
// BENCH_QUICK=1: 100 clients instead of 1,000 (5,000 idle -> 500). BENCH_SERVERS and
// BENCH_SCENARIOS (comma lists) select a subset. BENCH_PROFILE=dir writes V8 CPU profiles
// of the servers and load generators; BENCH_LIVRET_ENV='{"LIVRET_…":"…"}' tries settings.
// Needs ~12,000 open files: the script raises its soft `ulimit -n` to the hard limit by
// re-executing itself under bash. Beyond the required keys the JSON line carries
// leftRoomsRetainedMB, leftRoomsLiveMB, stormServerCpuS and stormLoadCpuS. 'floor' (server-floor.ts:
// ws answering sync step 1 with a cached state, nothing else) runs in the storm only, as the
// time a storm takes when the server does the least possible.
import { execFileSync, fork, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { ServerName } from './bench-relay/client.ts'
import type { LoadSpec } from './bench-relay/scenarios.ts'
import { type Sample, sample, startServer } from './bench-relay/servers.ts'

type Scenario = LoadSpec['scenario']
const SERVERS: ServerName[] = [
  'livret',
  ...(process.env.BENCH_LIVRET_B_ENV ? (['livret-b'] as const) : []),
  ...(process.env.BENCH_LIVRET_OLD_DIR ? (['livret-old'] as const) : []),
  'ywebsocket',
  'hocuspocus',
  'floor',
]
const SCENARIOS: Scenario[] = ['fanout', 'storm', 'idle', 'left']

function openFileLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'))
  return Number(line?.split(/\s+/)[3] ?? 0)
}

if (openFileLimit() < 16_384 && !process.env.BENCH_ULIMIT_RAISED) {
  const result = spawnSync(
    'bash',
    ['-c', 'ulimit -n "$(ulimit -Hn)" && exec "$0" --import tsx scripts/bench-relay.ts', process.execPath],
    { stdio: 'inherit', env: { ...process.env, BENCH_ULIMIT_RAISED: '1' } },
  )
  process.exit(result.status ?? 1)
}

const quick = process.env.BENCH_QUICK === '1'
const pick = <T extends string>(all: T[], env: string | undefined): T[] =>
  env ? all.filter((x) => env.split(',').includes(x)) : all
const servers = pick(SERVERS, process.env.BENCH_SERVERS)
const scenarios = pick(SCENARIOS, process.env.BENCH_SCENARIOS)
const rounds = Math.max(1, Math.floor(Number(process.env.BENCH_ROUNDS ?? 1)) || 1)

interface Run {
  result: Record<string, number>
  samples: Record<string, Sample>
  /** Live heap + external KB after a forced GC, by mark. */
  live: Record<string, number>
}

async function runOne(server: ServerName, scenario: Scenario): Promise<Run> {
  const running = await startServer(server)
  const samples: Record<string, Sample> = {}
  const live_: Record<string, number> = {}
  try {
    const spec: LoadSpec = { server, base: running.base, scenario, quick }
    const child = fork('scripts/bench-relay/load.ts', [JSON.stringify(spec)], {
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_PROFILE
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}/load`]
          : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const result = await new Promise<Record<string, number>>((resolve, reject) => {
      child.on('message', (m: { mark?: string; result?: Record<string, number>; error?: string }) => {
        if (m.mark) {
          const mark = m.mark
          // Idle RSS is read after a full GC in every server, so that garbage left by the
          // warm-up counts neither for nor against anyone.
          const gcFirst = mark.startsWith('idle-') ? running.liveKB() : Promise.resolve(0)
          gcFirst
            .then(() => {
              samples[mark] = sample(running.pid)
              if (child.pid) samples[`load:${mark}`] = sample(child.pid)
              return mark === 'left-before' || mark === 'left-after' ? running.liveKB() : 0
            })
            .then((kb) => {
              if (kb) live_[mark] = kb
              child.send({ ack: mark })
            }, reject)
        } else if (m.result) resolve(m.result)
        else if (m.error) reject(new Error(m.error))
      })
      child.on('exit', (code) => reject(new Error(`load generator exited with ${code}`)))
    })
    return { result, samples, live: live_ }
  } finally {
    await running.stop()
  }
}

const figures = {
  storm: {} as Record<string, number>,
  fanoutP99Ms: {} as Record<string, number>,
  fanoutP50Ms: {} as Record<string, number>,
  cpuUsPerDelivery: {} as Record<string, number>,
  rssPerIdleConnKB: {} as Record<string, number>,
  leftRoomsMB: {} as Record<string, number>,
  leftRoomsRetainedMB: {} as Record<string, number>,
  leftRoomsLiveMB: {} as Record<string, number>,
  stormServerCpuS: {} as Record<string, number>,
  stormLoadCpuS: {} as Record<string, number>,
}
const notes: string[] = []
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits
const at = (run: Run, name: string): Sample => run.samples[name] as Sample

// With BENCH_ROUNDS > 1, the servers take turns round after round, in alternating order (so a
// noisy minute hits all of them) and each figure is the median of its rounds.
const perRound = new Map<string, number[]>()
const record = (key: keyof typeof figures, server: string, value: number) => {
  const k = `${key}\u0000${server}`
  perRound.set(k, [...(perRound.get(k) ?? []), value])
}
for (const scenario of scenarios) {
  for (let roundNo = 1; roundNo <= rounds; roundNo++)
    // Even rounds take the servers in reverse order: whoever runs first in a round (after the
    // previous scenario's processes, on a host whose load drifts) is not always the same.
    for (const server of roundNo % 2 === 0 ? [...servers].reverse() : servers) {
      if (server === 'floor' && scenario !== 'storm') continue
      const tag = rounds > 1 ? ` round ${roundNo}` : ''
      process.stderr.write(`bench: ${scenario} on ${server}${tag} (load average ${loadAverage()})...\n`)
      let run: Run
      try {
        run = await runOne(server, scenario)
      } catch (error) {
        notes.push(
          `${scenario}/${server}${tag}: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
        )
        continue
      }
      const r = run.result
      if (scenario === 'fanout') {
        record('fanoutP50Ms', server, round(r.p50Ms as number))
        record('fanoutP99Ms', server, round(r.p99Ms as number))
        const cpu = at(run, 'fanout-end').cpuUs - at(run, 'fanout-start').cpuUs
        record('cpuUsPerDelivery', server, round(cpu / (r.deliveries as number)))
        const window = (r.seconds as number) * 1e6
        const loadCpu = at(run, 'load:fanout-end').cpuUs - at(run, 'load:fanout-start').cpuUs
        notes.push(
          `fanout/${server}${tag}: ${r.synced}/${r.clients} synced, ${r.deliveries}/${r.expectedDeliveries} deliveries, server CPU ${round((100 * cpu) / window, 0)}%, load generator CPU ${round((100 * loadCpu) / window, 0)}%`,
        )
      } else if (scenario === 'storm') {
        record('storm', server, round(r.seconds as number))
        const cpu = at(run, 'storm-end').cpuUs - at(run, 'storm-start').cpuUs
        const loadCpu = at(run, 'load:storm-end').cpuUs - at(run, 'load:storm-start').cpuUs
        record('stormServerCpuS', server, round(cpu / 1e6))
        record('stormLoadCpuS', server, round(loadCpu / 1e6))
        notes.push(
          `storm/${server}${tag}: ${r.synced}/${r.clients} synced a ${r.documentBytes}-byte document; CPU during the storm: server ${round(cpu / 1e6)} s, load generator ${round(loadCpu / 1e6)} s`,
        )
      } else if (scenario === 'idle') {
        const grown = at(run, 'idle-after').rssKB - at(run, 'idle-before').rssKB
        record('rssPerIdleConnKB', server, round(grown / (r.clients as number), 1))
        notes.push(`idle/${server}${tag}: ${r.synced}/${r.clients} synced`)
      } else {
        const before = at(run, 'left-before').rssKB
        const peak = at(run, 'left-peak').rssKB
        const after = at(run, 'left-after').rssKB
        record('leftRoomsMB', server, round(after / 1024, 1))
        record('leftRoomsRetainedMB', server, round((after - before) / 1024, 1))
        const liveBefore = run.live['left-before'] ?? Number.NaN
        record(
          'leftRoomsLiveMB',
          server,
          round(((run.live['left-after'] ?? Number.NaN) - liveBefore) / 1024, 1),
        )
        notes.push(
          `left/${server}${tag}: RSS ${round(before / 1024, 1)} MB before, ${round(peak / 1024, 1)} MB with ${r.rooms} rooms open, ${round(after / 1024, 1)} MB ${quick ? 10 : 30} s after they left`,
        )
      }
    }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
for (const [k, values] of perRound) {
  const [key, server] = k.split('\u0000') as [keyof typeof figures, string]
  figures[key][server] = round(median(values))
  if (rounds > 1) notes.push(`${key}/${server} by round: ${values.join(', ')}`)
}

const rows: [string, keyof typeof figures][] = [
  ['storm: s until all synced', 'storm'],
  ['storm: server CPU s', 'stormServerCpuS'],
  ['storm: load generator CPU s', 'stormLoadCpuS'],
  ['fan-out p50 ms', 'fanoutP50Ms'],
  ['fan-out p99 ms', 'fanoutP99Ms'],
  ['server CPU µs / delivery', 'cpuUsPerDelivery'],
  ['RSS KB / idle connection', 'rssPerIdleConnKB'],
  ['left rooms: RSS MB 30 s later', 'leftRoomsMB'],
  ['left rooms: RSS MB retained', 'leftRoomsRetainedMB'],
  ['left rooms: live heap MB kept', 'leftRoomsLiveMB'],
]
const pad = (s: string, n: number) => s.padEnd(n)
console.log(
  `\nrelay benchmark${quick ? ' (BENCH_QUICK)' : ''}${rounds > 1 ? `, medians of ${rounds} rounds` : ''}, node ${process.version}, ${cpuModel()}`,
)
console.log(pad('figure', 32) + SERVERS.map((s) => pad(s, 12)).join(''))
for (const [label, key] of rows) {
  console.log(pad(label, 32) + SERVERS.map((s) => pad(String(figures[key][s] ?? '-'), 12)).join(''))
}
for (const note of notes) console.log(`  ${note}`)
const ratio = (a?: number, b?: number) => (a && b ? `${round(b / a, 1)}x` : '-')
console.log(
  `  storm speed-up vs @y/websocket-server: ${ratio(figures.storm.livret, figures.storm.ywebsocket)}; floor's speed-up: ${ratio(figures.storm.floor, figures.storm.ywebsocket)}`,
)
console.log(JSON.stringify(figures))

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
}

function cpuModel(): string {
  try {
    return execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).toString().trim()
  } catch {
    return 'unknown cpu'
  }
}
