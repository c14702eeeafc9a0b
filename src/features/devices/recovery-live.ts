// Keeps the sealed copy behind the recovery sheet current from app start (not only while the backup
// screen is open): the booklet doc stays bound to the sheet's recovery room, and the device records
// (shares, requests, inboxes) are written beside it after each change, so that a sheet made at the
// first save still brings back last week's share. Also where the sheet's seed and the answer to the
// first-save offer are kept (settings).
import type * as Y from 'yjs'
import {
  base64ToBytes,
  bytesToBase64,
  collectBackupRecords,
  getSetting,
  onRecordWritten,
  putSetting,
} from '../../storage/index.ts'
import type { SealedRoom } from '../../transport/index.ts'
import { openOwnedRoom, type ShareNetOptions } from '../share/index.ts'
import { writeRecoveryRecords } from './recovery-records.ts'
import { RECOVERY_SEED_BYTES, recoveryRoomOf } from './recovery-sheet.ts'

const SEED = 'recovery-seed'
const OFFER = 'recovery-offer'

/** The person's answer to the first-save offer (a sealed copy and a recovery sheet). */
export type RecoveryOffer = 'accepted' | 'declined'

let live: { doc: Y.Doc; seed: Uint8Array; room: SealedRoom; off: () => void } | undefined

/** The seed of the current sheet, if one was made on (or restored to) this device. */
export async function loadRecoverySeed(): Promise<Uint8Array | undefined> {
  const text = await getSetting<string>(SEED)
  const seed = typeof text === 'string' ? base64ToBytes(text) : undefined
  return seed?.length === RECOVERY_SEED_BYTES ? seed : undefined
}

/** Stores the current sheet's seed. */
export const saveRecoverySeed = (seed: Uint8Array): Promise<void> => putSetting(SEED, bytesToBase64(seed))

/** The answer to the first-save offer, if the person gave one. */
export async function loadRecoveryOffer(): Promise<RecoveryOffer | undefined> {
  const v = await getSetting<string>(OFFER)
  return v === 'accepted' || v === 'declined' ? v : undefined
}

/** Keeps the answer to the first-save offer (asked once). */
export const saveRecoveryOffer = (answer: RecoveryOffer): Promise<void> => putSetting(OFFER, answer)

/**
 * Keeps `doc` bound to the recovery room of `seed` (a binding already made by writeRecoveryCopy
 * can be handed over as `room`), and the records written beside it after each change. Replaces
 * the previous binding.
 */
export function keepRecoveryCopy(
  doc: Y.Doc,
  seed: Uint8Array,
  net: ShareNetOptions,
  room?: SealedRoom,
): void {
  stopRecoveryCopy()
  const secrets = recoveryRoomOf(seed)
  const bound = room ?? openOwnedRoom(secrets, doc, 'write', net, { batchMs: 150 })
  let writing: Promise<unknown> = Promise.resolve()
  let again = false
  const write = () => {
    // One write at a time; changes meanwhile make one more write, not one each.
    if (again) return
    again = true
    writing = writing.then(async () => {
      again = false
      if (live?.room !== bound) return
      try {
        await writeRecoveryRecords(seed, await collectBackupRecords(), net)
      } catch {
        // Offline or storage failed: the next change writes them all again.
      }
    })
  }
  const offWritten = onRecordWritten(write)
  const offStatus = bound.on('status', (s) => {
    // A sheet replaced on another device: this copy is gone, stop keeping it.
    if (s.status === 'refused') stopRecoveryCopy(bound)
  })
  live = {
    doc,
    seed,
    room: bound,
    off: () => {
      offWritten()
      offStatus()
    },
  }
  write()
}

/** Stops keeping the copy current (only `room`'s binding when given). */
export function stopRecoveryCopy(room?: SealedRoom): void {
  if (!live || (room && live.room !== room)) return
  live.off()
  live.room.destroy()
  live = undefined
}

/** Starts keeping the copy of `doc` current when this device has a sheet; returns stop. */
export async function startRecoveryCopy(doc: Y.Doc, net: ShareNetOptions): Promise<() => void> {
  const seed = await loadRecoverySeed()
  if (!seed) return () => {}
  if (live?.doc !== doc) keepRecoveryCopy(doc, seed, net)
  const room = live?.room
  return () => stopRecoveryCopy(room)
}
