// Where this device keeps the seed of its recovery sheet, and the live binding that keeps the
// sealed copy current (features/devices/recovery-live.ts, also started with the app).

import type { RecoveryBinding as SealedRoom } from '../../../features/devices/index.ts'
import { appNet, keepRecoveryCopy, saveRecoverySeed } from '../../../features/devices/index.ts'

export { loadRecoverySeed } from '../../../features/devices/index.ts'

/** Stores the current sheet's seed and keeps `room` (a binding of `doc`) current. */
export async function keepRecoverySeed(
  seed: Uint8Array,
  room: SealedRoom,
  doc: Parameters<typeof keepRecoveryCopy>[0],
): Promise<void> {
  await saveRecoverySeed(seed)
  keepRecoveryCopy(doc, seed, appNet(), room)
}
