import WebSocket from 'ws'
import { startRelayProcess } from '/work/main/scripts/fuzz-relay.ts'
import { createRoom, mintRoomToken } from '/work/main/src/sharing/room-keys.ts'
const relay = await startRelayProcess()
const room = createRoom()
const token = mintRoomToken(room.signingSecret, 'write', 3600).token
const url = `${relay.url.replace('http','ws')}/sync/${room.roomId}?token=${token}`
let t0 = Date.now()
for (let i = 0; i < 100; i++) {
  const ws = new WebSocket(url)
  const a = Date.now()
  await new Promise(r => ws.once('open', r))
  const b = Date.now()
  const first = new Promise(r => ws.once('message', r))
  await first
  const c = Date.now()
  ws.send(Uint8Array.from([9,9,9]))
  await new Promise(r => ws.once('close', r))
  if (i % 20 === 0) console.log('open', b - a, 'firstmsg', c - b, 'close', Date.now() - c)
}
console.log('per conn ms', (Date.now() - t0) / 100)
t0 = Date.now()
const ws = new WebSocket(url)
await new Promise(r => ws.once('open', r))
for (let i = 0; i < 200; i++) {
  const p = new Promise(r => ws.once('message', r))
  ws.send(Uint8Array.from([0,0,1,0]))
  await p
}
console.log('per probe ms', (Date.now() - t0) / 200)
ws.close()
await relay.stop()
