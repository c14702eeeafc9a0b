import { describe, expect, it } from 'vitest'
import { generateRoomKeys } from '../../src/protocol/ids.ts'
import { decodeBusMessage, encodeBusMessage } from './codec.ts'
import { MemoryBus, MemoryHub } from './memory.ts'
import type { BusMessage } from './types.ts'

describe('bus codec', () => {
  it('round-trips every message type and refuses garbage', () => {
    const messages: BusMessage[] = [
      { type: 'update', origin: 'a', update: new Uint8Array([1, 2, 3]) },
      { type: 'revoke', origin: 'b', tokenIds: ['ab'.repeat(16), 'cd'.repeat(16)], before: 1_800_000_000 },
      { type: 'delete', origin: 'c' },
    ]
    for (const m of messages) expect(decodeBusMessage(encodeBusMessage(m))).toEqual(m)
    expect(decodeBusMessage(new Uint8Array([7, 0]))).toBeUndefined()
    expect(decodeBusMessage(new Uint8Array([0, 5, 1]))).toBeUndefined()
  })
})

describe('memory bus', () => {
  it('delivers to every subscriber of the room on the shared hub, until unsubscribed', async () => {
    const hub = new MemoryHub()
    const a = new MemoryBus(hub)
    const b = new MemoryBus(hub)
    const room = generateRoomKeys().roomId
    const other = generateRoomKeys().roomId
    const got: string[] = []
    const unsubscribe = await b.subscribe(room, (m) => got.push(`${m.type}:${m.origin}`))
    await b.subscribe(other, () => got.push('wrong room'))
    await a.publish(room, { type: 'delete', origin: a.instanceId })
    expect(got).toEqual([`delete:${a.instanceId}`])
    unsubscribe()
    await a.publish(room, { type: 'delete', origin: a.instanceId })
    expect(got).toHaveLength(1)
    await b.close()
    await a.publish(other, { type: 'delete', origin: a.instanceId })
    expect(got).toHaveLength(1)
    expect(hub.rooms.size).toBe(0)
  })
})
