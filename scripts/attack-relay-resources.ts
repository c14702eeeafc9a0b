// Runs the resource attacks (scripts/attack-relay/resources.ts) one at a time, each against a
// fresh relay process on loopback with its default limits, while an honest writer/reader pair in
// another room syncs 20 updates a second. Per attack: honest latency p50/p99 (writer send →
// reader receive), closes the honest pair saw, relay RSS peak, bytes the relay wrote to storage
// (/proc/<pid>/io write_bytes) and the data directory's size, and what the attack saw. A
// baseline run without attack comes first. Prints a table, then one JSON line.
// ATTACK_SECONDS (default 10) sets each attack's duration; ATTACKS (comma list) picks some.
// Each attack runs in its own child process (this script with ATTACK_CHILD=<name>), so the load
// it generates does not slow the honest pair's event loop and blur what the relay does.
// Usage: node --import tsx scripts/attack-relay-resources.ts
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { generateRoomKeys } from '../src/protocol/ids.ts'
import { mintToken } from '../src/protocol/token.ts'
import { METRICS_TOKEN, quantile, scrape } from './attack-relay/probes.ts'
import { resourceAttackCounts, resourceAttacks } from './attack-relay/resources.ts'
import type { Attack } from './attack-relay/types.ts'
import { BenchClient } from './bench-relay/client.ts'
import { encodeEntryUpdate } from './bench-relay/wire.ts'
import { sleep, startRelayProcess } from './fuzz-relay-process.ts'
import { procField } from './proc.ts'

const seconds = Number(process.env.ATTACK_SECONDS ?? 10)

function dirBytes(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const info = statSync(join(dir, name))
    total += info.isDirectory() ? dirBytes(join(dir, name)) : info.size
  }
  return total
}
const rssKB = (pid: number) => procField(pid, 'status', 'VmRSS:')
const writeBytes = (pid: number) => procField(pid, 'io', 'write_bytes:')

/** Every refusal counter of /metrics (sockets, HTTP, per-IP quotas), by family and reason. */
async function allRefusals(url: string): Promise<Record<string, number>> {
  const text = await scrape(url)
  const out: Record<string, number> = {}
  for (const m of text.matchAll(/^livret_(\w+)_total\{(?:reason|quota)="([^"]+)"\} (\d+)$/gm))
    out[`${m[1]}:${m[2]}`] = Number(m[3])
  return out
}

/** One run: an honest pair throughout, the attack (if any) for `seconds`. */
async function run(attack: Attack | null) {
  const relay = await startRelayProcess({ LOG_LEVEL: 'error', LIVRET_METRICS_TOKEN: METRICS_TOKEN })
  const pid = relay.child.pid as number
  const wsUrl = relay.url.replace(/^http/, 'ws')
  const keys = generateRoomKeys()
  const room = {
    id: keys.roomId,
    token: mintToken(keys.signingSecret, { role: 'write', expiresAt: Math.floor(Date.now() / 1000) + 3600 }),
  }
  const sentAt = new Map<number, number>()
  const latencies: number[] = []
  let measuring = false
  const reader = new BenchClient('livret', wsUrl, room, {
    onUpdate: (_r, _client, clock, at) => {
      const t = sentAt.get(clock)
      if (t !== undefined && measuring) latencies.push(at - t)
    },
  })
  const writer = new BenchClient('livret', wsUrl, room)
  await Promise.all([reader.synced, writer.synced])
  let clock = 0
  const tick = setInterval(() => {
    sentAt.set(clock, performance.now())
    writer.send(encodeEntryUpdate(4242, clock++, new Uint8Array(200)))
  }, 50)
  await sleep(1000)
  const diskBefore = writeBytes(pid)
  const rssBefore = rssKB(pid)
  let rssPeak = rssBefore
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssKB(pid))
  }, 100)
  measuring = true
  const saw = attack ? attackInChild(attack.name, relay.url, wsUrl) : Promise.resolve({})
  if (!attack) await sleep(seconds * 1000)
  const attackSaw = await saw
  measuring = false
  clearInterval(sampler)
  clearInterval(tick)
  await sleep(300)
  const result = {
    attack: attack?.name ?? 'none',
    honestP50Ms: Number(quantile(latencies, 0.5).toFixed(1)),
    honestP99Ms: Number(quantile(latencies, 0.99).toFixed(1)),
    honestDelivered: latencies.length,
    honestCloses: [writer.closeCode, reader.closeCode].filter((c) => c !== undefined).length,
    rssBeforeMB: Math.round(rssBefore / 1024),
    rssPeakMB: Math.round(rssPeak / 1024),
    diskWrittenMB: Number(((writeBytes(pid) - diskBefore) / 2 ** 20).toFixed(1)),
    dataDirMB: Number((dirBytes(relay.dataDir) / 2 ** 20).toFixed(1)),
    relayRefusals: await allRefusals(relay.url),
    attackSaw,
  }
  await Promise.all([writer.close(), reader.close()])
  await relay.stop()
  return result
}

/** Runs one attack in a child process for `seconds`; resolves with what it saw. */
function attackInChild(name: string, origin: string, wsUrl: string): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/attack-relay-resources.ts'], {
    env: { ...process.env, ATTACK_CHILD: name, ATTACK_ORIGIN: origin, ATTACK_WS: wsUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString()
  })
  return new Promise((resolve) =>
    child.once('exit', () => resolve(JSON.parse(out.trim().split('\n').pop() || '{}'))),
  )
}

if (process.env.ATTACK_CHILD) {
  const attack = resourceAttacks.find((a) => a.name === process.env.ATTACK_CHILD)
  const controller = new AbortController()
  setTimeout(() => controller.abort(), seconds * 1000)
  await attack?.run({
    origin: process.env.ATTACK_ORIGIN as string,
    wsUrl: process.env.ATTACK_WS as string,
    signal: controller.signal,
  })
  console.log(JSON.stringify(resourceAttackCounts[attack?.name ?? ''] ?? {}))
  process.exit(0)
}

const picked = process.env.ATTACKS?.split(',')
const attacks = resourceAttacks.filter((a) => !picked || picked.includes(a.name))
const results = [await run(null)]
for (const attack of attacks) results.push(await run(attack))
console.log(
  'attack                 honest p50  p99 ms  delivered  closes  RSS before/peak MB  disk written MB  data dir MB',
)
for (const r of results)
  console.log(
    `${r.attack.padEnd(22)} ${String(r.honestP50Ms).padStart(10)} ${String(r.honestP99Ms).padStart(7)} ${String(r.honestDelivered).padStart(10)} ${String(r.honestCloses).padStart(7)} ${`${r.rssBeforeMB}/${r.rssPeakMB}`.padStart(19)} ${String(r.diskWrittenMB).padStart(16)} ${String(r.dataDirMB).padStart(12)}`,
  )
for (const r of results)
  if (r.attack !== 'none')
    console.log(
      `${r.attack}: relay refused ${JSON.stringify(r.relayRefusals)}; attack saw ${JSON.stringify(r.attackSaw)}`,
    )
console.log(JSON.stringify({ seconds, results }))
process.exit(0)
