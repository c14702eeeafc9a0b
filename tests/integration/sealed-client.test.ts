// SealedRoom's transport behaviour against a small y-websocket-speaking server written here with
// `ws` and y-protocols, which records every frame the client sends: awareness is never sent,
// keep-alives flow, named refusals stop or back off reconnection as they should.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket, { WebSocketServer } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { CloseCode } from '../../src/protocol/index.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { SealedRoom, type SealedRoomStatus } from '../../src/transport/sealed-room.ts'

interface Recorder {
  url: string
  /** Message types (first varint) of every frame received, per connection. */
  connections: number[][]
  sockets: WebSocket[]
  /** What to do with each new connection. */
  onConnection: (ws: WebSocket, index: number) => void
  close(): Promise<void>
}

async function startRecorder(): Promise<Recorder> {
  const doc = new Y.Doc()
  const http: Server = createServer()
  const wss = new WebSocketServer({ server: http })
  const rec: Recorder = {
    url: '',
    connections: [],
    sockets: [],
    onConnection: () => {},
    close: async () => {
      for (const ws of rec.sockets) ws.terminate()
      await new Promise<void>((done) => wss.close(() => done()))
      await new Promise<void>((done) => http.close(() => done()))
    },
  }
  wss.on('connection', (ws) => {
    const frames: number[] = []
    rec.connections.push(frames)
    rec.sockets.push(ws)
    ws.on('message', (data: Buffer) => {
      const bytes = new Uint8Array(data)
      const decoder = decoding.createDecoder(bytes)
      const type = decoding.readVarUint(decoder)
      frames.push(type)
      if (type !== 0) return
      const reply = encoding.createEncoder()
      encoding.writeVarUint(reply, 0)
      syncProtocol.readSyncMessage(decoder, reply, doc, 'client')
      if (encoding.length(reply) > 1) ws.send(encoding.toUint8Array(reply))
    })
    rec.onConnection(ws, rec.connections.length - 1)
  })
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done))
  rec.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  return rec
}

const rooms: SealedRoom[] = []
let recorder: Recorder | undefined
afterEach(async () => {
  for (const room of rooms.splice(0)) room.destroy()
  await recorder?.close()
  recorder = undefined
})

function open(url: string, extra: Partial<ConstructorParameters<typeof SealedRoom>[0]> = {}) {
  const secrets = createRoom()
  const doc = new Y.Doc()
  const room = new SealedRoom({
    serverUrl: url,
    roomId: secrets.roomId,
    token: mintRoomToken(secrets.signingSecret, 'write', 600).token,
    roomKey: secrets.roomKey,
    doc,
    role: 'write',
    WebSocketPolyfill: WebSocket,
    batchMs: 10,
    minBackoffMs: 50,
    maxBackoffMs: 200,
    ...extra,
  })
  rooms.push(room)
  const statuses: SealedRoomStatus[] = [room.status]
  room.on('status', (s) => statuses.push(s))
  return { room, doc, statuses }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await sleep(10)
  }
}

describe('SealedRoom transport', () => {
  it('never sends awareness, even when asked, and keeps the socket alive with sync messages', async () => {
    recorder = await startRecorder()
    recorder.onConnection = (ws) => {
      // Ask for awareness and send a foreign awareness update: both must be ignored.
      const query = encoding.createEncoder()
      encoding.writeVarUint(query, 3)
      ws.send(encoding.toUint8Array(query))
      const awareness = encoding.createEncoder()
      encoding.writeVarUint(awareness, 1)
      encoding.writeVarUint8Array(awareness, new Uint8Array([1, 7, 1, 2, 123, 125]))
      ws.send(encoding.toUint8Array(awareness))
    }
    const { room, doc, statuses } = open(recorder.url, { keepAliveMs: 100 })
    await until(() => room.status.status === 'synced')
    doc.getText('t').insert(0, 'hello')
    await room.flush()
    await sleep(450)
    room.destroy()
    await sleep(100)
    const frames = recorder.connections.flat()
    expect(frames.length).toBeGreaterThan(4)
    expect(frames.every((type) => type === 0)).toBe(true)
    expect(recorder.connections.length).toBe(1)
    expect(statuses.map((s) => s.status)).toEqual(['connecting', 'syncing', 'synced', 'offline'])
  })

  it('stops reconnecting after a revocation and reports it by name', async () => {
    recorder = await startRecorder()
    recorder.onConnection = (ws) => ws.close(CloseCode['token-revoked'])
    const { room } = open(recorder.url)
    await until(() => room.status.status === 'refused')
    expect(room.status).toEqual({ status: 'refused', code: 'token-revoked' })
    await sleep(600)
    expect(recorder.connections.length).toBe(1)
  })

  it('backs off with jitter after a transient refusal, then syncs', async () => {
    recorder = await startRecorder()
    const times: number[] = []
    recorder.onConnection = (ws, index) => {
      times.push(Date.now())
      if (index < 3) ws.close(CloseCode['rate-limited'])
    }
    const { room, statuses } = open(recorder.url)
    await until(() => room.status.status === 'synced')
    expect(recorder.connections.length).toBe(4)
    expect(statuses.some((s) => s.status === 'refused' && s.code === 'rate-limited')).toBe(true)
    // Delays: attempt 0 in [25, 50] ms, attempt 1 in [50, 100], attempt 2 in [100, 200].
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number))
    expect(gaps[2] as number).toBeGreaterThanOrEqual(95)
  })

  it('reconnects after the server drops the socket', async () => {
    recorder = await startRecorder()
    const { room } = open(recorder.url)
    await until(() => room.status.status === 'synced')
    recorder.sockets[0]?.terminate()
    await until(() => room.status.status !== 'synced')
    await until(() => room.status.status === 'synced')
    expect(recorder.connections.length).toBe(2)
  })
})
