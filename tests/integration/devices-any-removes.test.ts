// Any of the person's devices removes another, against the real relay (issue 12, point 4): A created
// the private room, B and C were paired from it. The household carries the records (a share made on
// A is seen, and withdrawn, on B). Then A is lost: B — not the creator — removes it. B re-keys the
// room, C moves on its own (its new key was sealed to C's box key), A is told it was removed and
// gets nothing more: not B's and C's new edits, not the new room (its old key opens nothing there),
// not C's move (A knows C's mailbox key, but not C's box key).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createBookletDoc, listItems, putItem } from '../../src/booklet/index.ts'
import { sampleCompetence } from '../../src/domain/index.ts'
import { newBoxSecret, openForDevice } from '../../src/features/devices/device-box.ts'
import { type HouseholdDevice, householdCapability } from '../../src/features/devices/household.ts'
import type { RecordsPort } from '../../src/features/devices/household-records.ts'
import { HouseholdSync } from '../../src/features/devices/household-sync.ts'
import { type KeeperRemoval, removeFromHousehold } from '../../src/features/devices/keeper-removal.ts'
import {
  connectPrivateRoom,
  mailboxCapabilityOf,
  readPairingLink,
} from '../../src/features/devices/pairing.ts'
import { joinPrivateRoom } from '../../src/features/devices/pairing-join.ts'
import {
  exchangeMailbox,
  mailboxFromSeed,
  newMailboxSeed,
  writeMailboxOffer,
} from '../../src/features/devices/pairing-mailbox.ts'
import { mailboxCapability, pairNewDevice } from '../../src/features/devices/private-devices.ts'
import { type PrivateLink, PrivateSync } from '../../src/features/devices/private-sync.ts'
import { type SelfRecord, selfLink } from '../../src/features/devices/records.ts'
import { RetryScheduler } from '../../src/features/runtime/index.ts'
import { fakeNetwork } from '../../src/features/runtime/testing.ts'
import { roomOptions } from '../../src/features/share/index.ts'
import type { BackupRecord } from '../../src/storage/index.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

let relay: TestRelay
let net: { relayOrigin: string; WebSocketPolyfill: unknown }
const stops: (() => void)[] = []
const retry = new RetryScheduler({ network: fakeNetwork(), backoff: { minBackoffMs: 50, maxBackoffMs: 200 } })
beforeAll(async () => {
  relay = await startTestRelay()
  net = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket }
})
afterAll(async () => {
  for (const stop of stops) stop()
  retry.dispose()
  await relay.stop()
})

const labels = (doc: Y.Doc) => listItems(doc, 'competences').items.map((c) => c.label)
const key = (r: Pick<BackupRecord, 'kind' | 'id'>) => `${r.kind}/${r.id}`

/** A device's records in memory, standing in for its IndexedDB. */
function memoryRecords() {
  const rows = new Map<string, BackupRecord>()
  const listeners = new Set<() => void>()
  const port: RecordsPort = {
    list: async () => [...rows.values()],
    store: async (records) => {
      for (const r of records) {
        const known = rows.get(key(r))
        if (!known || known.updatedAt < r.updatedAt) rows.set(key(r), r)
      }
    },
    onChange: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
  const write = (r: BackupRecord) => {
    rows.set(key(r), r)
    for (const l of listeners) l()
  }
  return { rows, port, write }
}

/** One device: its booklet, private sync, household and records. */
function device(doc: Y.Doc) {
  const records = memoryRecords()
  const moved: PrivateLink[] = []
  const household = new HouseholdSync({ net, records: records.port, backoff: { minBackoffMs: 50 } })
  let self: SelfRecord | undefined
  const sync = new PrivateSync({
    doc,
    net,
    retry,
    backoff: { minBackoffMs: 50, maxBackoffMs: 200 },
    onMoved: (link) => {
      moved.push(link)
      if (self?.role === 'member' && link.role === 'member') {
        self = { ...self, capability: link.capability }
        household.use(self)
      }
    },
  })
  stops.push(
    () => sync.stop(),
    () => household.stop(),
  )
  const use = (next: SelfRecord, room?: SealedRoom) => {
    self = next
    sync.use(selfLink(next), room)
    household.use(next)
  }
  return { doc, sync, household, records, moved, use, self: () => self }
}

type Device = ReturnType<typeof device>
let A: Device
let B: Device
let C: Device
let aSelf: Extract<SelfRecord, { role: 'owner' }>
let bSelf: SelfRecord
let cSelf: SelfRecord

/** A pairs a new device from its room; the device joins and names itself. */
async function pairFromA(target: Device, name: string): Promise<SelfRecord> {
  const { pairing, device: owned } = pairNewDevice(aSelf.secrets, { appOrigin: relay.relay.url })
  const offered = await exchangeMailbox(mailboxCapability(owned.mailbox), net, (d) => writeMailboxOffer(d))
  expect(offered.ok).toBe(true)
  const link = readPairingLink(pairing.link)
  if (!link.ok) throw new Error(link.code)
  const joined = await joinPrivateRoom(target.doc, link.value, name, net)
  if (!joined.ok) throw new Error(joined.code)
  const self: SelfRecord = {
    role: 'member',
    capability: joined.value.capability,
    mailbox: joined.value.mailbox,
    name,
    pairedAt: new Date().toISOString(),
    box: newBoxSecret(),
  }
  target.use(self, joined.value.room)
  return self
}

const listed = (h: HouseholdSync) => h.household.devices.filter((d) => d.box).map((d) => d.label)

describe('any device removes another and re-keys', () => {
  it('the household lists the three devices and carries a share made on A to B and back', async () => {
    A = device(createBookletDoc())
    B = device(createBookletDoc())
    C = device(createBookletDoc())
    putItem(A.doc, 'competences', sampleCompetence({ label: 'A-FIRST' }))
    aSelf = {
      role: 'owner',
      secrets: createRoom(),
      createdAt: new Date().toISOString(),
      mailbox: mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed())),
      box: newBoxSecret(),
      name: 'Téléphone',
    }
    A.use(aSelf)
    await until(() => A.sync.status.state === 'synced', { timeout: 5000, what: 'A synced' })
    bSelf = await pairFromA(B, 'Ordinateur')
    cSelf = await pairFromA(C, 'Tablette')
    await until(() => labels(B.doc).includes('A-FIRST') && labels(C.doc).includes('A-FIRST'), {
      timeout: 5000,
      what: 'B and C have the booklet',
    })
    await until(() => listed(B.household).length === 3, { timeout: 5000, what: 'B sees three devices' })
    expect(listed(B.household).sort()).toEqual(['Ordinateur', 'Tablette', 'Téléphone'])
    expect(B.household.household.signingSecret).toEqual(aSelf.secrets.signingSecret)

    // A share made on A reaches B's records; B withdraws it; A sees the withdrawal.
    const share: BackupRecord = {
      kind: 'share',
      id: 's1',
      updatedAt: '2026-12-01T10:00:00.000Z',
      value: { recipient: 'Forem', status: 'active', key: new Uint8Array([1, 2, 3]) },
    }
    A.records.write(share)
    await until(() => B.records.rows.has('share/s1'), { timeout: 5000, what: 'the share reaches B' })
    expect(B.records.rows.get('share/s1')?.value).toEqual(share.value)
    B.records.write({
      ...share,
      updatedAt: '2026-12-01T11:00:00.000Z',
      value: { ...(share.value as object), status: 'withdrawn' },
    })
    await until(
      () =>
        (A.records.rows.get('share/s1')?.value as { status?: string } | undefined)?.status === 'withdrawn',
      {
        timeout: 5000,
        what: 'the withdrawal reaches A',
      },
    )
  })

  it('B removes A (the creator): C moves on its own, A reads nothing new', async () => {
    await B.sync.flush()
    await B.household.flush()
    const oldRoomId = aSelf.secrets.roomId
    let rekeyed: KeeperRemoval['self'] | undefined
    const removed = await removeFromHousehold(
      B.doc,
      bSelf,
      aSelf.mailbox?.roomId ?? '',
      net,
      (next, room) => {
        rekeyed = next
        B.use(next, room)
      },
    )
    if (!removed.ok) throw new Error(removed.code)
    expect(rekeyed?.secrets.roomId).toBe(removed.value.self.secrets.roomId)
    expect(removed.value.self.secrets.roomId).not.toBe(oldRoomId)
    expect(removed.value.remaining.map((d: HouseholdDevice) => d.label)).toEqual(['Tablette'])

    await until(() => A.sync.status.state === 'removed', {
      timeout: 10_000,
      what: 'A is told it was removed',
    })
    await until(() => C.moved.length === 1 && C.sync.status.state === 'synced', {
      timeout: 10_000,
      what: 'C moved to the new room',
    })
    expect(C.moved[0]?.role === 'member' && C.moved[0].capability.roomId).toBe(
      removed.value.self.secrets.roomId,
    )

    // B and C keep syncing, both ways; A gets nothing.
    putItem(B.doc, 'competences', sampleCompetence({ label: 'B-AFTER' }))
    putItem(C.doc, 'competences', sampleCompetence({ label: 'C-AFTER' }))
    await until(() => labels(C.doc).includes('B-AFTER') && labels(B.doc).includes('C-AFTER'), {
      timeout: 10_000,
      what: 'B and C sync after the removal',
    })
    // The records came along to the new household: C still sees the withdrawn share.
    await until(() => C.records.rows.has('share/s1'), { timeout: 5000, what: 'C has the share' })
    expect(C.household.household.devices.map((d) => d.label).sort()).toEqual(['Ordinateur', 'Tablette'])
    expect(labels(A.doc)).not.toContain('B-AFTER')
    expect(labels(A.doc)).not.toContain('C-AFTER')

    // What A still holds opens nothing new: its old signing secret mints a token the new room refuses,
    // and C's mailbox (whose key A knows) holds a move A cannot open.
    const spy = new Y.Doc()
    const look = new SealedRoom({
      ...roomOptions(net),
      roomId: removed.value.self.secrets.roomId,
      token: mintRoomToken(aSelf.secrets.signingSecret, 'read', 600).token,
      roomKey: aSelf.secrets.roomKey,
      doc: spy,
      role: 'read',
    })
    stops.push(() => look.destroy())
    await until(() => look.status.status === 'refused', { timeout: 5000, what: 'the new room refuses A' })
    expect(labels(spy)).toEqual([])
    const cMailbox = cSelf.role === 'member' ? cSelf.mailbox : undefined
    if (!cMailbox) throw new Error('C is a member')
    const seen = await exchangeMailbox(cMailbox, net)
    if (!seen.ok) throw new Error(seen.code)
    expect(seen.value.move).toBeUndefined()
    expect(seen.value.sealedMove).toBeInstanceOf(Uint8Array)
    expect(await openForDevice(aSelf.box as Uint8Array, seen.value.sealedMove as Uint8Array)).toBeUndefined()
    // A's old private room and old household are gone from the relay.
    const oldRoom = new Y.Doc()
    const old = connectPrivateRoom(
      oldRoom,
      {
        roomId: oldRoomId,
        token: mintRoomToken(aSelf.secrets.signingSecret, 'write', 600).token,
        roomKey: aSelf.secrets.roomKey,
      },
      net,
    )
    stops.push(() => old.destroy())
    await until(() => old.status.status === 'refused', { timeout: 5000, what: 'the old room is gone' })
    const oldHouse = await exchangeMailbox(householdCapability(aSelf.secrets.roomKey), net)
    expect(oldHouse).toEqual({ ok: false, code: 'room-gone' })
  })
})
