// Binds a plain Y.Doc to an envelope Y.Doc, with no network involved (SealedRoom adds the
// transport). Local updates of the plain doc are merged over `batchMs`, sealed under the room
// key and pushed onto the envelope's `entries` array. Entries that appear in the array (from
// the relay) are opened and applied to the plain doc with this binding as origin, so they are
// not pushed back. Every entry value is remembered by identity (WeakSet) once handled, so no
// entry is decrypted twice. An entry that does not open (tampered, foreign room or key) or
// does not decode as a Yjs update is refused: nothing of it is applied, an error is reported.
//
// Compaction (write role only): past `compactAfter` entries, one envelope transaction deletes
// every entry already handled and pushes one sealed snapshot of the plain doc. Entries still
// being opened are not deleted, so the snapshot never drops what it does not contain. Refused
// entries are deleted too (they are junk: garbage from an append token, or a foreign key).
import * as Y from 'yjs'
import {
  ENVELOPE_ARRAY,
  type EntryError,
  importRoomKey,
  openEntry,
  type Role,
  type RoomId,
  sealEntry,
} from '../protocol/index.ts'

/** Why a received entry was refused. */
export type EntryRefusal = EntryError | 'entry-invalid-update'

/** An error reported by a sealed room (nothing of the entry was applied). */
export interface SealedRoomError {
  code: EntryRefusal | 'seal-failed' | 'apply-failed'
}

/** Counters of a binding, for status screens and tests. */
export interface BindingStats {
  /** Remote entries opened and applied. */
  opened: number
  /** Remote entries refused. */
  refused: number
  /** Entries this binding sealed and pushed (updates and snapshots). */
  pushed: number
  /** Compactions this binding performed. */
  compactions: number
}

/** Options of an envelope binding. */
export interface EnvelopeBindingOptions {
  roomId: RoomId
  /** Raw 32-byte room key. */
  roomKey: Uint8Array
  doc: Y.Doc
  envelope: Y.Doc
  role: Role
  /** Window over which local updates are merged into one entry (ms, default 150). */
  batchMs?: number
  /** Number of entries above which a writer compacts (default 200). */
  compactAfter?: number
  onError?: (error: SealedRoomError) => void
}

/** Default batching window, in ms. */
export const DEFAULT_BATCH_MS = 150
/** Above this many updates in one window, a batch is the doc's diff instead of a merge. */
const MERGE_LIMIT = 64
/** Default compaction threshold, in entries. */
export const DEFAULT_COMPACT_AFTER = 200

/** Two-way binding between a plain doc and its sealed envelope. */
export class EnvelopeBinding {
  /** The envelope array of sealed entries. */
  readonly entries: Y.Array<Uint8Array>
  /** Counters. */
  readonly stats: BindingStats = { opened: 0, refused: 0, pushed: 0, compactions: 0 }
  private readonly options: EnvelopeBindingOptions
  private readonly key: Promise<CryptoKey>
  private readonly handled = new WeakSet<object>()
  /** Highest clock per client known to be in the room (applied from it or pushed to it). */
  private readonly known = new Map<number, number>()
  private batch: Uint8Array[] = []
  private batchTimer: ReturnType<typeof setTimeout> | undefined
  /** State vector of the plain doc when the current batch window opened. */
  private batchStart: Map<number, number> | undefined
  private work: Promise<void> = Promise.resolve()
  private pending = 0
  private compactionQueued = false
  private destroyed = false

  constructor(options: EnvelopeBindingOptions) {
    this.options = options
    this.key = importRoomKey(options.roomKey)
    this.entries = options.envelope.getArray<Uint8Array>(ENVELOPE_ARRAY)
    this.entries.observe(this.onEntries)
    if (options.role !== 'read') options.doc.on('update', this.onLocalUpdate)
    // Entries already in the envelope (e.g. a doc restored before binding) are opened too.
    const existing = this.entries.toArray()
    if (existing.length > 0) this.enqueueOpen(existing)
  }

  /** Number of entries received but not yet opened and applied. */
  get pendingEntries(): number {
    return this.pending
  }

  /** Resolves when batched local updates are pushed and received entries applied. */
  async flush(): Promise<void> {
    this.pushBatch()
    let current: Promise<void>
    do {
      current = this.work
      await current
    } while (current !== this.work)
  }

  /**
   * After the first sync with the relay: pushes what the plain doc holds that the room does not
   * (e.g. a projection filled before the room existed). Writers and appenders only.
   */
  pushMissing(): void {
    if (this.options.role === 'read' || this.destroyed) return
    this.run(async () => {
      const local = Y.decodeStateVector(Y.encodeStateVector(this.options.doc))
      let missing = false
      for (const [client, clock] of local) if (clock > (this.known.get(client) ?? 0)) missing = true
      if (!missing) return
      const diff = Y.encodeStateAsUpdate(this.options.doc, Y.encodeStateVector(this.known))
      await this.push('update', diff)
    })
  }

  /** Stops listening; pending batches are dropped (call flush() first to keep them). */
  destroy(): void {
    this.destroyed = true
    if (this.batchTimer !== undefined) clearTimeout(this.batchTimer)
    this.entries.unobserve(this.onEntries)
    this.options.doc.off('update', this.onLocalUpdate)
  }

  private readonly onLocalUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    tr: Y.Transaction,
  ): void => {
    if (origin === this || this.destroyed) return
    if (this.batch.length === 0) this.batchStart = new Map(tr.beforeState)
    this.batch.push(update)
    if (this.batchTimer === undefined) {
      this.batchTimer = setTimeout(() => this.pushBatch(), this.options.batchMs ?? DEFAULT_BATCH_MS)
    }
  }

  private readonly onEntries = (event: Y.YArrayEvent<Uint8Array>, tr: Y.Transaction): void => {
    const added: unknown[] = []
    for (const item of event.changes.added) added.push(...item.content.getContent())
    if (tr.origin === this) {
      for (const value of added) if (typeof value === 'object' && value !== null) this.handled.add(value)
      return
    }
    if (added.length > 0) this.enqueueOpen(added)
  }

  private pushBatch(): void {
    if (this.batchTimer !== undefined) clearTimeout(this.batchTimer)
    this.batchTimer = undefined
    const updates = this.batch
    this.batch = []
    if (updates.length === 0 || this.destroyed) return
    let merged: Uint8Array
    if (updates.length === 1) merged = updates[0] as Uint8Array
    else if (updates.length <= MERGE_LIMIT || !this.batchStart) merged = Y.mergeUpdates(updates)
    // Many small updates (an import, a bulk edit): the doc's diff since the window opened holds
    // the same changes and is far cheaper to compute than merging them one by one.
    else merged = Y.encodeStateAsUpdate(this.options.doc, Y.encodeStateVector(this.batchStart))
    this.run(() => this.push('update', merged))
  }

  /** Serialises asynchronous work (sealing, opening, compaction); exceptions become errors. */
  private run(task: () => Promise<void>, code: SealedRoomError['code'] = 'seal-failed'): void {
    this.work = this.work.then(task).catch(() => this.report({ code }))
  }

  private async push(kind: 'update' | 'snapshot', update: Uint8Array): Promise<void> {
    const sealed = await sealEntry(await this.key, this.options.roomId, kind, update)
    if (this.destroyed) return
    this.remember(update)
    this.options.envelope.transact(() => this.entries.push([sealed]), this)
    this.stats.pushed++
    this.maybeCompact()
  }

  private enqueueOpen(values: unknown[]): void {
    const fresh = values.filter((v) => !(typeof v === 'object' && v !== null && this.handled.has(v)))
    if (fresh.length === 0) return
    this.pending += fresh.length
    // Opening runs in parallel (WebCrypto), applying in arrival order inside one transaction.
    const opened = Promise.all(fresh.map((value) => this.open(value)))
    this.run(async () => {
      const results = await opened
      this.pending -= fresh.length
      if (this.destroyed) return
      Y.transact(
        this.options.doc,
        () => {
          for (const update of results) {
            if (update === undefined) continue
            Y.applyUpdate(this.options.doc, update, this)
            this.stats.opened++
          }
        },
        this,
      )
      this.maybeCompact()
    }, 'apply-failed')
  }

  /** Opens and checks one entry; marks it handled either way. */
  private async open(value: unknown): Promise<Uint8Array | undefined> {
    if (typeof value === 'object' && value !== null) this.handled.add(value)
    if (!(value instanceof Uint8Array)) return this.refuse('entry-malformed')
    const result = await openEntry(await this.key, this.options.roomId, value)
    if (!result.ok) return this.refuse(result.code)
    let structs: ReturnType<typeof Y.decodeUpdate>['structs']
    try {
      // Decoding the whole update first: a key holder's garbage must not half-apply.
      structs = Y.decodeUpdate(result.value.update).structs
    } catch {
      return this.refuse('entry-invalid-update')
    }
    // What it covers, read from the structs just decoded (parseUpdateMeta would decode the
    // whole update a second time: hundreds of ms for a 2,000-competence share on a slow phone).
    for (const s of structs) {
      const end = s.id.clock + s.length
      if (end > (this.known.get(s.id.client) ?? 0)) this.known.set(s.id.client, end)
    }
    return result.value.update
  }

  private refuse(code: EntryRefusal): undefined {
    this.stats.refused++
    this.report({ code })
    return undefined
  }

  private report(error: SealedRoomError): void {
    try {
      this.options.onError?.(error)
    } catch {
      // A listener's failure must not break the binding.
    }
  }

  private remember(update: Uint8Array): void {
    try {
      for (const [client, clock] of Y.parseUpdateMeta(update).to) {
        if (clock > (this.known.get(client) ?? 0)) this.known.set(client, clock)
      }
    } catch {
      // Only a hint for pushMissing(); an unreadable update is refused elsewhere.
    }
  }

  private maybeCompact(): void {
    const limit = this.options.compactAfter ?? DEFAULT_COMPACT_AFTER
    if (this.options.role !== 'write' || this.compactionQueued || this.entries.length <= limit) return
    this.compactionQueued = true
    this.run(async () => {
      this.compactionQueued = false
      if (this.destroyed || this.entries.length <= limit) return
      // Entries handled now are all in the plain doc, hence in this snapshot.
      const covered = new Set(this.entries.toArray().filter((v) => this.handled.has(v)))
      const snapshot = Y.encodeStateAsUpdate(this.options.doc)
      const sealed = await sealEntry(await this.key, this.options.roomId, 'snapshot', snapshot)
      if (this.destroyed) return
      this.options.envelope.transact(() => {
        const values = this.entries.toArray()
        // Delete covered runs from the end so that indices stay valid.
        let end = values.length
        for (let i = values.length - 1; i >= -1; i--) {
          const isCovered = i >= 0 && covered.has(values[i] as Uint8Array)
          if (isCovered) continue
          if (end > i + 1) this.entries.delete(i + 1, end - (i + 1))
          end = i
        }
        this.entries.push([sealed])
      }, this)
      this.stats.pushed++
      this.stats.compactions++
    })
  }
}
