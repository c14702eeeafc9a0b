// Crafted Yjs updates against the real relay (issue #9, findings 1–3): long chains and large
// flat updates are checked in a bounded number of steps (counted in /metrics, no clock),
// self-referencing items close only their sender with a named code and never reload the room,
// and an append token cannot squat another writer's client id and make its offline edits vanish.
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import {
  makeRoom,
  provider,
  rawClient,
  readMetrics,
  startTestRelay,
  type TestRelay,
} from '../support/relay.ts'
import { until } from '../support/until.ts'
import {
  chainUpdate,
  type ForgedStruct,
  forgeUpdate,
  selfOriginUpdate,
  selfRightUpdate,
  syncFrame,
} from '../support/update-forge.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

async function metric(relay: TestRelay, name: string): Promise<number> {
  const text = await readMetrics(relay)
  const match = new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\d+)`, 'm').exec(text)
  return match ? Number(match[1]) : Number.NaN
}

describe('crafted updates against the relay', () => {
  let relay: TestRelay
  const cleanups: (() => void)[] = []
  afterEach(async () => {
    for (const c of cleanups.splice(0)) c()
    await relay?.stop()
  })

  /** A writer and a reader in a room of their own, synced, whose closes are recorded. */
  async function honestPair() {
    const room = makeRoom()
    const writer = provider(relay.wsBase, room.roomId, room.token('write'))
    const reader = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(writer.destroy, reader.destroy)
    await Promise.all([writer.synced(), reader.synced()])
    return { writer, reader }
  }

  it('finding 1: a 2,000-item chain is checked in linear steps and stored; a 200 KiB flat update is refused by budget', async () => {
    relay = await startTestRelay()
    const pair = await honestPair()
    const room = makeRoom()
    const appender = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await appender.opened
    const chain = chainUpdate(1234, 2000)
    expect(chain.length).toBeLessThan(18 * 1024)
    appender.send(syncFrame(2, chain))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1, {
      timeout: 20_000,
    })
    const structs = await metric(relay, 'livret_update_check_structs_total')
    const steps = await metric(relay, 'livret_update_check_steps_total')
    expect(structs).toBeGreaterThanOrEqual(2000)
    expect(steps).toBeLessThanOrEqual(8 * structs)
    // Flat: 20,000 one-byte entries each after the same existing item, about 200 KiB.
    const flat: ForgedStruct[] = []
    for (let i = 0; i < 20_000; i++)
      flat.push({
        kind: 'item',
        origin: { client: 1234, clock: 1999 },
        content: { binary: new Uint8Array(6) },
      })
    const flatUpdate = forgeUpdate([{ client: 777, clock: 0, structs: flat }])
    expect(flatUpdate.length).toBeGreaterThan(200 * 1024)
    const flooder = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await flooder.opened
    flooder.send(syncFrame(2, flatUpdate))
    expect((await flooder.closed).code).toBe(CloseCode['too-many-structs'])
    const stepsAfter = await metric(relay, 'livret_update_check_steps_total')
    expect(stepsAfter - steps).toBeLessThanOrEqual(8 * relay.relay.hub.ctx.limits.maxStructsPerUpdate)
    expect(await metric(relay, 'livret_messages_refused_total{reason="too-many-structs"}')).toBe(1)
    expect(appender.ws.readyState).toBe(1)
    pair.writer.entries.push([bytes('after the attack')])
    await until(() => pair.reader.entries.length === 1, { timeout: 20_000 })
    expect([...pair.writer.closes, ...pair.reader.closes]).toEqual([])
  })

  it('finding 2: an item whose right neighbour or origin is itself closes only its sender (4400), never the room', async () => {
    relay = await startTestRelay()
    const room = makeRoom()
    const writer = provider(relay.wsBase, room.roomId, room.token('write'))
    const reader = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(writer.destroy, reader.destroy)
    await Promise.all([writer.synced(), reader.synced()])
    writer.entries.push([bytes('before')])
    await until(() => reader.entries.length === 1)
    const attacks: [string, Uint8Array][] = [
      ['right neighbour is itself', selfRightUpdate(4242)],
      ['origin is itself', selfOriginUpdate(4243)],
      ['right neighbour is itself, after the room state', selfRightUpdate(writer.doc.clientID, 1)],
    ]
    expect(selfRightUpdate(4242).length).toBeLessThanOrEqual(54)
    for (let round = 0; round < 3; round++) {
      for (const [what, update] of attacks) {
        for (const role of ['append', 'write'] as const) {
          const attacker = rawClient(relay.wsBase, room.roomId, room.token(role))
          await attacker.opened
          attacker.send(syncFrame(2, update))
          const closed = await attacker.closed
          expect(closed.code, `${what} (${role})`).toBe(CloseCode['malformed-frame'])
        }
      }
    }
    expect(relay.relay.hub.rooms.get(room.roomId)?.doc.getArray('entries').length).toBe(1)
    writer.entries.push([bytes('after')])
    await until(() => reader.entries.length === 2)
    expect([...writer.closes, ...reader.closes]).toEqual([])
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(2)
  })

  it('finding 3: an append token cannot create items under the owner’s client id; the owner’s offline edits reach the reader', async () => {
    relay = await startTestRelay()
    const room = makeRoom()
    const owner = provider(relay.wsBase, room.roomId, room.token('write'))
    cleanups.push(owner.destroy)
    await owner.synced()
    owner.entries.push([bytes('online')])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    owner.provider.disconnect()
    owner.entries.push([bytes('offline 1'), bytes('offline 2')])
    const id = owner.doc.clientID
    const squat = forgeUpdate([
      {
        client: id,
        clock: 1,
        structs: [
          { kind: 'item', origin: { client: id, clock: 0 }, content: { binary: bytes('squat 1') } },
          { kind: 'item', origin: { client: id, clock: 1 }, content: { binary: bytes('squat 2') } },
        ],
      },
    ])
    const attacker = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await attacker.opened
    attacker.send(syncFrame(2, squat))
    expect((await attacker.closed).code).toBe(CloseCode.forbidden)
    owner.provider.connect()
    await owner.synced()
    const reader = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(reader.destroy)
    await reader.synced()
    await until(() => reader.entries.length === 3, { timeout: 5000, what: 'the owner’s offline edits' })
    const seen = reader.entries.toArray().map((b) => new TextDecoder().decode(b))
    expect(seen.sort()).toEqual(['offline 1', 'offline 2', 'online'])
  })

  it('finding 3: an append token keeps writing under its own client id, across reconnections', async () => {
    relay = await startTestRelay()
    const room = makeRoom()
    const token = room.token('append')
    const doc = new Y.Doc()
    const first = provider(relay.wsBase, room.roomId, token, doc)
    await first.synced()
    first.entries.push([bytes('one')])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    first.provider.disconnect()
    first.entries.push([bytes('two')])
    first.provider.connect()
    await first.synced()
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 2)
    expect(first.closes.filter((c) => c >= 4000)).toEqual([])
    // Another append token may not continue that client id.
    const other = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await other.opened
    other.send(syncFrame(2, chainUpdate(doc.clientID, 1, 2, { client: doc.clientID, clock: 1 })))
    expect((await other.closed).code).toBe(CloseCode.forbidden)
    first.destroy()
  })

  it('the time budget is per token: once spent, that token’s next update closes its socket (4430), other tokens go on', async () => {
    relay = await startTestRelay({ updateCpuMsPerSecond: 0, updateCpuBurstMs: 0 })
    const room = makeRoom()
    const token = room.token('append')
    const heavy = rawClient(relay.wsBase, room.roomId, token)
    await heavy.opened
    heavy.send(syncFrame(2, chainUpdate(50, 2000)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1, {
      timeout: 20_000,
    })
    heavy.send(syncFrame(2, chainUpdate(50, 1, 2000, { client: 50, clock: 1999 })))
    expect((await heavy.closed).code).toBe(CloseCode['cpu-budget'])
    // Reconnecting with the same token does not refill it.
    const again = rawClient(relay.wsBase, room.roomId, token)
    await again.opened
    again.send(syncFrame(2, chainUpdate(50, 1, 2000, { client: 50, clock: 1999 })))
    expect((await again.closed).code).toBe(CloseCode['cpu-budget'])
    const other = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await other.opened
    other.send(syncFrame(2, chainUpdate(51, 1)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 2, {
      timeout: 20_000,
    })
    expect(await metric(relay, 'livret_messages_refused_total{reason="cpu-budget"}')).toBe(2)
    other.ws.close()
  })
})
