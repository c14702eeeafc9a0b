// "Vu pour la dernière fois": the latest open/close of each device's token in the private room's
// content-free access log on the relay (best effort: offline, nothing changes).
import {
  MAX_TOKEN_LIFETIME_SECONDS,
  mintRoomToken,
  type RoomSecrets,
  readAccessLog,
} from '../../transport/index.ts'
import { type DeviceRecord, saveDevice } from './records.ts'

/** Updates the devices' last-seen times from the relay; true when one changed. */
export async function refreshLastSeen(room: RoomSecrets, devices: readonly DeviceRecord[]): Promise<boolean> {
  if (devices.length === 0) return false
  const token = mintRoomToken(room.signingSecret, 'write', MAX_TOKEN_LIFETIME_SECONDS).token
  const log = await readAccessLog(location.origin, room.roomId, token)
  if (!log.ok) return false
  let changed = false
  for (const d of devices) {
    let at = 0
    for (const e of log.value) if (e.tokenId === d.tokenId && e.event !== 'refused') at = Math.max(at, e.at)
    if (at === 0) continue
    const iso = new Date(at * 1000).toISOString()
    if (d.lastSeenAt && d.lastSeenAt >= iso) continue
    await saveDevice({ ...d, lastSeenAt: iso })
    changed = true
  }
  return changed
}
