import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { until } from '../../tests/support/until.ts'
import type { BookletId } from '../domain/index.ts'
import {
  bookletDbName,
  isV2Entry,
  prefetchOwnBooklet,
  readBookletStore,
  rememberOwnBooklet,
} from './booklet-idb.ts'
import { createDb, type LivretDb } from './db.ts'
import { applyStoredEntry } from './doc-store.ts'
import { openBooklet } from './open-booklet.ts'

const COMPACT_AT_OPEN = 50

const freshDb = (): LivretDb => createDb(`livret-test-${crypto.randomUUID()}`)
const quiet = { askPersistence: false, registryThrottleMs: 10, crossTab: false } as const
const newId = () => crypto.randomUUID() as BookletId

// Writes updates the way the previous app version did: through y-indexeddb itself.
async function storeWithYIndexeddb(id: BookletId, edit: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc()
  const p = new IndexeddbPersistence(bookletDbName(id), doc)
  await p.whenSynced
  edit(doc)
  // y-indexeddb adds each update without waiting: read back until they are all there.
  const wanted = Y.encodeStateVector(doc)
  await until(async () => {
    const r = await readBookletStore(id)
    const check = new Y.Doc()
    for (const u of r?.updates ?? []) applyStoredEntry(check, u)
    r?.db.close()
    return Y.encodeStateVector(check).toString() === wanted.toString()
  })
  await p.destroy()
  doc.destroy()
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '')
}

describe('booklet store read without y-indexeddb', () => {
  beforeEach(() => {
    const m = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
    })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('opens a booklet stored by y-indexeddb in many small updates, nothing lost', async () => {
    const id = newId()
    await storeWithYIndexeddb(id, (doc) => {
      for (let i = 0; i < 30; i++) doc.getMap('journal').set(`j${i}`, `entrée ${i}`)
      doc.getMap('profile').set('firstName', 'Amina')
    })
    const opened = await openBooklet(id, { db: freshDb(), ...quiet })
    expect(opened.doc.getMap('journal').size).toBe(30)
    expect(opened.doc.getMap('profile').get('firstName')).toBe('Amina')
    await opened.close()
  })

  it('uses the early read, and applies what another tab stored after it', async () => {
    const id = newId()
    await storeWithYIndexeddb(id, (doc) => doc.getMap('profile').set('firstName', 'Amina'))
    rememberOwnBooklet(id)
    prefetchOwnBooklet()
    // Another tab stores a change after the early read started.
    await storeWithYIndexeddb(id, (doc) => doc.getMap('journal').set('late', 'écrit par un autre onglet'))
    const opened = await openBooklet(id, { db: freshDb(), ...quiet })
    expect(opened.doc.getMap('profile').get('firstName')).toBe('Amina')
    expect(opened.doc.getMap('journal').get('late')).toBe('écrit par un autre onglet')
    await opened.close()
  })

  it('an early read of a booklet that is not stored creates no database', async () => {
    const id = newId()
    rememberOwnBooklet(id)
    prefetchOwnBooklet()
    await expect(readBookletStore(id, true)).resolves.toBeUndefined()
    expect(await databaseNames()).not.toContain(bookletDbName(id))
  })

  it('compacts the update log into one V2 snapshot after opening, and keeps edits made elsewhere meanwhile', async () => {
    const id = newId()
    await storeWithYIndexeddb(id, (doc) => {
      for (let i = 0; i < COMPACT_AT_OPEN + 10; i++) doc.getMap('journal').set(`j${i}`, i)
    })
    // Another device edits a copy of the same booklet (its own client id) while this one is open.
    const before = await readBookletStore(id)
    const other = new Y.Doc()
    for (const u of before?.updates ?? []) applyStoredEntry(other, u)
    before?.db.close()

    const opened = await openBooklet(id, { db: freshDb(), ...quiet })
    const entries = await until(
      async () => {
        const r = await readBookletStore(id)
        r?.db.close()
        return r?.updates.length === 1 && isV2Entry(r.updates[0]) && r.updates.length
      },
      { interval: 50, timeout: 15_000, what: 'the update log compacted' },
    )
    expect(entries).toBe(1)
    opened.doc.getMap('journal').set('here', 'ici')
    other.getMap('journal').set('there', 'là-bas')
    other.getMap('journal').delete('j0')
    // The other device's change arrives after the compaction (as the relay would bring it).
    Y.applyUpdate(opened.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(opened.doc)), 'relay')
    await opened.flush()
    await opened.close()

    const again = await openBooklet(id, { db: freshDb(), ...quiet })
    const journal = again.doc.getMap('journal')
    expect(journal.get('here')).toBe('ici')
    expect(journal.get('there')).toBe('là-bas')
    expect(journal.has('j0')).toBe(false)
    expect(journal.get(`j${COMPACT_AT_OPEN + 9}`)).toBe(COMPACT_AT_OPEN + 9)
    expect(journal.size).toBe(COMPACT_AT_OPEN + 10 + 1)
    await again.close()
  })
})
