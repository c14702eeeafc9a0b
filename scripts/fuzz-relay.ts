// `npm run fuzz:relay`: starts the relay in a child process and sends it random and mutated
// frames (scripts/fuzz-relay-frames.ts) through a few sockets with valid tokens, reconnecting
// whenever the relay closes one. Each fuzz frame is followed by a sync step 1 probe and the
// sender waits for the relay's answer or the close, so every frame is actually processed.
// Meanwhile a well-behaved writer and reader (SealedRoom) in another room keep syncing, and
// /healthz is polled. Prints a table and, last, one JSON line.
//   FUZZ_FRAMES (default 200,000), FUZZ_WORKERS (12), FUZZ_SEED (random), FUZZ_ROOMS (3).
// tests/integration/fuzz-relay.test.ts runs the same code with 10,000 frames.
import { pathToFileURL } from 'node:url'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { closeCodeName, type Role } from '../src/protocol/index.ts'
import { createRoom, mintRoomToken, type RoomSecrets } from '../src/transport/room-keys.ts'
import { FRAME_KINDS, type FrameKind, makeFrame, pickKind, syncStep1 } from './fuzz-relay-frames.ts'
import { type GoodReport, goodClients } from './fuzz-relay-good.ts'
import { FUZZ_MAX_FRAME_BYTES, healthy, relayCpuMs, sleep, startRelayProcess } from './fuzz-relay-process.ts'
import { RawSocket } from './fuzz-relay-socket.ts'
import { Rng } from './seeded-rng.ts'

export { type RelayProcess, startRelayProcess } from './fuzz-relay-process.ts'

/** Options of a fuzz run. */
export interface FuzzOptions {
  frames: number
  workers: number
  rooms: number
  seed: number
}

/** What a fuzz run saw. */
export interface FuzzReport {
  seed: number
  frames: number
  durationMs: number
  framesPerSecond: number
  connections: number
  /** Connection attempts that failed before the upgrade. */
  failedConnections: number
  /** Frames sent, and sockets the relay closed right after them, per kind. */
  byKind: Record<FrameKind, { sent: number; closed: number }>
  /** Close codes the relay sent, by name (or number when unnamed). */
  closeCodes: Record<string, number>
  /** Close codes that are not among the named ones (RFC 6455 codes after WebSocket-level violations excepted). */
  unnamedCloses: { code: number; after: FrameKind | null; opcode: number; frames: number }[]
  /** Probes that got neither an answer nor a close within 10 s. */
  stalls: number
  /** /healthz answers during the run, and the slowest one (ms): a blocked event loop shows here. */
  health: { ok: number; failed: number; maxMs: number }
  relayAlive: boolean
  good: GoodReport
}

const tokens = new Map<string, string>()
/** One token per room and role: the relay caches verified tokens, as it would for real clients. */
function tokenFor(secrets: RoomSecrets, role: Role): string {
  const key = `${secrets.roomId}:${role}`
  let token = tokens.get(key)
  if (!token) {
    token = mintRoomToken(secrets.signingSecret, role, 3600).token
    tokens.set(key, token)
  }
  return token
}

/** A socket session: open, send frames with probes until closed or `budget` is spent. */
async function session(
  url: URL,
  secrets: RoomSecrets,
  role: Role,
  mirror: Y.Doc,
  rng: Rng,
  budget: number,
  report: FuzzReport,
): Promise<number> {
  const path = `/sync/${secrets.roomId}?token=${tokenFor(secrets, role)}`
  let ws: RawSocket
  try {
    ws = await RawSocket.open(url.hostname, Number(url.port), path)
  } catch (error) {
    report.failedConnections++
    if (report.failedConnections > 100) throw new Error(`cannot connect to the relay: ${String(error)}`)
    await sleep(50)
    return 0
  }
  report.connections++
  let wake: (() => void) | undefined
  ws.onClose = () => wake?.()
  ws.onMessage = (payload) => {
    let answer = false
    try {
      const decoder = decoding.createDecoder(payload)
      if (decoding.readVarUint(decoder) === 0) {
        // Sync step 2 answers a probe; updates (fan-out from other sockets) do not.
        answer = syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), mirror, 'relay') === 1
      }
    } catch {
      // The relay only sends valid frames; a failure here is not the relay's crash.
    }
    if (answer) wake?.()
  }
  let sent = 0
  let last: FrameKind | undefined
  let lastOpcode = 2
  while (sent < budget && ws.open) {
    const kind = pickKind(rng)
    const bytes = makeFrame(rng, kind, role, mirror, FUZZ_MAX_FRAME_BYTES)
    // A sync step 1 among the fuzz frames may get its own answer besides the probe's, or share
    // one with it: the relay coalesces sync requests while a reply to the socket is unread
    // (docs/protocol.md §8). So wait for one answer; a second one only wakes nothing.
    let answers = 1
    const answered = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 10_000)
      wake = () => {
        if (--answers > 0 && ws.open) return
        clearTimeout(timer)
        resolve(true)
      }
    })
    lastOpcode = kind === 'websocket-violation' ? rng.pick([0, 1, 3, 4, 5, 6, 7, 0xb, 0xc, 0xf]) : 2
    ws.send(bytes, lastOpcode)
    ws.send(syncStep1(Y.encodeStateVector(mirror)))
    sent++
    last = kind

    report.byKind[kind].sent++
    if (!(await answered)) report.stalls++
    wake = undefined
    // Let a close that follows the answer arrive before blaming the next frame.
    await new Promise((r) => setImmediate(r))
    if (!ws.open) report.byKind[kind].closed++
  }
  if (ws.closeCode === undefined) {
    ws.close()
  } else {
    const name = closeCodeName(ws.closeCode) ?? String(ws.closeCode)
    report.closeCodes[name] = (report.closeCodes[name] ?? 0) + 1
    // Every close must carry one of the relay's named codes, WebSocket-level violations
    // included (the relay maps ws's own 1002/1007/1009 to its names).
    if (closeCodeName(ws.closeCode) === undefined) {
      report.unnamedCloses.push({ code: ws.closeCode, after: last ?? null, opcode: lastOpcode, frames: sent })
    }
  }
  return sent
}

/** Runs the fuzzer against a relay at `url`; `alive` tells whether its process still runs. */
export async function runFuzz(url: string, alive: () => boolean, options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now()
  const report: FuzzReport = {
    seed: options.seed,
    frames: 0,
    durationMs: 0,
    framesPerSecond: 0,
    connections: 0,
    failedConnections: 0,
    byKind: Object.fromEntries(FRAME_KINDS.map((k) => [k, { sent: 0, closed: 0 }])) as FuzzReport['byKind'],
    closeCodes: {},
    unnamedCloses: [],
    stalls: 0,
    health: { ok: 0, failed: 0, maxMs: 0 },
    relayAlive: true,
    good: {
      ticks: 0,
      delivered: 0,
      p50LagMs: 0,
      maxLagMs: 0,
      refusals: [],
      errors: 0,
      disconnects: 0,
      disconnectCodes: [],
    },
  }
  const rooms = Array.from({ length: options.rooms }, () => ({ secrets: createRoom(), mirror: new Y.Doc() }))
  const good = goodClients(url)
  let healthRunning = true
  const health = (async () => {
    while (healthRunning) {
      const t0 = Date.now()
      if (await healthy(url)) report.health.ok++
      else report.health.failed++
      report.health.maxMs = Math.max(report.health.maxMs, Date.now() - t0)
      await sleep(500)
    }
  })()
  let remaining = options.frames
  const worker = async (index: number) => {
    const rng = new Rng(options.seed + index * 7919)
    while (remaining > 0) {
      const room = rng.pick(rooms)
      const role = rng.pick(['read', 'append', 'write'] as const)
      const budget = Math.min(remaining, 50)
      remaining -= budget
      const sent = await session(new URL(url), room.secrets, role, room.mirror, rng, budget, report)
      remaining += budget - sent
      report.frames += sent
    }
  }
  await Promise.all(Array.from({ length: options.workers }, (_, i) => worker(i)))
  healthRunning = false
  await health
  report.good = await good.finish()
  if (await healthy(url)) report.health.ok++
  else report.health.failed++
  report.relayAlive = alive()
  report.durationMs = Date.now() - started
  report.framesPerSecond = Math.round((report.frames / report.durationMs) * 1000)
  return report
}

function printTable(report: FuzzReport): void {
  const rows = FRAME_KINDS.map(
    (k) =>
      `${k.padEnd(20)}${String(report.byKind[k].sent).padStart(10)}${String(report.byKind[k].closed).padStart(10)}`,
  )
  process.stdout.write(
    `${'kind'.padEnd(20)}${'sent'.padStart(10)}${'closed'.padStart(10)}\n${rows.join('\n')}\n\n`,
  )
  for (const [name, count] of Object.entries(report.closeCodes))
    process.stdout.write(`close ${name.padEnd(22)}${String(count).padStart(8)}\n`)
  process.stdout.write(
    `\nframes ${report.frames} in ${(report.durationMs / 1000).toFixed(1)} s (${report.framesPerSecond}/s), ` +
      `${report.connections} connections, ${report.stalls} stalls, healthz ${report.health.ok} ok / ${report.health.failed} failed, ` +
      `slowest healthz ${report.health.maxMs} ms, relay alive: ${report.relayAlive}\ngood room: ${report.good.delivered}/${report.good.ticks} ticks, ` +
      `lag p50 ${report.good.p50LagMs} ms, max ${report.good.maxLagMs} ms, refusals ${report.good.refusals.length}, ` +
      `disconnects ${report.good.disconnects}\n`,
  )
}

async function main(): Promise<void> {
  const options: FuzzOptions = {
    frames: Number(process.env.FUZZ_FRAMES ?? 200_000),
    workers: Number(process.env.FUZZ_WORKERS ?? 12),
    rooms: Number(process.env.FUZZ_ROOMS ?? 3),
    seed: Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)),
  }
  const relay = await startRelayProcess()
  try {
    const cpuBefore = relayCpuMs(relay)
    const report = await runFuzz(relay.url, relay.alive, options)
    const relayCpuUsPerFrame = Math.round(
      ((relayCpuMs(relay) - cpuBefore) * 1000) / Math.max(1, report.frames),
    )
    printTable(report)
    process.stdout.write(
      `relay CPU per frame: ${relayCpuUsPerFrame} µs\n${JSON.stringify({ ...report, relayCpuUsPerFrame })}\n`,
    )
    process.exitCode = report.relayAlive && report.unnamedCloses.length === 0 ? 0 : 1
  } finally {
    await relay.stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
