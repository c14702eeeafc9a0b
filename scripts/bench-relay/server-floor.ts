// The storm's floor, not a relay: the least any server must do for a join — answer the client's
// sync step 1 with the room's state, encoded once per change and cached — over the same `ws`
// library, with no tokens, storage, access log, limits or fan-out. Its storm time and CPU show
// how much of a storm is loopback transfer and load-generator work that no server can avoid.
import * as decoding from 'lib0/decoding'
import type { RawData } from 'ws'
import { WebSocketServer } from 'ws'
import * as Y from 'yjs'
import { syncFrame } from '../../tests/support/update-forge.ts'

interface FloorRoom {
  doc: Y.Doc
  reply: Uint8Array | null
}

const rooms = new Map<string, FloorRoom>()

const wss = new WebSocketServer({
  port: Number(process.env.PORT),
  host: '127.0.0.1',
  perMessageDeflate: false,
})
wss.on('connection', (ws, req) => {
  const name = req.url ?? '/'
  let room = rooms.get(name)
  if (!room) {
    room = { doc: new Y.Doc(), reply: null }
    rooms.set(name, room)
  }
  const own = room
  ws.on('message', (data: RawData) => {
    try {
      const decoder = decoding.createDecoder(data as Uint8Array)
      if (decoding.readVarUint(decoder) !== 0) return
      const sub = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      if (sub === 0) {
        own.reply ??= syncFrame(1, Y.encodeStateAsUpdate(own.doc))
        ws.send(own.reply)
      } else if (payload.length > 2) {
        Y.applyUpdate(own.doc, payload)
        own.reply = null
      }
    } catch {
      ws.terminate()
    }
  })
  ws.on('error', () => {})
})
wss.on('listening', () => process.stdout.write(`floor listening on ${process.env.PORT}\n`))
