// The sealed copy of the booklet behind a recovery sheet (recovery-sheet.ts), on the relay:
// written at the first save (or when the person asks), read back on any device from the code
// alone, and replaced with a new sheet (the old room is deleted, so the old code stops working).
import * as Y from 'yjs'
import { fail, ok, type Result } from '../../domain/index.ts'
import { postStatement, type RoomSecrets, type SealedRoom, waitForRoom } from '../../transport/index.ts'
import { confirmOnRelay, openOwnedRoom, type ShareNetOptions } from '../share/index.ts'
import { deleteRecoveryRecords } from './recovery-records.ts'
import { newRecoverySeed, recoveryRoomOf } from './recovery-sheet.ts'

/** Why a sheet could not restore: replaced (its room was deleted), never saved, or no network. */
export type RecoveryCode = 'sheet-replaced' | 'sheet-empty' | 'relay-unreachable' | (string & {})

const connect = (secrets: RoomSecrets, doc: Y.Doc, role: 'read' | 'write', net: ShareNetOptions) =>
  openOwnedRoom(secrets, doc, role, net, { batchMs: 150 })

/**
 * Seals the whole booklet `doc` into the recovery room of `seed`, checked on the relay. Returns
 * the live binding (the caller keeps it to keep the copy current, or destroys it).
 */
export async function writeRecoveryCopy(
  doc: Y.Doc,
  seed: Uint8Array,
  net: ShareNetOptions,
): Promise<Result<SealedRoom, RecoveryCode>> {
  const secrets = recoveryRoomOf(seed)
  const room = connect(secrets, doc, 'write', net)
  const synced = await waitForRoom(room, () => true, net.timeoutMs ?? 10_000)
  const confirmed = synced.ok ? await confirmOnRelay(secrets, doc, net) : fail('relay-unreachable')
  if (!confirmed.ok) {
    room.destroy()
    return fail(
      synced.ok ? confirmed.code : synced.code === 'room-gone' ? 'sheet-replaced' : 'relay-unreachable',
    )
  }
  return ok(room)
}

/** Reads the booklet behind a sheet into a new doc (nothing is written to the relay). */
export async function readRecoveryCopy(
  seed: Uint8Array,
  net: ShareNetOptions,
): Promise<Result<Y.Doc, RecoveryCode>> {
  const doc = new Y.Doc()
  const room = connect(recoveryRoomOf(seed), doc, 'read', net)
  try {
    const synced = await waitForRoom(room, () => true, net.timeoutMs ?? 10_000)
    if (!synced.ok) {
      doc.destroy()
      return fail(synced.code === 'room-gone' ? 'sheet-replaced' : 'relay-unreachable')
    }
    if (doc.store.clients.size === 0) {
      doc.destroy()
      return fail('sheet-empty')
    }
    return ok(doc)
  } finally {
    room.destroy()
  }
}

/**
 * A new sheet: the booklet is sealed into a new recovery room first, then the old room is deleted
 * (its code meets 'room-gone' from then on). Returns the new seed and its live binding.
 */
export async function replaceRecoverySheet(
  doc: Y.Doc,
  oldSeed: Uint8Array,
  net: ShareNetOptions,
): Promise<Result<{ seed: Uint8Array; room: SealedRoom }, RecoveryCode>> {
  const seed = newRecoverySeed()
  const written = await writeRecoveryCopy(doc, seed, net)
  if (!written.ok) return written
  const old = recoveryRoomOf(oldSeed)
  const deleted = await postStatement(net.relayOrigin, old.signingSecret, {
    type: 'delete',
    room: old.roomId,
  })
  if (!deleted.ok && deleted.code !== 'room-gone') {
    // The old sheet would still work: keep it, drop the new room.
    written.value.destroy()
    await postStatement(net.relayOrigin, recoveryRoomOf(seed).signingSecret, {
      type: 'delete',
      room: recoveryRoomOf(seed).roomId,
    })
    return fail(deleted.code)
  }
  // The old sheet's records room goes too (it may never have been written: nothing to undo).
  await deleteRecoveryRecords(oldSeed, net)
  return ok({ seed, room: written.value })
}

/** The live binding of a recovery copy (destroy it to stop keeping the copy current). */
export type RecoveryBinding = SealedRoom
