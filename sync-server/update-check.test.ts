import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkUpdate } from './update-check.ts'

/** The update a change on `doc` produces. */
function capture(doc: Y.Doc, change: (d: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc)
  change(doc)
  return Y.encodeStateAsUpdate(doc, before)
}

function sharedPair() {
  const room = new Y.Doc()
  const client = new Y.Doc()
  client.getArray<Uint8Array>('entries').push([new Uint8Array([1]), new Uint8Array([2])])
  Y.applyUpdate(room, Y.encodeStateAsUpdate(client))
  return { room, client }
}

describe('checkUpdate', () => {
  it('an update with nothing new is no change for every role, even with the room delete set', () => {
    const { room, client } = sharedPair()
    const del = capture(client, (d) => d.getArray('entries').delete(0, 1))
    Y.applyUpdate(room, del)
    // What an up-to-date client answers to the relay's step 1: no structs, the whole delete set.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(room))
    expect(Y.decodeUpdate(step2).ds.clients.size).toBe(1)
    for (const role of ['read', 'append', 'write'] as const)
      expect(checkUpdate(room, step2, role)).toBe('no-change')
    expect(checkUpdate(room, Y.encodeStateAsUpdate(new Y.Doc()), 'read')).toBe('no-change')
  })

  it('read: any change is forbidden', () => {
    const { room, client } = sharedPair()
    expect(
      checkUpdate(
        room,
        capture(client, (d) => d.getArray('entries').push([new Uint8Array([3])])),
        'read',
      ),
    ).toBe('forbidden')
    expect(
      checkUpdate(
        room,
        capture(client, (d) => d.getArray('entries').delete(0, 1)),
        'read',
      ),
    ).toBe('forbidden')
  })

  it('append: inserts of binary or any content into entries are accepted, at any position', () => {
    const { room, client } = sharedPair()
    const accepted = (change: (d: Y.Doc) => void) => {
      const update = capture(client, change)
      const verdict = checkUpdate(room, update, 'append')
      if (verdict === 'accept') Y.applyUpdate(room, update)
      return verdict
    }
    expect(accepted((d) => d.getArray('entries').push([new Uint8Array([3])]))).toBe('accept')
    expect(accepted((d) => d.getArray('entries').insert(1, [new Uint8Array([4])]))).toBe('accept')
    expect(accepted((d) => d.getArray('entries').insert(0, ['any', 3]))).toBe('accept')
    const fresh = new Y.Doc()
    expect(
      checkUpdate(
        new Y.Doc(),
        capture(fresh, (d) => d.getArray('entries').push([new Uint8Array([1])])),
        'append',
      ),
    ).toBe('accept')
  })

  it('append: deletions, map keys, other roots, nested types and strings are forbidden', () => {
    const forbidden: ((d: Y.Doc) => void)[] = [
      (d) => d.getArray('entries').delete(0, 1),
      (d) => d.getMap('entries-map').set('k', 1),
      (d) => d.getArray('other').push([new Uint8Array([1])]),
      (d) => d.getArray('entries').push([new Y.Array()]),
      (d) => d.getText('t').insert(0, 'hello'),
      (d) => {
        d.getArray('entries').push([new Uint8Array([9])])
        d.getArray('entries').delete(2, 1)
      },
    ]
    for (const change of forbidden) {
      const { room, client } = sharedPair()
      expect(checkUpdate(room, capture(client, change), 'append')).toBe('forbidden')
    }
  })

  it('append: an item next to an item of another root type is forbidden', () => {
    const room = new Y.Doc()
    const writer = new Y.Doc()
    writer.getArray('other').push([new Uint8Array([1])])
    Y.applyUpdate(room, Y.encodeStateAsUpdate(writer))
    const appender = new Y.Doc()
    Y.applyUpdate(appender, Y.encodeStateAsUpdate(room))
    expect(
      checkUpdate(
        room,
        capture(appender, (d) => d.getArray('other').push([new Uint8Array([2])])),
        'append',
      ),
    ).toBe('forbidden')
  })

  it('an update whose dependencies the room lacks is refused before it is applied', () => {
    const { room, client } = sharedPair()
    const skipped = capture(client, (d) => d.getArray('entries').push([new Uint8Array([1])]))
    const next = capture(client, (d) => d.getArray('entries').push([new Uint8Array([2])]))
    for (const role of ['append', 'write'] as const)
      expect(checkUpdate(room, next, role)).toBe('missing-deps')
    Y.applyUpdate(room, skipped)
    expect(checkUpdate(room, next, 'append')).toBe('accept')
  })

  it('write: any valid change is accepted; garbage is malformed for every role', () => {
    const { room, client } = sharedPair()
    expect(
      checkUpdate(
        room,
        capture(client, (d) => d.getMap('m').set('k', 1)),
        'write',
      ),
    ).toBe('accept')
    for (const role of ['read', 'append', 'write'] as const) {
      expect(checkUpdate(room, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), role)).toBe('malformed')
      expect(checkUpdate(room, new Uint8Array([0xff, 0xff, 0xff]), role)).toBe('malformed')
    }
  })
})
