import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { generateRoomKeys } from '../src/protocol/ids.ts'
import { Room } from './room.ts'

const meta = { expiresAt: null, lastWriteAt: 0, revokedTokenIds: [], revokedBefore: 0, deletedAt: null }
const newRoom = () => new Room(generateRoomKeys().roomId, meta, { count: 0, bytes: 0 }, 0)

describe('Room', () => {
  it('settled() waits for what was applied before it, not for later updates', async () => {
    const room = newRoom()
    const first = room.begin()
    let done = false
    const waiting = room.settled().then(() => {
      done = true
    })
    const second = room.begin()
    await Promise.resolve()
    expect(done).toBe(false)
    room.end(first)
    await waiting
    expect(done).toBe(true)
    expect(room.inflight).toBe(1)
    let later = false
    const laterWait = room.settled().then(() => {
      later = true
    })
    await Promise.resolve()
    expect(later).toBe(false)
    room.end(second)
    await laterWait
    expect(room.inflight).toBe(0)
  })

  it('settled() waits for an earlier update that completes after a later one', async () => {
    const room = newRoom()
    const first = room.begin()
    const second = room.begin()
    let done = false
    const waiting = room.settled().then(() => {
      done = true
    })
    room.end(second)
    await Promise.resolve()
    expect(done).toBe(false)
    room.end(first)
    await waiting
    expect(done).toBe(true)
  })

  it('caches sync replies per state vector until the doc changes', () => {
    const room = newRoom()
    const empty = Y.encodeStateVector(new Y.Doc())
    const a = room.syncStep2(empty)
    expect(room.syncStep2(empty)).toBe(a)
    expect(room.syncStep1()).toBe(room.syncStep1())
    room.doc.getArray<Uint8Array>('entries').push([new Uint8Array([1])])
    room.invalidate()
    const b = room.syncStep2(empty)
    expect(b).not.toBe(a)
    expect(b.length).toBeGreaterThan(a.length)
  })

  it('destroy() releases waiters and marks the room gone', async () => {
    const room = newRoom()
    room.begin()
    const waiting = room.settled()
    room.destroy()
    await waiting
    expect(room.gone).toBe(true)
  })
})
