// Following a live share while someone shows it: its read room stays connected to the copy, and a
// refusal of the relay (revoked, expired, erased) ends the share.
import { fromBase64Url, type RoomId } from '../../protocol/index.ts'
import { SealedRoom, type SealedRoomStatus } from '../../transport/index.ts'

/** A live share's connection state, as the view shows it. */
export type { SealedRoomStatus } from '../../transport/index.ts'

import { endedBy } from './check.ts'
import { type Entry, endReceived, loadReceived, openCopies, receivedRecord } from './copies.ts'

/** Keeps a live share following the holder's booklet while someone shows it: connects its read
 * room to the copy (updates are applied and stored as they come), ends the share when the relay
 * says it was revoked or has expired. Returns the function that stops following. */
export async function followReceived(
  id: string,
  onStatus: (status: SealedRoomStatus) => void = () => {},
): Promise<() => void> {
  const entry = openCopies.get(id) ?? ((await loadReceived(id)) as Entry | undefined)
  const record = await receivedRecord(id)
  if (!entry || !record || record.mode !== 'live' || !record.link?.key) return () => {}
  const roomKey = fromBase64Url(record.link.key)
  if (roomKey?.length !== 32) return () => {}
  entry.followers++
  entry.room ??= new SealedRoom({
    serverUrl: record.link.relayOrigin,
    roomId: record.link.roomId as RoomId,
    token: record.link.token,
    roomKey,
    doc: entry.doc,
    role: 'read',
  })
  const room = entry.room
  const offStatus = room.on('status', (s) => {
    onStatus(s)
    if (s.status !== 'refused') return
    const ended = endedBy(record, s.code)
    if (ended) void endReceived(id, ended)
  })
  onStatus(room.status)
  let stopped = false
  return () => {
    if (stopped) return
    stopped = true
    offStatus()
    entry.followers--
    if (entry.followers <= 0 && entry.room === room) {
      room.destroy()
      entry.room = undefined
    }
  }
}
