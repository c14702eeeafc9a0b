// Reads and writes the app's stored booklet from inside a page of the app's origin, with the
// raw IndexedDB API (nothing of the app is changed or exposed for the benchmark):
// - the Dexie registry `livret` holds the own booklet's id (settings key 'own-booklet-id');
// - its document lives in the y-indexeddb database `livret-booklet-<id>`, object store
//   'updates' (auto-increment keys, each value one Yjs update). y-indexeddb applies every
//   stored update when the app opens the booklet, so adding one update adds its items.
import type { Page } from 'playwright-core'
import * as Y from 'yjs'

/** The own booklet's id and its stored updates (base64; a V2 snapshot prefixed `v2:`, see applyStored). */
export async function readStoredBooklet(page: Page): Promise<{ id: string; updates: string[] }> {
  return page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name)
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    const registry = await open('livret')
    const row = (await request(
      registry.transaction('settings').objectStore('settings').get('own-booklet-id'),
    )) as { value?: string } | undefined
    registry.close()
    const id = row?.value
    if (!id) throw new Error('no own booklet in the registry: did the app start?')
    const db = await open(`livret-booklet-${id}`)
    // An entry is a V1 update, or `{ v2 }`: a compacted snapshot in Yjs' V2 encoding (the app's own).
    const entries = (await request(db.transaction('updates').objectStore('updates').getAll())) as (
      | Uint8Array
      | { v2: Uint8Array }
    )[]
    db.close()
    const toBase64 = (u: Uint8Array) => {
      let s = ''
      for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000))
      return btoa(s)
    }
    return {
      id,
      updates: entries.map((e) => (e instanceof Uint8Array ? toBase64(e) : `v2:${toBase64(e.v2)}`)),
    }
  })
}

/** Appends one Yjs update (base64) to the booklet's y-indexeddb store. */
export async function appendStoredUpdate(page: Page, id: string, updateBase64: string): Promise<void> {
  await page.evaluate(
    async ({ id, b64 }) => {
      const bin = atob(b64)
      const update = new Uint8Array(bin.length)
      for (let i = 0; i < bin.length; i++) update[i] = bin.charCodeAt(i)
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(`livret-booklet-${id}`)
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('updates', 'readwrite')
        tx.objectStore('updates').add(update)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { id, b64: updateBase64 },
  )
}

/** Applies what readStoredBooklet returned to `doc` (V1 updates, and V2 snapshots prefixed `v2:`). */
export function applyStored(doc: Y.Doc, updates: readonly string[]): void {
  for (const u of updates) {
    if (u.startsWith('v2:')) Y.applyUpdateV2(doc, Buffer.from(u.slice(3), 'base64'))
    else Y.applyUpdate(doc, Buffer.from(u, 'base64'))
  }
}
