import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { until } from '../../tests/support/until.ts'
import { BOOKLET_SCHEMA_VERSION, storedFields, TOP_LEVEL } from '../booklet/index.ts'
import type { BookletId } from '../domain/index.ts'
import { createDb, getSetting, type LivretDb, listBooklets, SETTING_KEYS } from './db.ts'
import { TRIM_SIZE } from './doc-store.ts'
import {
  bookletDbName,
  deleteBooklet,
  ensureOwnBooklet,
  openBooklet,
  writeBookletDoc,
} from './open-booklet.ts'
import { getStorageHealth, onStorageError } from './storage-health.ts'

const freshDb = (): LivretDb => createDb(`livret-test-${crypto.randomUUID()}`)
const quiet = { askPersistence: false, registryThrottleMs: 10 } as const
// Y.Doc.toJSON lists only the top-level types this doc instance has asked for: ask for all.
const snapshot = (doc: Y.Doc) => Object.fromEntries(TOP_LEVEL.map((n) => [n, doc.getMap(n).toJSON()]))

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '')
}

describe('openBooklet', () => {
  it('persists changes and loads them again after reopening', async () => {
    const db = freshDb()
    const id = await ensureOwnBooklet(db)
    const first = await openBooklet(id, { db, ...quiet })
    expect(first.mode).toBe('editable')
    first.doc.getMap('profile').set('firstName', 'Amina')
    first.doc.getMap('journal').set('j1', new Y.Map([['text', 'Premier jour en stage']]))
    await first.flush()
    const stored = snapshot(first.doc)
    await first.close()

    const again = await openBooklet(id, { db, ...quiet })
    expect(snapshot(again.doc)).toEqual(stored)
    expect(again.doc.getMap('profile').get('firstName')).toBe('Amina')
    expect(again.doc.getMap('meta').get('schemaVersion')).toBe(BOOKLET_SCHEMA_VERSION)
    await again.close()
  })

  it('opens a document written by a newer app read-only', async () => {
    const newer = new Y.Doc()
    newer.getMap('meta').set('schemaVersion', BOOKLET_SCHEMA_VERSION + 1)
    newer.getMap('profile').set('firstName', 'Jo')
    const id = crypto.randomUUID() as BookletId
    await writeBookletDoc(id, Y.encodeStateAsUpdate(newer))
    const opened = await openBooklet(id, { db: freshDb(), ...quiet })
    expect(opened.mode).toBe('read-only-newer')
    expect(opened.doc.getMap('meta').get('schemaVersion')).toBe(BOOKLET_SCHEMA_VERSION + 1)
    await opened.close()
  })

  it('migrates an old document when it is opened', async () => {
    const old = new Y.Doc()
    old.getMap('meta').set('schemaVersion', 1)
    old.getMap('competences').set('c1', new Y.Map<unknown>([['level', 'confirme']]))
    const id = crypto.randomUUID() as BookletId
    await writeBookletDoc(id, Y.encodeStateAsUpdate(old))
    const opened = await openBooklet(id, { db: freshDb(), ...quiet })
    expect(storedFields(opened.doc.getMap('competences'), 'c1')?.level).toBe(3)
    await opened.close()
  })

  it('compacts the update log past the trim size and keeps everything', async () => {
    const id = await ensureOwnBooklet(freshDb())
    const opened = await openBooklet(id, { db: freshDb(), ...quiet })
    const journal = opened.doc.getMap('journal')
    for (let i = 0; i < TRIM_SIZE + 20; i++) journal.set(`j${i}`, i)
    // y-indexeddb compacts after its own debounce (about 1 s): poll the stored log.
    const entries = await until(
      async () => {
        await opened.flush()
        const n = await countUpdates(bookletDbName(id))
        return n < 30 && n
      },
      { interval: 50, what: 'the update log compacted' },
    )
    expect(entries).toBeLessThan(30)
    await opened.close()
    const again = await openBooklet(id, { db: freshDb(), ...quiet })
    expect(again.doc.getMap('journal').size).toBe(TRIM_SIZE + 20)
    await again.close()
  })
})

async function countUpdates(name: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  const n = await new Promise<number>((resolve) => {
    const req = db.transaction('updates').objectStore('updates').count()
    req.onsuccess = () => resolve(req.result)
  })
  db.close()
  return n
}

describe('registry', () => {
  it('creates the own booklet once, even when two tabs race', async () => {
    const db = freshDb()
    const before = await databaseNames()
    const [a, b] = await Promise.all([ensureOwnBooklet(db), ensureOwnBooklet(db)])
    expect(a).toBe(b)
    expect(await ensureOwnBooklet(db)).toBe(a)
    const rows = await listBooklets(db)
    expect(rows.map((r) => [r.id, r.role])).toEqual([[a, 'own']])
    expect(await getSetting(SETTING_KEYS.ownBookletId, db)).toBe(a)
    const created = (await databaseNames()).filter((n) => !before.includes(n))
    expect(created).toContain(bookletDbName(a))
    expect(created.filter((n) => n.startsWith('livret-booklet-'))).toHaveLength(1)
  })

  it('stores the new booklet document before listing it', async () => {
    const db = freshDb()
    const id = await ensureOwnBooklet(db)
    const opened = await openBooklet(id, { db, ...quiet })
    expect(opened.doc.getMap('meta').get('schemaVersion')).toBe(BOOKLET_SCHEMA_VERSION)
    await opened.close()
  })

  it('updates updatedAt after changes, throttled', async () => {
    const db = freshDb()
    const id = await ensureOwnBooklet(db)
    const initial = (await db.booklets.get(id))?.updatedAt
    let writes = 0
    db.booklets.hook('updating', () => {
      writes++
    })
    // The next timestamp must differ from the first one for the change to show.
    await until(() => new Date().toISOString() !== initial, { what: 'the clock to move on' })
    const opened = await openBooklet(id, { db, askPersistence: false, registryThrottleMs: 200 })
    for (let i = 0; i < 20; i++) opened.doc.getMap('journal').set(`j${i}`, i)
    await until(() => writes === 1, { what: 'the registry write' })
    expect((await db.booklets.get(id))?.updatedAt).not.toBe(initial)
    // close() writes a registry update still pending: none was, twenty changes made one write.
    await opened.close()
    expect(writes).toBe(1)
  })

  it('asks for persistent storage on the first local change only', async () => {
    const db = freshDb()
    const persist = vi.fn(async () => true)
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => true } })
    try {
      const id = await ensureOwnBooklet(db)
      const opened = await openBooklet(id, { db, registryThrottleMs: 10 })
      // A change from a provider (an object origin) is not the person's: no question yet.
      const remote = new Y.Doc()
      remote.getMap('journal').set('from-elsewhere', 1)
      Y.applyUpdate(opened.doc, Y.encodeStateAsUpdate(remote), { provider: 'relay' })
      opened.doc.getMap('profile').set('firstName', 'Amina')
      opened.doc.getMap('profile').set('lastName', 'B.')
      // The answer is stored after persist() returns: once it is there, every request made is done.
      await until(async () => (await getSetting(SETTING_KEYS.persistenceAsked, db)) !== undefined, {
        what: 'the stored answer',
      })
      expect(persist).toHaveBeenCalledTimes(1)
      await opened.close()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('quota errors', () => {
  const realAdd = IDBObjectStore.prototype.add
  let full = false
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return realAdd.apply(this, args)
  }
  afterEach(() => {
    full = false
  })

  it('loses nothing: the failed change is written with the next one', async () => {
    const db = freshDb()
    const id = await ensureOwnBooklet(db)
    const opened = await openBooklet(id, { db, ...quiet })
    const errors: string[] = []
    const stop = onStorageError((h) => errors.push(h.state))
    opened.doc.getMap('profile').set('firstName', 'Amina')
    await opened.flush()

    full = true
    opened.doc.getMap('journal').set('j1', 'written while the phone was full')
    await opened.flush()
    expect(getStorageHealth().state).toBe('quota')
    expect(errors).toEqual(['quota'])
    // What was stored before is still there; the new change only lives in memory for now.
    // (The fault is lifted to read the disk: fake-indexeddb would throw on the reader's own write.)
    full = false
    const onDisk = await openBooklet(id, { db, ...quiet })
    expect(onDisk.doc.getMap('profile').get('firstName')).toBe('Amina')
    expect(onDisk.doc.getMap('journal').get('j1')).toBeUndefined()
    await onDisk.close()
    expect(opened.doc.getMap('journal').get('j1')).toBe('written while the phone was full')
    expect(getStorageHealth().state).toBe('quota')

    opened.doc.getMap('journal').set('j2', 'space freed')
    await opened.flush()
    expect(getStorageHealth().state).toBe('ok')
    await opened.close()
    stop()

    const after = await openBooklet(id, { db, ...quiet })
    expect(after.doc.getMap('journal').toJSON()).toEqual({
      j1: 'written while the phone was full',
      j2: 'space freed',
    })
    expect(after.doc.getMap('profile').get('firstName')).toBe('Amina')
    await after.close()
  })

  it('retry() from the error state stores the whole document', async () => {
    const db = freshDb()
    const id = await ensureOwnBooklet(db)
    const opened = await openBooklet(id, { db, ...quiet })
    full = true
    opened.doc.getMap('journal').set('j1', 'kept')
    await opened.flush()
    const health = getStorageHealth()
    expect(health.state).toBe('quota')
    full = false
    if (health.state !== 'ok') health.retry()
    await opened.flush()
    expect(getStorageHealth().state).toBe('ok')
    const onDisk = await openBooklet(id, { db, ...quiet })
    expect(onDisk.doc.getMap('journal').get('j1')).toBe('kept')
    await onDisk.close()
    await opened.close()
  })
})

describe('several tabs', () => {
  it('shows a change made in one tab in the other without a reload, and stores it once', async () => {
    const db = freshDb()
    const id = await ensureOwnBooklet(db)
    const a = await openBooklet(id, { db, ...quiet })
    const b = await openBooklet(id, { db, ...quiet })
    const before = await countUpdates(bookletDbName(id))
    a.doc.getMap('journal').set('from-a', 'bonjour')
    await until(() => b.doc.getMap('journal').get('from-a') === 'bonjour', { what: 'the other tab got it' })
    await a.flush()
    await b.flush()
    expect(await countUpdates(bookletDbName(id))).toBe(before + 1)
    await a.close()
    await b.close()
  })

  it('deleteBooklet removes the registry row, the attachments and the document', async () => {
    const db = freshDb()
    const id = await ensureOwnBooklet(db)
    await db.blobs.put({
      id: 'x',
      bookletId: id,
      type: 'text/plain',
      name: 'x.txt',
      size: 1,
      data: new Blob(['x']),
    })
    await deleteBooklet(id, db)
    expect(await db.booklets.get(id)).toBeUndefined()
    expect(await db.blobs.count()).toBe(0)
    expect(await databaseNames()).not.toContain(bookletDbName(id))
  })
})
