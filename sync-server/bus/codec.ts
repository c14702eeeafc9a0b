// Binary encoding of bus messages for buses that cross processes (Redis pub/sub):
// type u8 (0 update, 1 revoke, 2 delete) | origin (varstring) | body.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { BusMessage } from './types.ts'

/** Encodes a bus message. */
export function encodeBusMessage(message: BusMessage): Uint8Array {
  const e = encoding.createEncoder()
  if (message.type === 'update') {
    encoding.writeUint8(e, 0)
    encoding.writeVarString(e, message.origin)
    encoding.writeVarUint8Array(e, message.update)
  } else if (message.type === 'revoke') {
    encoding.writeUint8(e, 1)
    encoding.writeVarString(e, message.origin)
    encoding.writeVarUint(e, message.before)
    encoding.writeVarUint(e, message.tokenIds.length)
    for (const id of message.tokenIds) encoding.writeVarString(e, id)
  } else {
    encoding.writeUint8(e, 2)
    encoding.writeVarString(e, message.origin)
  }
  return encoding.toUint8Array(e)
}

/** Decodes a bus message; undefined when it is not one. */
export function decodeBusMessage(bytes: Uint8Array): BusMessage | undefined {
  try {
    const d = decoding.createDecoder(bytes)
    const type = decoding.readUint8(d)
    const origin = decoding.readVarString(d)
    if (type === 0) return { type: 'update', origin, update: decoding.readVarUint8Array(d) }
    if (type === 1) {
      const before = decoding.readVarUint(d)
      const n = decoding.readVarUint(d)
      if (n > 10_000) return undefined
      const tokenIds: string[] = []
      for (let i = 0; i < n; i++) tokenIds.push(decoding.readVarString(d))
      return { type: 'revoke', origin, tokenIds, before }
    }
    if (type === 2) return { type: 'delete', origin }
    return undefined
  } catch {
    return undefined
  }
}
