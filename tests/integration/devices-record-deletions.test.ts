// Records deleted on one of the person's devices are deleted on the others, against the real relay
// (the household room): a share record made on A reaches B, A deletes it, B deletes it too; a write
// made after a deletion wins over it (as any newer write does); a device that joins later learns
// of the deletion; a record never carried (made and deleted before the household saw it) leaves
// no tombstone behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { householdCapability } from '../../src/features/devices/household.ts'
import { HouseholdSync } from '../../src/features/devices/household-sync.ts'
import { mailboxCapabilityOf } from '../../src/features/devices/pairing.ts'
import { mailboxFromSeed, newMailboxSeed } from '../../src/features/devices/pairing-mailbox.ts'
import type { SelfRecord } from '../../src/features/devices/records.ts'
import { roomOptions } from '../../src/features/share/index.ts'
import type { BackupRecord } from '../../src/storage/index.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { memoryRecords } from '../support/household-devices.ts'
import { startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

let relay: TestRelay
let net: { relayOrigin: string; WebSocketPolyfill: unknown }
const stops: (() => void)[] = []
beforeAll(async () => {
  relay = await startTestRelay()
  net = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket }
})
afterAll(async () => {
  for (const stop of stops) stop()
  await relay.stop()
})

const secrets = createRoom()
const owner: SelfRecord = {
  role: 'owner',
  secrets,
  createdAt: new Date().toISOString(),
  mailbox: mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed())),
  name: 'Téléphone',
}
const member = (name: string): SelfRecord => ({
  role: 'member',
  capability: {
    roomId: secrets.roomId,
    token: mintRoomToken(secrets.signingSecret, 'write', 600).token,
    roomKey: secrets.roomKey,
  },
  mailbox: mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed())),
  name,
  pairedAt: new Date().toISOString(),
})

/** One device: its records and its household binding. */
function device(self: SelfRecord) {
  const records = memoryRecords()
  const household = new HouseholdSync({ net, records: records.port, backoff: { minBackoffMs: 50 } })
  stops.push(() => household.stop())
  household.use(self)
  return { records, household }
}

const share = (id: string, updatedAt: string, status = 'active'): BackupRecord => ({
  kind: 'share',
  id,
  updatedAt,
  value: { recipient: 'Forem', status },
})

/** The raw entries of the household room, read with a fresh connection. */
async function householdEntries(): Promise<Map<string, string>> {
  const doc = new Y.Doc()
  const room = new SealedRoom({
    ...roomOptions(net),
    ...householdCapability(secrets.roomKey),
    doc,
    role: 'write',
  })
  stops.push(() => room.destroy())
  await until(() => room.status.status === 'synced', { timeout: 5000, what: 'the household read' })
  const out = new Map<string, string>()
  for (const [k, json] of doc.getMap<unknown>('records').entries())
    if (typeof json === 'string') out.set(k, json)
  room.destroy()
  return out
}

describe('record deletions across the person’s devices', () => {
  let A: ReturnType<typeof device>
  let B: ReturnType<typeof device>

  it('a share record deleted on A is deleted on B', async () => {
    A = device(owner)
    B = device(member('Ordinateur'))
    await until(() => A.household.ready && B.household.ready, { timeout: 5000, what: 'both households' })
    A.records.write(share('s1', '2026-12-01T10:00:00.000Z'))
    A.records.write(share('s2', '2026-12-01T10:00:00.000Z'))
    await until(() => B.records.rows.has('share/s1') && B.records.rows.has('share/s2'), {
      timeout: 5000,
      what: 'the shares reach B',
    })
    A.records.remove('share', 's1')
    await until(() => !B.records.rows.has('share/s1'), { timeout: 5000, what: 'the deletion reaches B' })
    expect(B.records.rows.has('share/s2')).toBe(true)
    // And the other way round.
    B.records.remove('share', 's2')
    await until(() => !A.records.rows.has('share/s2'), { timeout: 5000, what: 'B’s deletion reaches A' })
  })

  it('a write made after the deletion wins, on every device', async () => {
    A.records.write(share('s3', '2026-12-01T10:00:00.000Z'))
    await until(() => B.records.rows.has('share/s3'), { timeout: 5000, what: 's3 reaches B' })
    A.records.remove('share', 's3')
    await until(() => !B.records.rows.has('share/s3'), { timeout: 5000, what: 's3 deleted on B' })
    // B writes it again later (a clock ahead of the deletion): it comes back on A.
    B.records.write(share('s3', '2999-01-01T00:00:00.000Z', 'withdrawn'))
    await until(() => A.records.rows.get('share/s3')?.updatedAt === '2999-01-01T00:00:00.000Z', {
      timeout: 5000,
      what: 'the newer write reaches A',
    })
    expect(B.records.rows.has('share/s3')).toBe(true)
  })

  it('a device joining later learns of the deletion; nothing carried is tombstoned for nothing', async () => {
    // C still holds s1 from before (a device offline since): the tombstone deletes it on joining.
    const C = device(member('Tablette'))
    C.records.rows.set('share/s1', share('s1', '2026-12-01T10:00:00.000Z'))
    await until(() => C.household.ready, { timeout: 5000, what: 'C’s household' })
    await until(() => !C.records.rows.has('share/s1'), { timeout: 5000, what: 's1 deleted on C' })
    expect(C.records.rows.has('share/s3')).toBe(true)
    // Made and deleted on A before any push could carry it: no tombstone is written for it.
    A.records.write(share('local-only', '2026-12-01T10:00:00.000Z'))
    A.records.remove('share', 'local-only')
    A.records.write(share('s4', '2026-12-01T10:00:00.000Z'))
    await A.household.flush()
    await until(() => C.records.rows.has('share/s4'), { timeout: 5000, what: 's4 reaches C' })
    const entries = await householdEntries()
    const tombstones = [...entries.values()].filter((json) => JSON.parse(json).deleted === true)
    expect(tombstones.map((json) => JSON.parse(json).id).sort()).toEqual(['s1', 's2'])
    expect(entries.has('share\u0000local-only')).toBe(false)
  })
})
