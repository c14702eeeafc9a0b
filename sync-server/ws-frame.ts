// A fan-out sends the same message to every socket of a room. ws frames each send on its own (a
// header allocated, the options copied twice, two writes corked into one writev); here the
// WebSocket frame (RFC 6455 §5.2: one final, unmasked binary frame, as a server sends) is built
// once per broadcast and the same bytes are written to each socket. A socket whose ws sender
// still holds bytes of its own (compression or a Blob in progress, never with this relay's
// settings) gets the message through ws.send, so frames never interleave.
import { Socket } from 'node:net'
import type { WebSocket } from 'ws'

/** The bytes of one final unmasked binary frame carrying `payload` (header + a copy of it). */
export function binaryFrame(payload: Uint8Array): Buffer {
  const n = payload.length
  const header = n < 126 ? 2 : n < 65_536 ? 4 : 10
  const frame = Buffer.allocUnsafe(header + n)
  frame[0] = 0x82 // FIN + opcode 2 (binary)
  if (n < 126) frame[1] = n
  else if (n < 65_536) {
    frame[1] = 126
    frame.writeUInt16BE(n, 2)
  } else {
    frame[1] = 127
    frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2)
    frame.writeUInt32BE(n >>> 0, 6)
  }
  frame.set(payload, header)
  return frame
}

/**
 * The socket under an open `ws` when a pre-built frame may be written to it directly: its ws
 * sender holds nothing back (`bufferedAmount`, read by the caller, is only the socket's own
 * queue). Null otherwise, and should ws keep its socket elsewhere one day: the caller then
 * uses ws.send.
 */
export function rawSocket(ws: WebSocket, bufferedAmount: number): Socket | null {
  const socket = (ws as unknown as { _socket?: unknown })._socket
  if (!(socket instanceof Socket) || socket.destroyed) return null
  return bufferedAmount === socket.writableLength ? socket : null
}
