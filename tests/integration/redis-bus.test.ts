// The Redis bus between two instances: every subscribed instance gets each message once,
// the publisher included (handlers skip their own origin), and unsubscribing stops delivery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateRoomKeys } from '../../src/protocol/ids.ts'
import { RedisBus } from '../../sync-server/bus/redis.ts'
import type { BusMessage } from '../../sync-server/bus/types.ts'
import { startRedis, type TestRedis } from '../support/redis.ts'
import { until } from '../support/until.ts'

let redis: TestRedis
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.stop()
})

describe('redis bus', () => {
  it('carries updates, revocations and deletions to every instance subscribed to the room', async () => {
    const [a, b] = await Promise.all([RedisBus.connect(redis.url), RedisBus.connect(redis.url)])
    try {
      expect(a.instanceId).not.toBe(b.instanceId)
      const room = generateRoomKeys().roomId
      const other = generateRoomKeys().roomId
      const gotA: BusMessage[] = []
      const gotB: BusMessage[] = []
      const gotOther: BusMessage[] = []
      await a.subscribe(room, (m) => gotA.push(m))
      const stopB = await b.subscribe(room, (m) => gotB.push(m))
      await b.subscribe(other, (m) => gotOther.push(m))
      const update = new Uint8Array([1, 2, 3, 250])
      await a.publish(room, { type: 'update', origin: a.instanceId, update })
      await b.publish(room, { type: 'revoke', origin: b.instanceId, tokenIds: ['ab'.repeat(16)], before: 7 })
      await a.publish(room, { type: 'delete', origin: a.instanceId })
      await until(() => gotA.length === 3 && gotB.length === 3)
      const expected = [
        { type: 'update', origin: a.instanceId, update },
        { type: 'revoke', origin: b.instanceId, tokenIds: ['ab'.repeat(16)], before: 7 },
        { type: 'delete', origin: a.instanceId },
      ]
      expect(gotA).toEqual(expected)
      expect(gotB).toEqual(expected)
      expect(gotOther).toEqual([])
      stopB()
      await a.publish(room, { type: 'delete', origin: a.instanceId })
      // Published after it on the same connection, a message of b's other room arrives later.
      await a.publish(other, { type: 'delete', origin: a.instanceId })
      await until(() => gotA.length === 4 && gotOther.length === 1)
      expect(gotA).toHaveLength(4)
      expect(gotB).toHaveLength(3)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})
