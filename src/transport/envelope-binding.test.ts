import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { generateRoomKey, generateRoomKeys, importRoomKey, type Role, sealEntry } from '../protocol/index.ts'
import { EnvelopeBinding, type SealedRoomError } from './envelope-binding.ts'

const WIRE = 'wire'

/** Forwards envelope updates both ways, as the relay would (origin WIRE). */
function link(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== WIRE && Y.applyUpdate(b, u, WIRE))
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== WIRE && Y.applyUpdate(a, u, WIRE))
}

function peer(
  room: { roomId: ReturnType<typeof generateRoomKeys>['roomId']; key: Uint8Array },
  role: Role = 'write',
  compactAfter = 200,
) {
  const doc = new Y.Doc()
  const envelope = new Y.Doc()
  const errors: SealedRoomError[] = []
  const binding = new EnvelopeBinding({
    roomId: room.roomId,
    roomKey: room.key,
    doc,
    envelope,
    role,
    batchMs: 10_000,
    compactAfter,
    onError: (e) => errors.push(e),
  })
  return { doc, envelope, binding, errors, text: doc.getText('t') }
}

function newRoom() {
  return { roomId: generateRoomKeys().roomId, key: generateRoomKey() }
}

/** Pushes raw entry bytes into an envelope as if they came from the relay. */
function pushRemote(envelope: Y.Doc, entry: Uint8Array): void {
  const other = new Y.Doc()
  Y.applyUpdate(other, Y.encodeStateAsUpdate(envelope))
  const before = Y.encodeStateVector(other)
  other.getArray<Uint8Array>('entries').push([entry])
  Y.applyUpdate(envelope, Y.encodeStateAsUpdate(other, before), WIRE)
}

describe('EnvelopeBinding', () => {
  it('merges the local updates of one batch window into one sealed entry', async () => {
    const room = newRoom()
    const a = peer(room)
    const b = peer(room)
    link(a.envelope, b.envelope)
    for (let i = 0; i < 25; i++) a.text.insert(a.text.length, `line ${i}\n`)
    await a.binding.flush()
    await b.binding.flush()
    expect(a.binding.entries.length).toBe(1)
    expect(b.text.toString()).toBe(a.text.toString())
    expect(b.text.toString()).toContain('line 24')
    expect(b.binding.stats.opened).toBe(1)
  })

  it('turns a bulk edit of hundreds of updates into one entry that carries them all', async () => {
    const room = newRoom()
    const a = peer(room)
    const b = peer(room)
    link(a.envelope, b.envelope)
    a.text.insert(0, 'kept ')
    await a.binding.flush()
    const items = a.doc.getMap('items')
    for (let i = 0; i < 500; i++) items.set(`item-${i}`, { n: i })
    items.delete('item-7')
    a.text.delete(0, 5)
    await a.binding.flush()
    await b.binding.flush()
    expect(a.binding.entries.length).toBe(2)
    expect(b.doc.getMap('items').size).toBe(499)
    expect(b.doc.getMap('items').has('item-7')).toBe(false)
    expect(b.text.toString()).toBe('')
  })

  it('never opens an entry twice and re-applies duplicates harmlessly', async () => {
    const room = newRoom()
    const a = peer(room)
    const b = peer(room)
    link(a.envelope, b.envelope)
    a.text.insert(0, 'bonjour')
    await a.binding.flush()
    await b.binding.flush()
    expect(b.binding.stats.opened).toBe(1)
    // The relay re-sends the same envelope state (e.g. after a reconnection): nothing is reopened.
    Y.applyUpdate(b.envelope, Y.encodeStateAsUpdate(a.envelope), WIRE)
    await b.binding.flush()
    expect(b.binding.stats.opened).toBe(1)
    // The same sealed bytes pushed again as a new entry: opened, and the Yjs update is idempotent.
    pushRemote(b.envelope, a.binding.entries.get(0))
    await b.binding.flush()
    expect(b.binding.stats.opened).toBe(2)
    expect(b.text.toString()).toBe('bonjour')
    // B never pushed anything back: applied remote entries do not count as local changes.
    expect(b.binding.stats.pushed).toBe(0)
  })

  it('refuses a tampered entry, applies nothing of it, and still applies the others', async () => {
    const room = newRoom()
    const a = peer(room)
    const b = peer(room)
    const sealed = await sealEntry(await importRoomKey(room.key), room.roomId, 'update', updateWith('secret'))
    const tampered = sealed.slice()
    tampered[20] = (tampered[20] as number) ^ 1
    pushRemote(b.envelope, tampered)
    link(a.envelope, b.envelope)
    a.text.insert(0, 'fine')
    await a.binding.flush()
    await b.binding.flush()
    expect(b.errors).toEqual([{ code: 'entry-tampered' }])
    expect(b.binding.stats.refused).toBe(1)
    expect(b.doc.getText('x').toString()).toBe('')
    expect(b.text.toString()).toBe('fine')
  })

  it('refuses entries of another room and entries under another key', async () => {
    const room = newRoom()
    const b = peer(room)
    const key = await importRoomKey(room.key)
    pushRemote(b.envelope, await sealEntry(key, newRoom().roomId, 'update', updateWith('other room')))
    pushRemote(
      b.envelope,
      await sealEntry(await importRoomKey(generateRoomKey()), room.roomId, 'update', updateWith('other key')),
    )
    pushRemote(b.envelope, new Uint8Array([9, 1, 2, 3]))
    await b.binding.flush()
    expect(b.errors.map((e) => e.code).sort()).toEqual([
      'entry-malformed',
      'entry-tampered',
      'entry-tampered',
    ])
    expect(b.doc.getText('x').toString()).toBe('')
    expect(b.binding.stats.opened).toBe(0)
  })

  it('refuses a well-sealed entry that is not a Yjs update', async () => {
    const room = newRoom()
    const b = peer(room)
    const garbage = new Uint8Array([200, 200, 200, 200, 200, 1, 2, 3])
    pushRemote(b.envelope, await sealEntry(await importRoomKey(room.key), room.roomId, 'update', garbage))
    await b.binding.flush()
    expect(b.errors).toEqual([{ code: 'entry-invalid-update' }])
  })

  it('compacts past the threshold into one snapshot that keeps the whole state', async () => {
    const room = newRoom()
    const a = peer(room, 'write', 5)
    const b = peer(room, 'write', 5)
    link(a.envelope, b.envelope)
    for (let i = 0; i < 12; i++) {
      const writer = i % 2 === 0 ? a : b
      writer.text.insert(writer.text.length, `w${i};`)
      if (i === 3) writer.text.delete(0, 3)
      await writer.binding.flush()
    }
    for (let round = 0; round < 3; round++) {
      await a.binding.flush()
      await b.binding.flush()
    }
    expect(a.binding.stats.compactions + b.binding.stats.compactions).toBeGreaterThan(0)
    expect(a.binding.entries.length).toBeLessThanOrEqual(6)
    expect(b.text.toString()).toBe(a.text.toString())
    // A newcomer that only gets the compacted envelope sees everything.
    const c = peer(room, 'read')
    Y.applyUpdate(c.envelope, Y.encodeStateAsUpdate(a.envelope), WIRE)
    await c.binding.flush()
    expect(c.text.toString()).toBe(a.text.toString())
    expect(c.text.toString()).toContain('w11;')
    expect(c.errors).toEqual([])
  })

  it('makes a compacted envelope smaller than the log it replaces', async () => {
    const room = newRoom()
    const a = peer(room, 'write', 1000)
    for (let i = 0; i < 60; i++) {
      a.text.insert(a.text.length, `entry ${i} `)
      await a.binding.flush()
    }
    const before = Y.encodeStateAsUpdate(a.envelope).length
    const compacting = peer(room, 'write', 10)
    Y.applyUpdate(compacting.envelope, Y.encodeStateAsUpdate(a.envelope), WIRE)
    link(a.envelope, compacting.envelope)
    await compacting.binding.flush()
    await a.binding.flush()
    expect(compacting.binding.stats.compactions).toBe(1)
    expect(a.binding.entries.length).toBe(1)
    expect(Y.encodeStateAsUpdate(a.envelope).length).toBeLessThan(before / 2)
  })

  it('never pushes with a read role and never compacts with an append role', async () => {
    const room = newRoom()
    const reader = peer(room, 'read')
    reader.text.insert(0, 'local only')
    reader.binding.pushMissing()
    await reader.binding.flush()
    expect(reader.binding.entries.length).toBe(0)

    const appender = peer(room, 'append', 2)
    for (let i = 0; i < 5; i++) {
      appender.text.insert(0, `${i}`)
      await appender.binding.flush()
    }
    expect(appender.binding.entries.length).toBe(5)
    expect(appender.binding.stats.compactions).toBe(0)
  })

  it('pushes after the first sync what the plain doc held before the room existed', async () => {
    const room = newRoom()
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'projection made before binding')
    const envelope = new Y.Doc()
    const binding = new EnvelopeBinding({
      roomId: room.roomId,
      roomKey: room.key,
      doc,
      envelope,
      role: 'write',
    })
    const b = peer(room, 'read')
    link(envelope, b.envelope)
    binding.pushMissing()
    await binding.flush()
    await b.binding.flush()
    expect(b.text.toString()).toBe('projection made before binding')
    // Nothing missing any more: a second call pushes nothing.
    binding.pushMissing()
    await binding.flush()
    expect(binding.entries.length).toBe(1)
  })
})

function updateWith(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('x').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}
