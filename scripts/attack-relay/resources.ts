// Attacks on the relay's resources (issue #9 findings 4 and 5), each run until its signal
// aborts: never-reading sockets asking for sync replies with distinct state vectors, a flood of
// wrongly signed statements, a flood of revocations, a flood of new rooms. Every attack counts
// what it saw (answers by status, closes by code) in `resourceAttackCounts` for the runner.
import WebSocket from 'ws'
import * as Y from 'yjs'
import { generateRoomKeys, toHex } from '../../src/protocol/ids.ts'
import { type Statement, signStatement } from '../../src/protocol/statement.ts'
import { mintToken } from '../../src/protocol/token.ts'
import { syncFrame } from '../../tests/support/update-forge.ts'
import { encodeEntryUpdate } from '../bench-relay/wire.ts'
import type { Attack } from './types.ts'

/** What each attack saw, by attack name then by outcome ("http-429", "close-4411", ...). */
export const resourceAttackCounts: Record<string, Record<string, number>> = {}

const count = (attack: string, what: string, n = 1) => {
  const c = resourceAttackCounts[attack] ?? {}
  resourceAttackCounts[attack] = c
  c[what] = (c[what] ?? 0) + n
}

const nowS = () => Math.floor(Date.now() / 1000)
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve()
    const t = setTimeout(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    }, ms)
    const stop = () => {
      clearTimeout(t)
      resolve()
    }
    signal.addEventListener('abort', stop, { once: true })
  })

function noise(n: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)))
  return out
}

/** A fresh room with a write token (any key pair is a room). */
function freshRoom() {
  const keys = generateRoomKeys()
  const token = mintToken(keys.signingSecret, { role: 'write', expiresAt: nowS() + 3600 })
  return { ...keys, token }
}

function open(wsUrl: string, roomId: string, token: string, name: string): Promise<WebSocket | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${wsUrl}/sync/${roomId}?token=${encodeURIComponent(token)}`)
    ws.on('error', () => resolve(null))
    ws.once('open', () => resolve(ws))
    ws.once('close', (code) => count(name, `close-${code}`))
  })
}

/** Finding 4: 64 sockets that never read, each asking for sync with distinct state vectors at 40/s. */
const neverReading: Attack = {
  name: 'never-reading-sync',
  async run({ wsUrl, signal }) {
    const name = 'never-reading-sync'
    const room = freshRoom()
    const writer = await open(wsUrl, room.roomId, room.token, name)
    if (!writer) return
    // A 1 MiB room: each uncached reply is a fresh 1 MiB copy.
    for (let clock = 0; clock < 4; clock++)
      writer.send(syncFrame(2, encodeEntryUpdate(77, clock, noise(256 * 1024))))
    await sleep(500, signal)
    let seq = 0
    const socket = async () => {
      while (!signal.aborted) {
        const ws = await open(wsUrl, room.roomId, room.token, name)
        if (!ws) {
          await sleep(200, signal)
          continue
        }
        ws.pause()
        count(name, 'sockets')
        while (!signal.aborted && ws.readyState === WebSocket.OPEN) {
          ws.send(syncFrame(0, Y.encodeStateVector(new Map([[1_000_000 + seq++, 1]]))))
          count(name, 'sync-requests')
          await sleep(25, signal)
        }
        ws.terminate()
      }
    }
    await Promise.all(Array.from({ length: 64 }, socket))
    writer.terminate()
  },
}

async function postJson(origin: string, path: string, body: unknown, name: string): Promise<number> {
  try {
    const res = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    await res.arrayBuffer()
    count(name, `http-${res.status}`)
    return res.status
  } catch {
    count(name, 'http-error')
    return 0
  }
}

/** Finding 5: statements whose signature is wrong, 8 at a time, as fast as the relay answers. */
const forgedStatements: Attack = {
  name: 'forged-statements',
  async run({ origin, signal }) {
    const name = 'forged-statements'
    const room = freshRoom()
    const other = freshRoom()
    const worker = async () => {
      while (!signal.aborted) {
        const good = signStatement(room.signingSecret, {
          v: 1,
          type: 'delete',
          room: room.roomId,
          issuedAt: nowS(),
        } as Statement)
        const forged = signStatement(other.signingSecret, {
          v: 1,
          type: 'delete',
          room: room.roomId,
          issuedAt: nowS(),
        } as Statement)
        await postJson(origin, `/rooms/${room.roomId}/delete`, { ...good, signature: forged.signature }, name)
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker))
  },
}

/** Finding 5: an owner revoking 256 fresh token ids per statement, 4 at a time. */
const revocationFlood: Attack = {
  name: 'revocation-flood',
  async run({ origin, signal }) {
    const name = 'revocation-flood'
    const room = freshRoom()
    const worker = async () => {
      while (!signal.aborted) {
        const tokenIds = Array.from({ length: 256 }, () => toHex(crypto.getRandomValues(new Uint8Array(16))))
        const body = signStatement(room.signingSecret, {
          v: 1,
          type: 'revoke',
          room: room.roomId,
          issuedAt: nowS(),
          tokenIds,
        } as Statement)
        const status = await postJson(origin, `/rooms/${room.roomId}/revoke`, body, name)
        if (status === 200) count(name, 'ids-accepted', 256)
        if (status === 429) await sleep(100, signal)
      }
    }
    await Promise.all(Array.from({ length: 4 }, worker))
  },
}

/** Finding 5: new rooms, 16 KiB written into each, 16 sockets at a time. */
const roomFlood: Attack = {
  name: 'room-creation-flood',
  async run({ wsUrl, signal }) {
    const name = 'room-creation-flood'
    const worker = async () => {
      while (!signal.aborted) {
        const room = freshRoom()
        const ws = await open(wsUrl, room.roomId, room.token, name)
        if (!ws) continue
        const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()))
        ws.send(syncFrame(2, encodeEntryUpdate(5, 0, noise(16 * 1024))))
        count(name, 'rooms-tried')
        count(name, 'bytes-sent', 16 * 1024)
        await Promise.race([closed, sleep(100, signal)])
        ws.terminate()
      }
    }
    await Promise.all(Array.from({ length: 16 }, worker))
  },
}

/** The resource attacks, in the order the runner plays them. */
export const resourceAttacks: Attack[] = [neverReading, forgedStatements, revocationFlood, roomFlood]
