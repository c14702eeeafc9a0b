// Server compaction and scale-out plumbing, in-process: the relay replaces a long stored log
// by the room's gc'd state so ciphertext the clients compacted away leaves the SQLite files;
// two relays sharing one data directory and one in-process bus converge and propagate
// revocations and deletions to each other's sockets.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { decodeTokenUnverified } from '../../src/protocol/token.ts'
import { MemoryBus, MemoryHub } from '../../sync-server/bus/memory.ts'
import { startRelay } from '../../sync-server/server.ts'
import { makeRoom, post, provider, rawClient, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('relay compaction and shared bus', () => {
  const stops: (() => Promise<void>)[] = []
  const cleanups: (() => void)[] = []
  afterEach(async () => {
    for (const c of cleanups.splice(0)) c()
    for (const s of stops.splice(0).reverse()) await s()
  })

  it('compacts the stored log so entries deleted by clients leave the disk', async () => {
    const relay = await startTestRelay({ compactAfterUpdates: 10 })
    stops.push(relay.stop)
    const room = makeRoom()
    const marker = 'COMPACTED-AWAY-CIPHERTEXT'
    const writer = provider(relay.wsBase, room.roomId, room.token('write'))
    cleanups.push(writer.destroy)
    await writer.synced()
    for (let i = 0; i < 5; i++) writer.entries.push([bytes(`${marker}-${i}-${'x'.repeat(200)}`)])
    const storage = relay.relay.hub.ctx.storage
    await until(async () => (await storage.logStats(room.roomId)).count === 5)
    // The client's own compaction: every entry replaced by one snapshot, in one transaction.
    writer.doc.transact(() => {
      writer.entries.delete(0, writer.entries.length)
      writer.entries.push([bytes('SNAPSHOT-KEPT')])
    })
    for (let i = 0; i < 10; i++) writer.entries.push([bytes(`later-${i}`)])
    await until(async () => (await storage.logStats(room.roomId)).count <= 3, {
      timeout: 5000,
      what: 'server compaction',
    })
    const files = () =>
      Buffer.concat(readdirSync(relay.dataDir).map((f) => readFileSync(join(relay.dataDir, f))))
    // The scrub (WAL checkpointed and truncated) follows the new stats, in the checkpointer's thread.
    await until(() => !files().includes(marker), { timeout: 5000, what: 'the compacted-away bytes erased' })
    expect(files().includes('SNAPSHOT-KEPT')).toBe(true)
    const reader = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(reader.destroy)
    await reader.synced()
    await until(() => reader.entries.length === 11)
    expect(new TextDecoder().decode(reader.entries.get(0))).toBe('SNAPSHOT-KEPT')
  })

  it('two relays on one bus converge and propagate revocation and deletion', async () => {
    const first = await startTestRelay()
    stops.push(first.stop)
    const hub = new MemoryHub()
    const start = async (dataDir: string) => {
      const relay = await startRelay({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        distDir: join(dataDir, 'no-dist'),
        logLevel: 'silent',
        bus: new MemoryBus(hub),
      })
      stops.push(() => relay.close())
      return { relay, wsBase: `ws://127.0.0.1:${relay.port}` }
    }
    // Both relays use the same SQLite file (WAL allows several connections) and one bus.
    await first.relay.close()
    const a = await start(first.dataDir)
    const b = await start(first.dataDir)
    const room = makeRoom()
    const onA = provider(a.wsBase, room.roomId, room.token('write'))
    const onB = provider(b.wsBase, room.roomId, room.token('write'))
    cleanups.push(onA.destroy, onB.destroy)
    await Promise.all([onA.synced(), onB.synced()])
    onA.entries.push([bytes('via a')])
    onB.entries.push([bytes('via b')])
    await until(() => onA.entries.length === 2 && onB.entries.length === 2, {
      timeout: 5000,
      what: 'convergence',
    })

    const readToken = room.token('read')
    const readerOnB = rawClient(b.wsBase, room.roomId, readToken)
    await readerOnB.opened
    await until(() => readerOnB.frames.length > 0)
    const tokenId = decodeTokenUnverified(readToken)?.tokenId as string
    const viaA = { relay: a.relay } as unknown as TestRelay
    expect(
      (await post(viaA, room.roomId, 'revoke', room.statement({ type: 'revoke', tokenIds: [tokenId] })))
        .status,
    ).toBe(200)
    expect((await readerOnB.closed).code).toBe(CloseCode['token-revoked'])

    onB.provider.shouldConnect = false
    expect((await post(viaA, room.roomId, 'delete', room.statement({ type: 'delete' }))).status).toBe(200)
    await until(() => onB.closes.length > 0)
    expect(onB.closes[0]).toBe(CloseCode['room-gone'])
    expect(b.relay.hub.rooms.has(room.roomId)).toBe(false)
  })
})
