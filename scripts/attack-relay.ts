// `npm run attack:relay`: starts the relay (production limits) in its own process on loopback,
// keeps an honest writer/reader pair syncing in a room of their own, and runs each attack of
// scripts/attack-relay/attacks.ts for ATTACK_SECONDS (default 5), each in a process of its own
// (scripts/attack-relay/child.ts) so the attacker's work never slows the honest pair's event
// loop; the attacker's sockets come from 127.0.0.2 (an address of its own, as on a real network,
// so the relay's per-IP budgets bill it, not the honest pair). A window without attack
// ('baseline') comes first in every round. Per window it prints the honest pair's p50/p99
// latency and closes, /healthz latency p50/p99 (probed every 50 ms), the relay's CPU, RSS peak,
// bytes written to disk against bytes and updates accepted, the relay's event-loop lag (p99,
// max, stalls 'busy' — its own work — or 'starved' — the host ran something else; from
// livret_event_loop_lag_seconds), this process's own lag, what the relay refused (from
// /metrics, with the close code of each reason) and the load average. After ATTACK_ROUNDS rounds (default 1), the medians per attack
// and their ratio to the baseline's medians; then one JSON line with everything.
//   ATTACK_SECONDS (5), ATTACK_ONLY (comma-separated names), ATTACK_ROUNDS (1),
//   ATTACK_PROFILE=<dir>: the relay writes a V8 CPU profile there when it stops;
//   ATTACK_NICE (0): niceness of the attacking process (see attackFor).
// `npm run attack:relay` then runs scripts/attack-relay-resources.ts (resource attacks, one fresh
// relay each, since their per-IP quotas would otherwise carry over).
import { spawn } from 'node:child_process'
import { LoopLag } from '../sync-server/loop-lag.ts'
import { ATTACKS } from './attack-relay/attacks.ts'
import { honestPair } from './attack-relay/honest.ts'
import {
  codeOf,
  healthProbe,
  lagCounters,
  lagQuantileMs,
  loadAverage,
  METRICS_TOKEN,
  median,
  quantile,
  refusals,
  round1,
  scrape,
  storedBytes,
  storedUpdates,
} from './attack-relay/probes.ts'
import { type RelayProcess, relayCpuMs, sleep, startRelayProcess } from './fuzz-relay-process.ts'
import { procField } from './proc.ts'

const ATTACK_NICE = Number(process.env.ATTACK_NICE ?? 0)

/** Figures of one attack window. */
export interface AttackFigures {
  attack: string
  round: number
  honestP50Ms: number
  honestP99Ms: number
  honestDeliveries: number
  honestCloses: number[]
  healthzP50Ms: number
  healthzP99Ms: number
  relayRssPeakMiB: number
  /** Relay CPU time during the window, as a share of one core (%). */
  relayCpuPercent: number
  diskWrittenBytes: number
  /** Bytes of updates the relay accepted and stored during the window (livret_bytes_stored_total). */
  acceptedBytes: number
  acceptedUpdates: number
  /** The relay's event-loop lag in the window (bucket upper bounds, ms) and its stalls by cause. */
  relayLagP99Ms: number
  relayLagMaxMs: number
  relayStallsBusy: number
  relayStallsStarved: number
  /** Largest lag of the runner's own event loop (where the honest pair's latencies are taken), ms. */
  runnerLagMaxMs: number
  /** Refusals counted by /metrics during the window, by reason, with the close code or HTTP status. */
  refused: Record<string, { count: number; code: number | 'http' }>
  relayAlive: boolean
  /** /proc/loadavg as the window began (the host is shared). */
  loadAverage?: string
}

/**
 * The relay's RSS must stay under this under every attack: ~130 MiB at rest (tsx loaded), the
 * largest room in memory (maxRoomStructs, ~150 B each), frames in flight (maxFrameBytes on up to
 * 64 sockets of the attacker's address, 16 queued each while paused) and garbage not yet collected.
 */
export const RSS_BOUND_MIB = 512

/** The honest pair's p99 target under every attack (issue #9). */
export const HONEST_P99_TARGET_MS = 50

/** Lag of this process's own event loop (the honest pair's), reset per window. */
const runnerLag = new LoopLag()
runnerLag.start()

/** Runs one attack in its own process for `seconds` from `begin()` (once the attacker is loaded); resolves once it stopped. */
async function attackFor(
  relay: RelayProcess,
  name: string,
  seconds: number,
  begin: () => Promise<void>,
): Promise<void> {
  if (name === 'baseline') {
    await begin()
    await sleep(seconds * 1000)
    return
  }
  // ATTACK_NICE: on a real network the attacker's CPU is not the relay host's; here an attacker
  // spinning at full speed takes core time from the relay and the honest pair, so the honest
  // figures also measure the host's scheduler. 'relay CPU' tells what the relay itself spent.
  const child = spawn(
    'nice',
    [
      '-n',
      String(ATTACK_NICE),
      process.execPath,
      '--import',
      'tsx',
      'scripts/attack-relay/child.ts',
      name,
      relay.url,
      relay.url.replace(/^http/, 'ws'),
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve) => child.once('message', () => resolve()))
  await begin()
  await sleep(seconds * 1000)
  child.send('stop')
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(killer)
}

async function runOne(
  relay: RelayProcess,
  name: string,
  round: number,
  seconds: number,
): Promise<AttackFigures> {
  const pid = relay.child.pid ?? 0
  const pair = await honestPair(relay.url.replace(/^http/, 'ws'))
  await sleep(300)
  let rssPeak = 0
  // What the relay's counters said as the window began (the figures are differences from it).
  let start:
    | {
        text: string
        written: number
        health: ReturnType<typeof healthProbe>
        cpuMs: number
        at: number
      }
    | undefined
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, procField(pid, 'status', 'VmRSS:'))
  }, 50)
  await attackFor(relay, name, seconds, async () => {
    const text = await scrape(relay.url)
    runnerLag.max = 0
    const written = procField(pid, 'io', 'write_bytes:')
    rssPeak = 0
    pair.take()
    start = { text, written, health: healthProbe(relay.url), cpuMs: relayCpuMs(relay), at: performance.now() }
  })
  if (!start) throw new Error(`attack window ${name} never began`)
  await sleep(200)
  const cpuPercent = ((relayCpuMs(relay) - start.cpuMs) / (performance.now() - start.at)) * 100
  clearInterval(sampler)
  const healthMs = await start.health.stop()
  const before = refusals(start.text)
  const lagBefore = lagCounters(start.text)
  const seen = pair.take()
  pair.stop()
  const runnerLagMaxMs = runnerLag.max * 1000
  const text = await scrape(relay.url)
  const after = refusals(text)
  const lagAfter = lagCounters(text)
  const refused: AttackFigures['refused'] = {}
  for (const [reason, n] of Object.entries(after))
    if (n - (before[reason] ?? 0) > 0)
      refused[reason] = { count: n - (before[reason] ?? 0), code: codeOf(reason) }
  return {
    attack: name,
    round,
    honestP50Ms: round1(quantile(seen.latenciesMs, 0.5)),
    honestP99Ms: round1(quantile(seen.latenciesMs, 0.99)),
    honestDeliveries: seen.latenciesMs.length,
    honestCloses: seen.closes,
    healthzP50Ms: round1(quantile(healthMs, 0.5)),
    healthzP99Ms: round1(quantile(healthMs, 0.99)),
    relayRssPeakMiB: round1(rssPeak / 1024),
    relayCpuPercent: Math.round(cpuPercent),
    diskWrittenBytes: procField(pid, 'io', 'write_bytes:') - start.written,
    acceptedBytes: storedBytes(text) - storedBytes(start.text),
    acceptedUpdates: storedUpdates(text) - storedUpdates(start.text),
    relayLagP99Ms: lagQuantileMs(lagBefore.buckets, lagAfter.buckets, 0.99),
    relayLagMaxMs: lagQuantileMs(lagBefore.buckets, lagAfter.buckets, 1),
    relayStallsBusy: lagAfter.busy - lagBefore.busy,
    relayStallsStarved: lagAfter.starved - lagBefore.starved,
    runnerLagMaxMs: round1(runnerLagMaxMs),
    refused,
    relayAlive: relay.alive(),
  }
}

const refusedText = (r: AttackFigures['refused']) =>
  Object.entries(r)
    .map(([reason, { count, code }]) => `${reason} ${code}×${count}`)
    .join(', ') || 'none'

async function main(): Promise<void> {
  const seconds = Number(process.env.ATTACK_SECONDS ?? 5)
  const rounds = Math.max(1, Math.floor(Number(process.env.ATTACK_ROUNDS ?? 1)) || 1)
  const only = process.env.ATTACK_ONLY?.split(',').filter(Boolean)
  const names = ['baseline', ...ATTACKS.map((a) => a.name).filter((n) => !only || only.includes(n))]
  const profile = process.env.ATTACK_PROFILE
  const relay = await startRelayProcess(
    { LIVRET_METRICS_TOKEN: METRICS_TOKEN, LOG_LEVEL: 'warn' },
    profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
  )
  const results: AttackFigures[] = []
  try {
    for (let round = 1; round <= rounds; round++)
      for (const name of names) {
        const load = loadAverage()
        const r = await runOne(relay, name, round, seconds)
        r.loadAverage = load
        results.push(r)
        process.stdout.write(
          `${`${r.attack}${rounds > 1 ? ` #${round}` : ''}`.padEnd(18)} honest p50 ${r.honestP50Ms} ms, p99 ${r.honestP99Ms} ms ` +
            `(${r.honestDeliveries} deliveries), closes [${r.honestCloses.join(',')}]; /healthz p50 ${r.healthzP50Ms} ms, ` +
            `p99 ${r.healthzP99Ms} ms; relay CPU ${r.relayCpuPercent}% of a core; RSS peak ${r.relayRssPeakMiB} MiB; disk written ${r.diskWrittenBytes} B for ${r.acceptedBytes} B in ${r.acceptedUpdates} updates accepted` +
            `${r.acceptedUpdates > 0 ? ` (${Math.round(r.diskWrittenBytes / r.acceptedUpdates / 1024)} KiB per update)` : ''}; ` +
            `relay loop lag p99 ≤${r.relayLagP99Ms} ms, max ≤${r.relayLagMaxMs} ms, stalls busy ${r.relayStallsBusy} / starved ${r.relayStallsStarved}; ` +
            `runner lag max ${r.runnerLagMaxMs} ms; ` +
            `refused: ${refusedText(r.refused)}; load ${r.loadAverage}${r.relayAlive ? '' : '; RELAY DIED'}\n`,
        )
      }
  } finally {
    await relay.stop()
  }
  const summary = names.map((name) => {
    const mine = results.filter((r) => r.attack === name)
    return {
      attack: name,
      honestP50Ms: round1(median(mine.map((r) => r.honestP50Ms))),
      honestP99Ms: round1(median(mine.map((r) => r.honestP99Ms))),
      healthzP99Ms: round1(median(mine.map((r) => r.healthzP99Ms))),
      honestCloses: mine.flatMap((r) => r.honestCloses),
      relayRssMaxMiB: Math.max(...mine.map((r) => r.relayRssPeakMiB)),
      diskWrittenBytes: mine.reduce((n, r) => n + r.diskWrittenBytes, 0),
      acceptedBytes: mine.reduce((n, r) => n + r.acceptedBytes, 0),
      relayStallsBusy: mine.reduce((n, r) => n + r.relayStallsBusy, 0),
      relayStallsStarved: mine.reduce((n, r) => n + r.relayStallsStarved, 0),
    }
  })
  const base = summary[0] as (typeof summary)[number]
  process.stdout.write(`medians over ${rounds} round(s), ratio to baseline:\n`)
  for (const s of summary)
    process.stdout.write(
      `  ${s.attack.padEnd(16)} honest p50 ${s.honestP50Ms} ms, p99 ${s.honestP99Ms} ms (×${round1(s.honestP99Ms / base.honestP99Ms)}); ` +
        `/healthz p99 ${s.healthzP99Ms} ms (×${round1(s.healthzP99Ms / base.healthzP99Ms)}); ` +
        `honest closes [${s.honestCloses.join(',')}]; RSS max ${s.relayRssMaxMiB} MiB; ` +
        `disk ${s.diskWrittenBytes} B for ${s.acceptedBytes} B accepted; relay stalls busy ${s.relayStallsBusy} / starved ${s.relayStallsStarved}\n`,
    )
  const worstP99 = Math.max(...summary.map((s) => s.honestP99Ms))
  const rssMax = Math.max(...results.map((r) => r.relayRssPeakMiB))
  process.stdout.write(
    `worst honest p99 ${worstP99} ms (target ≤ ${HONEST_P99_TARGET_MS} ms: ${worstP99 <= HONEST_P99_TARGET_MS ? 'met' : 'NOT met'}); ` +
      `relay RSS max ${rssMax} MiB (bound ${RSS_BOUND_MIB} MiB: ${rssMax <= RSS_BOUND_MIB ? 'held' : 'PASSED'}); load average now ${loadAverage()}\n`,
  )
  process.stdout.write(
    `${JSON.stringify({ seconds, rounds, worstHonestP99Ms: worstP99, honestP99TargetMs: HONEST_P99_TARGET_MS, relayRssMaxMiB: rssMax, rssBoundMiB: RSS_BOUND_MIB, summary, results })}\n`,
  )
  const ok = results.every((r) => r.relayAlive && r.honestCloses.length === 0) && rssMax <= RSS_BOUND_MIB
  // Providers and sockets of finished windows may still hold timers: end here.
  process.exit(ok ? 0 : 1)
}

await main()
