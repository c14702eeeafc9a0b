// Two of the person's paired devices for the household integration tests: the first (desktop or
// phone) is a household binding on records in memory; the laptop is a member whose stored link the
// app's runtimes use (IndexedDB, fake in tests).

import type { RecordChange, RecordsPort } from '../../src/features/devices/household-records.ts'
import { HouseholdSync } from '../../src/features/devices/household-sync.ts'
import { mailboxCapabilityOf } from '../../src/features/devices/pairing.ts'
import { mailboxFromSeed, newMailboxSeed } from '../../src/features/devices/pairing-mailbox.ts'
import type { SelfRecord } from '../../src/features/devices/records.ts'
import type { RuntimeNet } from '../../src/features/runtime/index.ts'
import type { BackupRecord, RecordTombstone } from '../../src/storage/index.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { until } from './until.ts'

/** The other device's records in memory. */
export function memoryRecords() {
  const rows = new Map<string, BackupRecord>()
  const listeners = new Set<(change?: RecordChange) => void>()
  const key = (r: Pick<BackupRecord, 'kind' | 'id'>) => `${r.kind}/${r.id}`
  const port: RecordsPort = {
    list: async () => [...rows.values()],
    store: async (records) => {
      for (const r of records) if ((rows.get(key(r))?.updatedAt ?? '') < r.updatedAt) rows.set(key(r), r)
    },
    remove: async (tombstones: readonly RecordTombstone[]) => {
      for (const t of tombstones)
        if ((rows.get(key(t))?.updatedAt ?? t.updatedAt) <= t.updatedAt) rows.delete(key(t))
    },
    onChange: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
  const tell = (change: RecordChange) => {
    for (const l of listeners) l(change)
  }
  return {
    rows,
    port,
    write(r: BackupRecord) {
      rows.set(key(r), r)
      tell({ kind: r.kind, id: r.id, deleted: false })
    },
    remove(kind: string, id: string) {
      rows.delete(`${kind}/${id}`)
      tell({ kind, id, deleted: true })
    },
  }
}

/** A household (its owner, the first device) and a laptop paired to it. */
export function householdDevices(net: () => RuntimeNet) {
  const secrets = createRoom()
  const owner: SelfRecord = {
    role: 'owner',
    secrets,
    createdAt: new Date().toISOString(),
    mailbox: mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed())),
    name: 'Bureau',
  }
  const laptop: SelfRecord = {
    role: 'member',
    capability: {
      roomId: secrets.roomId,
      token: mintRoomToken(secrets.signingSecret, 'write', 600).token,
      roomKey: secrets.roomKey,
    },
    mailbox: mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed())),
    name: 'Portable',
    pairedAt: new Date().toISOString(),
  }
  /** The first device (desktop or phone): a household binding on memory records. */
  async function firstDevice() {
    const records = memoryRecords()
    const household = new HouseholdSync({ net: net(), records: records.port, backoff: { minBackoffMs: 50 } })
    household.use(owner)
    await until(() => household.ready, { what: 'the first device’s household' })
    return { records, household }
  }
  return { owner, laptop, firstDevice }
}
