// `npm run attack:relay`: starts the relay (production limits) in its own process on loopback,
// keeps an honest writer/reader pair syncing in a room of their own, and runs each attack of
// scripts/attack-relay/attacks.ts for ATTACK_SECONDS (default 5). Per attack it prints the
// honest pair's p50/p99 latency and closes, the relay's RSS peak and bytes written to disk, and
// what the relay refused (from /metrics); then one JSON line with everything.
//   ATTACK_SECONDS (5), ATTACK_ONLY (comma-separated names), ATTACK_SEED (1).
// `npm run attack:relay` then runs scripts/attack-relay-resources.ts (resource attacks, one fresh
// relay each, since their per-IP quotas would otherwise carry over).
import { readFileSync } from 'node:fs'
import { ATTACKS } from './attack-relay/attacks.ts'
import { honestPair } from './attack-relay/honest.ts'
import { type RelayProcess, sleep, startRelayProcess } from './fuzz-relay-process.ts'

const METRICS_TOKEN = 'attack-metrics'

/** Figures of one attack. */
export interface AttackFigures {
  attack: string
  honestP50Ms: number
  honestP99Ms: number
  honestDeliveries: number
  honestCloses: number[]
  relayRssPeakMiB: number
  diskWrittenBytes: number
  refused: Record<string, number>
  relayAlive: boolean
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
}
const round = (n: number) => Math.round(n * 10) / 10

function procField(pid: number, file: string, field: string): number {
  try {
    const line = readFileSync(`/proc/${pid}/${file}`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(field))
    return Number(line?.split(/\s+/)[1] ?? Number.NaN)
  } catch {
    return Number.NaN
  }
}

async function refusals(url: string): Promise<Record<string, number>> {
  const headers = { authorization: `Bearer ${METRICS_TOKEN}` }
  const text = await (await fetch(`${url}/metrics`, { headers })).text()
  const out: Record<string, number> = {}
  for (const m of text.matchAll(/^livret_messages_refused_total\{reason="([^"]+)"\} (\d+)/gm))
    out[m[1] as string] = Number(m[2])
  return out
}

async function runOne(relay: RelayProcess, name: string, seconds: number): Promise<AttackFigures> {
  const attack = ATTACKS.find((a) => a.name === name)
  if (!attack) throw new Error(`no attack ${name}`)
  const pid = relay.child.pid ?? 0
  const wsUrl = relay.url.replace(/^http/, 'ws')
  const pair = await honestPair(wsUrl)
  await sleep(300)
  pair.take()
  const before = await refusals(relay.url)
  const writtenBefore = procField(pid, 'io', 'write_bytes:')
  let rssPeak = 0
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, procField(pid, 'status', 'VmRSS:'))
  }, 50)
  const controller = new AbortController()
  const running = attack.run({ origin: relay.url, wsUrl, signal: controller.signal }).catch(() => {})
  await sleep(seconds * 1000)
  controller.abort()
  await running
  await sleep(200)
  clearInterval(sampler)
  const seen = pair.take()
  pair.stop()
  const after = await refusals(relay.url)
  const refused: Record<string, number> = {}
  for (const [reason, n] of Object.entries(after))
    if (n - (before[reason] ?? 0) > 0) refused[reason] = n - (before[reason] ?? 0)
  return {
    attack: name,
    honestP50Ms: round(quantile(seen.latenciesMs, 0.5)),
    honestP99Ms: round(quantile(seen.latenciesMs, 0.99)),
    honestDeliveries: seen.latenciesMs.length,
    honestCloses: seen.closes,
    relayRssPeakMiB: round(rssPeak / 1024),
    diskWrittenBytes: procField(pid, 'io', 'write_bytes:') - writtenBefore,
    refused,
    relayAlive: relay.alive(),
  }
}

async function main(): Promise<void> {
  const seconds = Number(process.env.ATTACK_SECONDS ?? 5)
  const only = process.env.ATTACK_ONLY?.split(',').filter(Boolean)
  const names = ATTACKS.map((a) => a.name).filter((n) => !only || only.includes(n))
  const relay = await startRelayProcess({ LIVRET_METRICS_TOKEN: METRICS_TOKEN })
  const results: AttackFigures[] = []
  try {
    for (const name of ['baseline', ...names]) {
      if (name === 'baseline') {
        ATTACKS.push({
          name: 'baseline',
          run: ({ signal }) => new Promise((r) => signal.addEventListener('abort', () => r())),
        })
      }
      const r = await runOne(relay, name, seconds)
      results.push(r)
      process.stdout.write(
        `${r.attack.padEnd(16)} honest p50 ${r.honestP50Ms} ms, p99 ${r.honestP99Ms} ms (${r.honestDeliveries} deliveries), ` +
          `honest closes [${r.honestCloses.join(',')}], relay RSS peak ${r.relayRssPeakMiB} MiB, ` +
          `disk written ${r.diskWrittenBytes} B, refused ${JSON.stringify(r.refused)}${r.relayAlive ? '' : ', RELAY DIED'}\n`,
      )
    }
  } finally {
    await relay.stop()
  }
  const worstP99 = Math.max(...results.map((r) => r.honestP99Ms))
  process.stdout.write(`${JSON.stringify({ seconds, worstHonestP99Ms: worstP99, results })}\n`)
  process.exitCode = results.every((r) => r.relayAlive && r.honestCloses.length === 0) ? 0 : 1
}

await main()
