// The device records behind a recovery sheet (shares, validation requests, inboxes…), in a second
// sealed room derived from the same seed (recoveryRecordsRoomOf): a small Y.Doc whose map
// 'records' holds one JSON entry per `kind\0id`, written as in a backup file (byte arrays tagged).
// Each write first syncs from the room, then changes only what differs, so the newest write wins.
import * as v from 'valibot'
import * as Y from 'yjs'
import { fail, jsonValue, ok, type Result } from '../../domain/index.ts'
import {
  type BackupRecord,
  DEVICE_ONLY_KINDS,
  decodeValue,
  encodeValue,
  RecordEntrySchema,
} from '../../storage/index.ts'
import { postStatement, waitForRoom } from '../../transport/index.ts'
import { openOwnedRoom, type ShareNetOptions } from '../share/index.ts'
import type { RecoveryCode } from './recovery-copy.ts'
import { recoveryRecordsRoomOf } from './recovery-sheet.ts'

const open = (seed: Uint8Array, doc: Y.Doc, role: 'read' | 'write', net: ShareNetOptions) =>
  openOwnedRoom(recoveryRecordsRoomOf(seed), doc, role, net, { batchMs: 50 })

const keyOf = (r: Pick<BackupRecord, 'kind' | 'id'>) => `${r.kind}\u0000${r.id}`

/** Seals `records` (not this device's pairing) beside the sheet's booklet copy. */
export async function writeRecoveryRecords(
  seed: Uint8Array,
  records: readonly BackupRecord[],
  net: ShareNetOptions,
): Promise<Result<void, RecoveryCode>> {
  const doc = new Y.Doc()
  const room = open(seed, doc, 'write', net)
  try {
    const synced = await waitForRoom(room, () => true, net.timeoutMs ?? 10_000)
    if (!synced.ok) return fail(synced.code === 'room-gone' ? 'sheet-replaced' : 'relay-unreachable')
    const map = doc.getMap<string>('records')
    const wanted = new Map<string, string>()
    for (const r of records) {
      if (DEVICE_ONLY_KINDS.includes(r.kind)) continue
      const entry = { kind: r.kind, id: r.id, updatedAt: r.updatedAt, value: encodeValue(r.value) }
      wanted.set(keyOf(r), JSON.stringify(entry))
    }
    doc.transact(() => {
      for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key)
      for (const [key, json] of wanted) if (map.get(key) !== json) map.set(key, json)
    })
    await room.flush()
    return ok(undefined)
  } finally {
    room.destroy()
    doc.destroy()
  }
}

/** The records behind a sheet (entries that do not parse are left out). */
export async function readRecoveryRecords(
  seed: Uint8Array,
  net: ShareNetOptions,
): Promise<Result<BackupRecord[], RecoveryCode>> {
  const doc = new Y.Doc()
  const room = open(seed, doc, 'read', net)
  try {
    const synced = await waitForRoom(room, () => true, net.timeoutMs ?? 10_000)
    if (!synced.ok) return fail(synced.code === 'room-gone' ? 'sheet-replaced' : 'relay-unreachable')
    const out: BackupRecord[] = []
    for (const json of doc.getMap<string>('records').values()) {
      const parsed = v.safeParse(RecordEntrySchema, jsonValue(json))
      if (!parsed.success) continue
      const value = decodeValue(parsed.output.value)
      if (value === undefined) continue
      out.push({ kind: parsed.output.kind, id: parsed.output.id, updatedAt: parsed.output.updatedAt, value })
    }
    return ok(out)
  } finally {
    room.destroy()
    doc.destroy()
  }
}

/** Deletes the records room of an old sheet (after a replacement). */
export async function deleteRecoveryRecords(seed: Uint8Array, net: Pick<ShareNetOptions, 'relayOrigin'>) {
  const secrets = recoveryRecordsRoomOf(seed)
  return postStatement(net.relayOrigin, secrets.signingSecret, { type: 'delete', room: secrets.roomId })
}
