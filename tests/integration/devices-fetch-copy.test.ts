// Issue 12 point 9, the copy behind a record: a booklet received on the desktop reaches the laptop
// as a record only (the copy is the desktop's y-indexeddb document). Opened on the laptop, it is
// fetched once from the real relay with the capability the record holds and stored as receiving
// stores it, without the desktop online (a live share then keeps following); a share revoked
// meanwhile is ended instead (record says revoked, no copy kept).
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { listItems, putItem } from '../../src/booklet/index.ts'
import { projectionFixture } from '../../src/booklet/projection-fixture.ts'
import { type BookletId, newId, sampleCompetence } from '../../src/domain/index.ts'
import { saveSelf } from '../../src/features/devices/records.ts'
import {
  fetchMissingCopy,
  followReceived,
  getReceived,
  hasStoredCopy,
  listReceived,
  loadReceived,
  openShareLink,
  putReceived,
  type ReceivedRecord,
  receivedLink,
  whenStored,
} from '../../src/features/receive/index.ts'
import { appRuntime } from '../../src/features/runtime/index.ts'
import { revokeShare } from '../../src/features/share/control.ts'
import { followingStore } from '../../src/features/share/runtime.ts'
import { createShare } from '../../src/features/share/service.ts'
import { saveShare } from '../../src/features/share/store.ts'
import { bookletDbName, getDb } from '../../src/storage/index.ts'
import { householdDevices } from '../support/household-devices.ts'
import { runtimeHarness } from '../support/runtime.ts'
import { until } from '../support/until.ts'

const h = runtimeHarness()
const { laptop, firstDevice } = householdDevices(h.net)
const net = () => ({ relayOrigin: h.url(), WebSocketPolyfill: WebSocket })

/** The desktop receives a one-time share of the fixture's picked competence: it opens the link and
 * keeps the record (its copy stays on the desktop); the laptop, paired, lists the record. */
async function receivedOnDesktop(mode: 'snapshot' | 'live' = 'snapshot') {
  const { doc, ids } = projectionFixture()
  const created = await createShare(
    doc,
    // A live share of every competence, so that one added later is shared too.
    {
      recipient: 'CPAS',
      mode,
      sections: { competences: mode === 'live' ? { all: true } : { ids: [ids.cPicked] } },
    },
    net(),
  )
  if (!created.ok) throw new Error(created.code)
  const opened = await openShareLink(created.value.link, { WebSocketPolyfill: WebSocket })
  if (!opened.ok) throw new Error(opened.code)
  const { meta, capability } = opened.value
  expect(meta.mode).toBe(mode)
  const competences = listItems(opened.value.doc, 'competences').items.map((c) => c.id)
  expect(competences).toContain(ids.cPicked)
  opened.value.stop()
  opened.value.doc.destroy()
  const id = newId<BookletId>()
  const at = new Date().toISOString()
  const record: ReceivedRecord = {
    id,
    roomId: capability.roomId,
    source: 'link',
    recipient: meta.recipient,
    displayName: 'Amina',
    mode: meta.mode,
    sharedAt: meta.sharedAt,
    expiresAt: meta.expiresAt,
    receivedAt: at,
    status: 'active',
    itemCount: 1,
    link: receivedLink(h.url(), capability),
  }
  const desk = await firstDevice()
  desk.records.write({ kind: 'received', id, updatedAt: at, version: 2, value: record })
  await until(async () => (await listReceived()).some((r) => r.id === id), {
    what: 'the record on the laptop',
  })
  // The desktop goes offline: the laptop fetches from the relay alone.
  desk.household.stop()
  return { id, competences, share: created.value.record, holder: { doc, stop: created.value.stop } }
}

/** The competences of the copy stored on this device, read back from its own storage. */
async function storedCompetences(id: string): Promise<string[]> {
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(bookletDbName(id as BookletId), doc)
  await persistence.whenSynced
  const ids = listItems(doc, 'competences').items.map((c) => c.id)
  await persistence.destroy()
  doc.destroy()
  return ids
}

describe('a received booklet opened on a paired device without its copy', () => {
  it('is fetched once from the relay and stored, the desktop offline', async () => {
    await saveSelf(laptop)
    const onLaptop = h.registry([appRuntime('household-records')])
    onLaptop.start('operator')
    const { id, competences } = await receivedOnDesktop()
    expect(await hasStoredCopy(id)).toBe(false)
    expect(await fetchMissingCopy(id, { WebSocketPolyfill: WebSocket })).toBe('fetched')
    await whenStored(id)
    expect(await hasStoredCopy(id)).toBe(true)
    expect(await getDb().booklets.get(id as BookletId)).toMatchObject({ role: 'received' })
    expect(await storedCompetences(id)).toEqual(competences)
    expect((await getReceived(id))?.status).toBe('active')
    // Once stored, opening it again fetches nothing.
    expect(await fetchMissingCopy(id, { WebSocketPolyfill: WebSocket })).toBe('stored')
    onLaptop.registry.stopAll()
  })

  it('a share revoked before the laptop opens it is ended there: record says revoked, no copy', async () => {
    await saveSelf(laptop)
    const onLaptop = h.registry([appRuntime('household-records')])
    onLaptop.start('operator')
    const { id, share } = await receivedOnDesktop()
    const revoked = await revokeShare(share, { relayOrigin: h.url() })
    if (!revoked.ok) throw new Error(revoked.code)
    expect(await fetchMissingCopy(id, { WebSocketPolyfill: WebSocket })).toBe('ended')
    const record = await getReceived(id)
    expect(record?.status).toBe('revoked')
    expect(record?.endedAt).toBeDefined()
    expect(record?.link).toBeUndefined()
    expect(await hasStoredCopy(id)).toBe(false)
    expect(await getDb().booklets.get(id as BookletId)).toBeUndefined()
    onLaptop.registry.stopAll()
  })

  it('a live share is fetched once, then keeps following the holder’s booklet', async () => {
    await saveSelf(laptop)
    const onLaptop = h.registry([appRuntime('household-records'), appRuntime('followed-shares')])
    onLaptop.start('operator')
    const { id, competences, holder, share } = await receivedOnDesktop('live')
    // The holder's device follows its booklet into the live share (its live-shares runtime).
    holder.stop()
    await saveShare(share)
    const onPhone = h.registry([appRuntime('live-shares')])
    onPhone.start('holder', holder.doc)
    await until(() => followingStore.get().has(share.id), { what: 'the holder follows the share' })
    expect(await fetchMissingCopy(id, { WebSocketPolyfill: WebSocket })).toBe('fetched')
    await whenStored(id)
    expect(await storedCompetences(id)).toEqual(competences)
    const copy = await loadReceived(id)
    if (!copy) throw new Error('no copy')
    const statuses: string[] = []
    const release = followReceived(id, (s) => statuses.push(s.status))
    await until(() => statuses.includes('synced'), { what: 'the laptop follows the live share' })
    const added = sampleCompetence({ label: 'LIVE-AFTER-FETCH' })
    expect(putItem(holder.doc, 'competences', added).ok).toBe(true)
    await until(() => copy.doc.getMap('competences').has(added.id), {
      what: 'the change in the laptop’s copy',
    })
    release()
    onPhone.registry.stopAll()
    onLaptop.registry.stopAll()
    await h.noSockets()
  })

  it('unreachable, it stays to fetch (record active, no copy); reachable again, it is fetched', async () => {
    await saveSelf(laptop)
    const onLaptop = h.registry([appRuntime('household-records')])
    onLaptop.start('operator')
    const { id, competences } = await receivedOnDesktop()
    const record = await getReceived(id)
    if (!record?.link) throw new Error('no record')
    // The relay out of reach (nothing listens on that port), as for a device offline.
    await putReceived({ ...record, link: { ...record.link, relayOrigin: 'http://127.0.0.1:9' } })
    expect(await fetchMissingCopy(id, { WebSocketPolyfill: WebSocket, timeoutMs: 300 })).toBe('offline')
    expect((await getReceived(id))?.status).toBe('active')
    expect(await hasStoredCopy(id)).toBe(false)
    await putReceived(record)
    expect(await fetchMissingCopy(id, { WebSocketPolyfill: WebSocket })).toBe('fetched')
    await whenStored(id)
    expect(await storedCompetences(id)).toEqual(competences)
    onLaptop.registry.stopAll()
  })
})
