// The shared storage contract against a real redis-server, plus erasure from Redis's files.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { generateRoomKeys } from '../../src/protocol/ids.ts'
import { runStorageContract } from '../../sync-server/storage/contract.ts'
import { runStorageUseContract } from '../../sync-server/storage/contract-use.ts'
import { openRedisStorage } from '../../sync-server/storage/redis.ts'
import { startRedis, type TestRedis } from '../support/redis.ts'

let redis: TestRedis
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.stop()
})

const redisFactory = () => {
  const prefix = `t${randomUUID()}:`
  return {
    open: () => openRedisStorage(redis.url, { prefix }),
    reopen: () => openRedisStorage(redis.url, { prefix }),
  }
}
runStorageContract('redis', redisFactory)
runStorageUseContract('redis', redisFactory)

describe('redis storage', () => {
  it('reports the durability the test server is configured for', async () => {
    const storage = await openRedisStorage(redis.url)
    expect(storage.durability).toBe('fsync-always')
    await storage.close()
  })

  it('compaction on one instance keeps every update another instance appends meanwhile', async () => {
    const prefix = `c${randomUUID()}:`
    const [a, b] = await Promise.all([
      openRedisStorage(redis.url, { prefix }),
      openRedisStorage(redis.url, { prefix }),
    ])
    try {
      const r = generateRoomKeys().roomId
      const doc = new Y.Doc()
      const push = (i: number) => {
        let update: Uint8Array = new Uint8Array()
        doc.once('update', (u: Uint8Array) => {
          update = u
        })
        doc.getArray<number>('entries').push([i])
        return update
      }
      for (let i = 0; i < 50; i++) await a.appendUpdate(r, push(i), 1)
      const writes: Promise<unknown>[] = []
      for (let i = 50; i < 150; i++) writes.push(b.appendUpdate(r, push(i), 1))
      for (let round = 0; round < 5; round++) {
        const loaded = await a.loadUpdates(r)
        if (loaded.cursor) await a.replaceUpdates(r, loaded.cursor, Y.mergeUpdates(loaded.updates))
      }
      await Promise.all(writes)
      const check = new Y.Doc()
      const all = await b.loadUpdates(r)
      for (const u of all.updates) Y.applyUpdate(check, u)
      expect(check.getArray<number>('entries').toArray()).toEqual(Array.from({ length: 150 }, (_, i) => i))
      expect(all.stats.count).toBe(all.updates.length)
      expect(all.stats.bytes).toBe(all.updates.reduce((n, u) => n + u.length, 0))
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it('leaves no trace of compacted-away or deleted bytes in the RDB dump and the AOF', async () => {
    const storage = await openRedisStorage(redis.url, { prefix: `e${randomUUID()}:` })
    try {
      const r = generateRoomKeys().roomId
      // Random bytes around the marker, like ciphertext: the RDB's LZF compression leaves them as is.
      const secret = globalThis.crypto.getRandomValues(new Uint8Array(4096))
      secret.set(new TextEncoder().encode('SECRET-CIPHERTEXT-MARKER'), 2000)
      const kept = new TextEncoder().encode('KEPT-MARKER')
      await storage.appendUpdate(r, secret, 1)
      await storage.appendUpdate(r, secret, 1)
      await storage.rewriteAof() // the marker is found in an RDB-format file too: the search works
      expect((await redis.dumpBytes()).includes('SECRET-CIPHERTEXT-MARKER')).toBe(true)
      const loaded = await storage.loadUpdates(r)
      await storage.replaceUpdates(r, loaded.cursor as NonNullable<typeof loaded.cursor>, kept)
      await storage.rewriteAof()
      let dump = await redis.dumpBytes()
      expect(dump.includes('SECRET-CIPHERTEXT-MARKER')).toBe(false)
      expect(dump.includes('KEPT-MARKER')).toBe(true)
      await storage.deleteRoom(r, 2)
      await storage.rewriteAof()
      dump = await redis.dumpBytes()
      expect(dump.includes('KEPT-MARKER')).toBe(false)
      expect(dump.includes(r)).toBe(true) // the tombstone keeps the id dead
    } finally {
      await storage.close()
    }
  })
})
