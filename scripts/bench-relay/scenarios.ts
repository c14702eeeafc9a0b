// The four benchmark scenarios, run by the load-generator process against one server.
// `mark(name)` asks the orchestrator to sample the server's CPU time and RSS at that
// moment (it answers once it has), so server figures come from the server's own /proc.
import * as Y from 'yjs'
import { BenchClient, type BenchRoom, connectAll, isLivret, makeRooms, type ServerName } from './client.ts'
import { encodeEntryUpdate } from './wire.ts'

/** What the orchestrator asks the load generator to run. */
export interface LoadSpec {
  server: ServerName
  base: string
  scenario: 'fanout' | 'storm' | 'idle' | 'left'
  quick: boolean
}

/** Asks the orchestrator to sample the server now. */
export type Mark = (name: string) => Promise<void>

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A sealed-entry-like blob: version byte 1, then random bytes. */
function entry(size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  for (let off = 1; off < size; off += 65536) {
    globalThis.crypto.getRandomValues(bytes.subarray(off, Math.min(size, off + 65536)))
  }
  bytes[0] = 1
  return bytes
}

/** Throws unless the hand-encoded updates equal those Yjs produces. */
function checkEntryUpdate(): void {
  const writer = new Writer()
  for (let clock = 0; clock < 3; clock++) {
    const content = entry(100)
    const expected = writer.push([content])
    const actual = encodeEntryUpdate(writer.doc.clientID, clock, content)
    if (Buffer.compare(Buffer.from(expected), Buffer.from(actual)) !== 0) {
      throw new Error('encodeEntryUpdate differs from Yjs')
    }
  }
}

/** A writer's own envelope doc: each push returns the update it produced. */
class Writer {
  readonly doc = new Y.Doc()
  readonly sentAt: number[] = []
  readonly counted: boolean[] = []
  push(entries: Uint8Array[]): Uint8Array {
    let update: Uint8Array = new Uint8Array()
    const capture = (u: Uint8Array) => {
      update = u
    }
    this.doc.on('update', capture)
    this.doc.getArray<Uint8Array>('entries').push(entries)
    this.doc.off('update', capture)
    return update
  }
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

function rooms(spec: LoadSpec, count: number, prefix: string): BenchRoom[] {
  return makeRooms(count, prefix, isLivret(spec.server))
}

/** (a) fan-out: clients in rooms, one update per second each; latency and deliveries. */
export async function fanout(spec: LoadSpec, mark: Mark): Promise<Record<string, number>> {
  const clientCount = spec.quick ? 100 : 1000
  const roomCount = spec.quick ? 10 : 100
  const seconds = spec.quick ? 5 : 20
  const roomList = rooms(spec, roomCount, 'fanout')
  const writers = new Map<number, Writer>()
  const writerOf = new Map<BenchClient, Writer>()
  const latencies: number[] = []
  let deliveries = 0
  let measuring = false
  const onUpdate = (receiver: BenchClient, client: number, clock: number, at: number) => {
    const writer = writers.get(client)
    const sent = writer?.sentAt[clock]
    if (!writer || sent === undefined || !writer.counted[clock] || writerOf.get(receiver) === writer) return
    deliveries++
    latencies.push(at - sent)
  }
  const { clients, synced } = await connectAll(
    (i) => new BenchClient(spec.server, spec.base, roomList[i % roomCount] as BenchRoom, { onUpdate }),
    clientCount,
    100,
  )
  checkEntryUpdate()
  const pairs = clients.map((client) => {
    const writer = new Writer()
    writers.set(writer.doc.clientID, writer)
    writerOf.set(client, writer)
    return { client, writer }
  })
  const pool = entry(65_536)
  const timers: NodeJS.Timeout[] = []
  for (const { client, writer } of pairs) {
    let clock = 0
    const tick = () => {
      const offset = Math.floor(Math.random() * (pool.length - 100))
      const content = pool.slice(offset, offset + 100)
      content[0] = 1
      const update = encodeEntryUpdate(writer.doc.clientID, clock, content)
      writer.counted[clock] = measuring
      writer.sentAt[clock] = performance.now()
      client.send(update)
      clock++
    }
    timers.push(setTimeout(() => timers.push(setInterval(tick, 1000)), Math.random() * 1000))
  }
  await sleep(3000) // warm-up
  await mark('fanout-start')
  measuring = true
  await sleep(seconds * 1000)
  measuring = false
  await mark('fanout-end')
  for (const timer of timers) clearInterval(timer)
  await sleep(2000) // stragglers
  const sorted = Float64Array.from(latencies).sort()
  const expected = clientCount * seconds * (clientCount / roomCount - 1)
  const closedEarly = clients.filter((c) => c.closeCode !== undefined)
  if (closedEarly.length > 0) {
    const codes = [...new Set(closedEarly.map((c) => c.closeCode))].join(', ')
    process.stderr.write(`fanout: ${closedEarly.length} sockets closed by the server (codes ${codes})\n`)
  }
  await Promise.all(clients.map((c) => c.close()))
  return {
    closedEarly: closedEarly.length,
    clients: clientCount,
    synced,
    seconds,
    deliveries,
    expectedDeliveries: expected,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  }
}

/** (b) reconnect storm: all clients join a room holding a 1 MB document at once. */
export async function storm(spec: LoadSpec, mark: Mark): Promise<Record<string, number>> {
  const clientCount = spec.quick ? 100 : 1000
  const [room] = rooms(spec, 1, 'storm') as [BenchRoom]
  const seeder = new BenchClient(spec.server, spec.base, room)
  if (!(await seeder.synced)) throw new Error(`seeder refused (close ${seeder.closeCode})`)
  const writer = new Writer()
  for (let i = 0; i < 16; i++) {
    seeder.send(writer.push(Array.from({ length: 16 }, () => entry(4096))))
    await sleep(20)
  }
  let documentBytes = 0
  for (let attempt = 0; attempt < 60 && documentBytes < 1_048_576; attempt++) {
    await sleep(500)
    const probe = new BenchClient(spec.server, spec.base, room)
    await probe.synced
    documentBytes = probe.syncedBytes
    await probe.close()
  }
  if (documentBytes < 1_048_576) throw new Error(`room holds only ${documentBytes} bytes`)
  await sleep(1000)
  await mark('storm-start')
  const start = performance.now()
  const clients = Array.from({ length: clientCount }, () => new BenchClient(spec.server, spec.base, room))
  const results = await Promise.all(clients.map((c) => c.synced))
  const last = Math.max(...clients.map((c) => c.syncedAt ?? 0))
  await mark('storm-end')
  const synced = results.filter(Boolean).length
  await Promise.all([...clients, seeder].map((c) => c.close()))
  return { clients: clientCount, synced, documentBytes, seconds: (last - start) / 1000 }
}

/** (c) idle connections spread over rooms; the orchestrator reads RSS before and after. */
export async function idle(spec: LoadSpec, mark: Mark): Promise<Record<string, number>> {
  const clientCount = spec.quick ? 500 : 5000
  const roomCount = spec.quick ? 10 : 100
  const warmRooms = rooms(spec, 5, 'warm')
  const roomList = rooms(spec, roomCount, 'idle')
  const warm = await connectAll(
    (i) => new BenchClient(spec.server, spec.base, warmRooms[i % 5] as BenchRoom),
    50,
    50,
  )
  await Promise.all(warm.clients.map((c) => c.close()))
  await sleep(2000)
  await mark('idle-before')
  const { clients, synced } = await connectAll(
    (i) => new BenchClient(spec.server, spec.base, roomList[i % roomCount] as BenchRoom),
    clientCount,
    250,
  )
  await sleep(5000)
  await mark('idle-after')
  await Promise.all(clients.map((c) => c.close()))
  return { clients: clientCount, synced }
}

/** (d) rooms written then left by all their clients; RSS before, at peak and 30 s later. */
export async function left(spec: LoadSpec, mark: Mark): Promise<Record<string, number>> {
  const roomCount = spec.quick ? 100 : 1000
  const roomList = rooms(spec, roomCount, 'left')
  await sleep(1000)
  await mark('left-before')
  const { clients, synced } = await connectAll(
    (i) => new BenchClient(spec.server, spec.base, roomList[i] as BenchRoom),
    roomCount,
    100,
  )
  for (const client of clients) client.send(new Writer().push(Array.from({ length: 20 }, () => entry(1024))))
  await sleep(3000)
  await mark('left-peak')
  await Promise.all(clients.map((c) => c.close()))
  await sleep(spec.quick ? 10_000 : 30_000)
  await mark('left-after')
  return { rooms: roomCount, synced }
}
