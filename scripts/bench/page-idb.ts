// Reads and writes the app's stored booklet from inside a page of the app's origin, with the
// raw IndexedDB API (nothing of the app is changed or exposed for the benchmark):
// - the Dexie registry `livret` holds the own booklet's id (settings key 'own-booklet-id');
// - its document lives in the y-indexeddb database `livret-booklet-<id>`, object store
//   'updates' (auto-increment keys, each value one Yjs update). y-indexeddb applies every
//   stored update when the app opens the booklet, so adding one update adds its items.
import type { Page } from 'playwright-core'

/** The own booklet's id and its stored updates (base64), read in the page. */
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
    const updates = (await request(db.transaction('updates').objectStore('updates').getAll())) as Uint8Array[]
    db.close()
    const toBase64 = (u: Uint8Array) => {
      let s = ''
      for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000))
      return btoa(s)
    }
    return { id, updates: updates.map(toBase64) }
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
