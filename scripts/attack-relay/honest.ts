// The honest pair the attacks must not disturb: a writer and a reader (y-websocket providers)
// in a room of their own; the writer pushes a timestamped entry every 20 ms and the reader
// records how long each took to arrive, and both record any close the relay sent them.
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { attackRoom } from './types.ts'

/** Latencies and closes seen by the honest pair since the last `take()`. */
export interface HonestWindow {
  latenciesMs: number[]
  closes: number[]
}

function open(wsUrl: string, roomId: string, token: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${wsUrl}/sync`, roomId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  provider.awareness.setLocalState(null)
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, provider, synced, entries: doc.getArray<Uint8Array>('entries') }
}

/** Starts the honest pair; `take()` returns and resets what it saw; `stop()` ends it. */
export async function honestPair(wsUrl: string) {
  const room = attackRoom()
  const writer = open(wsUrl, room.roomId, room.token('write'))
  const reader = open(wsUrl, room.roomId, room.token('read'))
  await Promise.all([writer.synced, reader.synced])
  let window: HonestWindow = { latenciesMs: [], closes: [] }
  for (const p of [writer.provider, reader.provider])
    p.on('connection-close', (event) => {
      if (event) window.closes.push(event.code)
    })
  reader.entries.observe((event) => {
    const now = performance.now()
    for (const delta of event.changes.delta)
      for (const entry of (delta.insert as Uint8Array[] | undefined) ?? []) {
        const sent = new DataView(entry.buffer, entry.byteOffset, 8).getFloat64(0)
        window.latenciesMs.push(now - sent)
        if (process.env.ATTACK_DEBUG && now - sent > 50)
          process.stderr.write(
            `slow honest delivery at ${Math.round(sent)} ms: ${Math.round(now - sent)} ms\n`,
          )
      }
  })
  const timer = setInterval(() => {
    const entry = new Uint8Array(8)
    new DataView(entry.buffer).setFloat64(0, performance.now())
    writer.entries.push([entry])
  }, 20)
  return {
    take(): HonestWindow {
      const seen = window
      window = { latenciesMs: [], closes: [] }
      return seen
    },
    stop(): void {
      clearInterval(timer)
      writer.provider.destroy()
      reader.provider.destroy()
    },
  }
}
