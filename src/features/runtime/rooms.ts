// What every runtime does with its sealed rooms when the scheduler says the network is back (or
// "retry now"), and how it opens them with the context's relay.
import type { RoomId } from '../../protocol/index.ts'
import { type SealedRoom, type SealedRoomOptions, TERMINAL_CLOSE_CODES } from '../../transport/index.ts'
import type { RuntimeNet } from './types.ts'

/** Reconnects `room` now unless it is connected or refused for good (its backoff may be long). */
export function wakeRoom(room: SealedRoom | undefined): void {
  const s = room?.status
  if (s?.status === 'offline' || (s?.status === 'refused' && !TERMINAL_CLOSE_CODES.has(s.code)))
    room?.connect()
}

/** The options of a SealedRoom on the context's relay. */
export const roomOn = (
  net: RuntimeNet,
  room: { roomId: RoomId; token: string; roomKey: Uint8Array },
): Pick<SealedRoomOptions, 'serverUrl' | 'roomId' | 'token' | 'roomKey' | 'WebSocketPolyfill'> => ({
  serverUrl: net.relayOrigin,
  roomId: room.roomId,
  token: room.token,
  roomKey: room.roomKey,
  ...(net.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: net.WebSocketPolyfill }),
})

/** One status for a runtime holding several rooms: offline when one waits to reconnect, working while
 * one connects, idle otherwise (a room refused for good shows on its own screen, not as a failure). */
export function roomsStatus(rooms: readonly SealedRoom[]): { state: 'idle' | 'working' | 'offline' } {
  const states = rooms.map((r) => r.status)
  if (
    states.some(
      (s) => s.status === 'offline' || (s.status === 'refused' && !TERMINAL_CLOSE_CODES.has(s.code)),
    )
  )
    return { state: 'offline' }
  if (states.some((s) => s.status === 'connecting' || s.status === 'syncing')) return { state: 'working' }
  return { state: 'idle' }
}
