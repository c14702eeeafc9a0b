// Regression cases of issue #9 (findings 1–3) against the update check itself: the work is
// counted in steps, never timed; every update it refuses is one Y.applyUpdate chokes on or
// one a role may not send; the client ids an append update writes under are reported.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  chainUpdate,
  type ForgedStruct,
  forgeUpdate,
  selfOriginUpdate,
  selfRightUpdate,
} from '../tests/support/update-forge.ts'
import { inspectUpdate } from './update-check.ts'
import { MAX_TYPE_DEPTH } from './update-graph.ts'

function roomWithEntry(client = 1): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, chainUpdate(client, 1))
  return doc
}

describe('update check against crafted updates', () => {
  it('checks chains of 2,000 and 4,000 items in a number of steps linear in their size', () => {
    for (const n of [2000, 4000]) {
      const update = chainUpdate(77, n)
      const room = new Y.Doc()
      const outcome = inspectUpdate(room, update, 'append')
      expect(outcome.verdict).toBe('accept')
      expect(outcome.structs).toBe(n + 1)
      expect(outcome.steps).toBeLessThanOrEqual(8 * outcome.structs)
      Y.applyUpdate(room, update)
      expect(room.getArray('entries').length).toBe(n)
    }
  })

  it('a 200 KiB flat update is refused by the struct budget after at most budget steps, or checked linearly under a larger one', () => {
    const flat: ForgedStruct[] = []
    for (let i = 0; i < 20_000; i++)
      flat.push({ kind: 'item', origin: { client: 1, clock: 0 }, content: { binary: new Uint8Array(8) } })
    const update = forgeUpdate([{ client: 9, clock: 0, structs: flat }])
    expect(update.length).toBeGreaterThan(200 * 1024)
    const room = roomWithEntry()
    const refused = inspectUpdate(room, update, 'append', 10_000)
    expect(refused.verdict).toBe('too-many-structs')
    expect(refused.steps).toBeLessThanOrEqual(10_000)
    const checked = inspectUpdate(room, update, 'append', 30_000)
    expect(checked.verdict).toBe('accept')
    expect(checked.steps).toBeLessThanOrEqual(8 * checked.structs)
    Y.applyUpdate(room, update)
    expect(room.getArray('entries').length).toBe(20_001)
  })

  it('refuses as malformed an item whose right neighbour or origin is itself (54 bytes or less), for every writing role', () => {
    const room = roomWithEntry()
    let throws = 0
    for (const update of [
      selfRightUpdate(5),
      selfOriginUpdate(5),
      selfRightUpdate(1, 1),
      selfOriginUpdate(1, 1),
    ]) {
      expect(update.length).toBeLessThanOrEqual(54)
      for (const role of ['append', 'write'] as const)
        expect(inspectUpdate(room, update, role).verdict).toBe('malformed')
      try {
        Y.applyUpdate(roomWithEntry(), update)
      } catch {
        throws++
      }
    }
    expect(throws).toBeGreaterThan(0) // what the relay used to apply, and reload the room after
  })

  it('refuses forward references in the same client and cycles through other clients', () => {
    const room = new Y.Doc()
    const forward = forgeUpdate([
      {
        client: 3,
        clock: 0,
        structs: [{ kind: 'item', rightOrigin: { client: 3, clock: 1 } }, { kind: 'item' }],
      },
    ])
    expect(inspectUpdate(room, forward, 'write').verdict).toBe('malformed')
    const cycle = forgeUpdate([
      { client: 3, clock: 0, structs: [{ kind: 'item', origin: { client: 4, clock: 0 } }] },
      { client: 4, clock: 0, structs: [{ kind: 'item', origin: { client: 3, clock: 0 } }] },
    ])
    expect(inspectUpdate(room, cycle, 'write').verdict).toBe('malformed')
    const longCycle = forgeUpdate([
      { client: 3, clock: 0, structs: [{ kind: 'item' }, { kind: 'item', origin: { client: 4, clock: 0 } }] },
      { client: 4, clock: 0, structs: [{ kind: 'item', rightOrigin: { client: 3, clock: 1 } }] },
    ])
    expect(inspectUpdate(room, longCycle, 'write').verdict).toBe('malformed')
    const fine = forgeUpdate([
      { client: 3, clock: 0, structs: [{ kind: 'item' }] },
      { client: 4, clock: 0, structs: [{ kind: 'item', origin: { client: 3, clock: 0 } }] },
    ])
    expect(inspectUpdate(room, fine, 'append').verdict).toBe('accept')
  })

  it(`refuses types nested deeper than ${MAX_TYPE_DEPTH} (Yjs deletes nested types recursively)`, () => {
    const nested = (depth: number) => {
      const structs: ForgedStruct[] = [{ kind: 'item', content: { type: 'array' } }]
      for (let i = 1; i < depth; i++)
        structs.push({ kind: 'item', parent: { client: 8, clock: i - 1 }, content: { type: 'array' } })
      return forgeUpdate([{ client: 8, clock: 0, structs }])
    }
    expect(inspectUpdate(new Y.Doc(), nested(MAX_TYPE_DEPTH), 'write').verdict).toBe('accept')
    expect(inspectUpdate(new Y.Doc(), nested(5000), 'write').verdict).toBe('malformed')
  })

  it('reports the client ids an append update writes under, new or already in the room (clock squatting)', () => {
    const room = roomWithEntry(1)
    const squat = chainUpdate(1, 2, 1, { client: 1, clock: 0 })
    expect(inspectUpdate(room, squat, 'append')).toMatchObject({
      verdict: 'accept',
      claims: [{ client: 1, isNew: false }],
    })
    expect(inspectUpdate(room, chainUpdate(2, 1, 0, { client: 1, clock: 0 }), 'append').claims).toEqual([
      { client: 2, isNew: true },
    ])
    expect(inspectUpdate(room, squat, 'write').claims).toEqual([])
  })
})
