// Where this device keeps the seed of its recovery sheet (a setting), and the live binding that
// keeps the sealed copy current while the app is open.

import type { RecoveryBinding as SealedRoom } from '../../../features/devices/index.ts'
import { base64ToBytes, bytesToBase64, getSetting, putSetting } from '../../../storage/index.ts'

const KEY = 'recovery-seed'
let live: SealedRoom | undefined

/** The seed of the current sheet, if one was made on (or restored to) this device. */
export async function loadRecoverySeed(): Promise<Uint8Array | undefined> {
  const text = await getSetting<string>(KEY)
  return typeof text === 'string' ? base64ToBytes(text) : undefined
}

/** Stores the current sheet's seed and keeps its binding (the previous one is dropped). */
export async function keepRecoverySeed(seed: Uint8Array, room: SealedRoom): Promise<void> {
  await putSetting(KEY, bytesToBase64(seed))
  live?.destroy()
  live = room
}
