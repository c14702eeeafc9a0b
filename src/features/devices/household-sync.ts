// The household kept live while this device is on the private room: once synced, the device writes
// its own entry (name, mailbox, box key), the keeper writes the room's signing secret, and the
// records go both ways (household-records.ts): a local write is pushed, a remote one stored; a
// local deletion is pushed as a tombstone, a remote one deletes here. A deletion waits in a device
// record (pending-deletions.ts) until it was sent on a connected room: a reload while offline keeps it.
import * as Y from 'yjs'
import { DEVICE_ONLY_KINDS, type RecordTombstone } from '../../storage/index.ts'
import type { BackoffOptions, SealedRoom } from '../../transport/index.ts'
import type { ShareNetOptions } from '../share/index.ts'
import {
  type Household,
  householdCapability,
  householdEntryOf,
  readHousehold,
  writeHouseholdDevice,
  writeHouseholdKeeper,
} from './household.ts'
import {
  pushHouseholdRecords,
  pushHouseholdTombstones,
  type RecordChange,
  type RecordsPort,
  readHouseholdRecords,
  readHouseholdTombstones,
  storageRecords,
  unsentDeletions,
} from './household-records.ts'
import { connectPrivateRoom } from './pairing.ts'
import { type PendingDeletionsPort, storagePendingDeletions } from './pending-deletions.ts'
import type { SelfRecord } from './records.ts'

/** Options of the household binding. */
export interface HouseholdSyncOptions {
  net: ShareNetOptions
  records?: RecordsPort
  /** Where deletions wait until sent (default: this device's storage). */
  pending?: PendingDeletionsPort
  backoff?: Partial<BackoffOptions>
  /** Called after the household changed (the devices screen lists it). */
  onChange?: (household: Household) => void
}

/** Keeps this device's household live (see the top comment). */
export class HouseholdSync {
  private doc: Y.Doc | undefined
  private room: SealedRoom | undefined
  private offs: (() => void)[] = []
  private readonly records: RecordsPort
  private pushing: Promise<void> = Promise.resolve()
  private synced = false
  private readonly pending: PendingDeletionsPort
  /** Deletions made here not yet sent on a connected room (also kept in `pending`, so that a
   * reload before the network is back does not lose them). */
  private deletions: RecordTombstone[] = []
  /** Settles once the deletions kept by an earlier run are read back. */
  private readonly loaded: Promise<void>
  private saving: Promise<void> = Promise.resolve()

  constructor(private readonly options: HouseholdSyncOptions) {
    this.records = options.records ?? storageRecords
    this.pending = options.pending ?? storagePendingDeletions
    this.loaded = this.pending
      .load()
      .then((kept) => {
        this.deletions = [...kept, ...this.deletions]
      })
      .catch(() => {
        // Storage unreadable: what this run deletes is still sent.
      })
  }

  /** What the household holds now (empty before the first sync). */
  get household(): Household {
    return this.doc ? readHousehold(this.doc) : { devices: [] }
  }

  /** True once the household was read from the relay at least once. */
  get ready(): boolean {
    return this.synced
  }

  /** Binds to the household of `self`'s room (replacing any previous binding). */
  use(self: SelfRecord): void {
    this.stop()
    const roomKey = self.role === 'owner' ? self.secrets.roomKey : self.capability.roomKey
    const doc = new Y.Doc()
    const room = connectPrivateRoom(doc, householdCapability(roomKey), this.options.net, this.options.backoff)
    this.doc = doc
    this.room = room
    const onSynced = () => {
      doc.transact(() => {
        const me = householdEntryOf(self)
        if (me) writeHouseholdDevice(doc, me)
        if (self.role === 'owner') writeHouseholdKeeper(doc, self.secrets.signingSecret)
      })
      this.synced = true
      void this.pull(doc)
      this.confirm(doc)
      this.push(doc)
      this.tell(doc)
    }
    const map = doc.getMap<unknown>('records')
    const observer = (e: Y.YMapEvent<unknown>) => {
      if (!e.transaction.local) void this.pull(doc)
    }
    map.observe(observer)
    const onDoc = () => this.tell(doc)
    doc.on('update', onDoc)
    this.offs = [
      room.on('status', (s) => {
        if (s.status !== 'synced') return
        if (!this.synced) onSynced()
        else {
          // Back after a cut: what waited is sent now.
          this.confirm(doc)
          this.push(doc)
        }
      }),
      this.records.onChange((change) => this.changed(doc, change)),
      () => map.unobserve(observer),
      () => doc.off('update', onDoc),
    ]
    if (room.status.status === 'synced') onSynced()
  }

  /** Resolves once local records are pushed and sealed to the relay. */
  async flush(): Promise<void> {
    await this.pushing
    await this.room?.flush()
  }

  /** Stops the binding. */
  stop(): void {
    for (const off of this.offs.splice(0)) off()
    this.room?.destroy()
    this.doc?.destroy()
    this.room = undefined
    this.doc = undefined
    this.synced = false
  }

  private changed(doc: Y.Doc, change: RecordChange | undefined): void {
    // This device's own records (the pending deletions among them) are never carried.
    if (change && DEVICE_ONLY_KINDS.includes(change.kind)) return
    if (change?.deleted) {
      this.deletions.push({ kind: change.kind, id: change.id, updatedAt: new Date().toISOString() })
      this.keep()
    }
    this.push(doc)
  }

  /** Writes the waiting deletions to storage (one write at a time, the latest list last). */
  private keep(): void {
    this.saving = this.saving
      .then(() => this.loaded)
      .then(() => this.pending.save(this.deletions))
      .catch(() => {
        // Storage failed: the deletions still wait in memory.
      })
  }

  private push(doc: Y.Doc): void {
    this.pushing = this.pushing.then(async () => {
      await this.loaded
      if (this.doc !== doc || !this.synced) return
      try {
        pushHouseholdTombstones(doc, this.deletions)
        pushHouseholdRecords(doc, await this.records.list())
      } catch {
        // A record that cannot be written as JSON stays on this device.
      }
    })
  }

  /** Right after a sync with the relay: the deletions the household already covers (the relay had
   * them, or the record was never carried) stop waiting; the others are sent by the next push.
   * Judged only after a sync, never after a send: a socket cut a moment ago still looks open. */
  private confirm(doc: Y.Doc): void {
    this.pushing = this.pushing.then(async () => {
      await this.loaded
      if (this.doc !== doc || this.deletions.length === 0) return
      const waiting = unsentDeletions(doc, this.deletions)
      if (waiting.length === this.deletions.length) return
      this.deletions = waiting
      this.keep()
    })
  }

  private async pull(doc: Y.Doc): Promise<void> {
    if (this.doc !== doc) return
    try {
      await this.records.store(readHouseholdRecords(doc))
      await this.records.remove?.(readHouseholdTombstones(doc))
    } catch {
      // Storage failed: the next change tries again.
    }
  }

  private tell(doc: Y.Doc): void {
    if (this.doc !== doc) return
    try {
      this.options.onChange?.(readHousehold(doc))
    } catch {
      // A listener never breaks the binding.
    }
  }
}
