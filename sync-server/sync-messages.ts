// y-websocket framing (the same bytes as y-protocols/sync and y-websocket): a varint message
// type, then for sync messages a varint sub-type and a length-prefixed payload.
import * as encoding from 'lib0/encoding'

/** Message types of the y-websocket protocol. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const
/** Sub-types of sync messages (y-protocols/sync). */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const

/** Encodes a sync message of `type` carrying `payload` (state vector or update). */
export function encodeSyncMessage(type: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.sync)
  encoding.writeVarUint(e, type)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}
