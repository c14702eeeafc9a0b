// What an attack is, and the small socket helpers the attacks share. Each attack creates its
// own rooms and tokens (any fresh key pair is a room) and runs until `signal` aborts.
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { Role } from '../../src/protocol/index.ts'
import { createRoom, mintRoomToken, type RoomSecrets } from '../../src/transport/room-keys.ts'
import { syncFrame } from '../../tests/support/update-forge.ts'

/** One attack against a running relay (scripts/attack-relay.ts). */
export interface Attack {
  name: string
  run(ctx: { origin: string; wsUrl: string; signal: AbortSignal }): Promise<void>
}

/** A fresh room and a token minter for it. */
export function attackRoom(): RoomSecrets & { token(role: Role): string } {
  const secrets = createRoom()
  return { ...secrets, token: (role) => mintRoomToken(secrets.signingSecret, role, 3600).token }
}

const PROBE = syncFrame(0, Y.encodeStateVector(new Y.Doc()))

/** An open raw socket, with its close code once closed. */
export interface AttackSocket {
  ws: WebSocket
  closed: Promise<number>
  /** Sends `frame` then a sync step 1, and resolves once the relay answered the probe or closed the socket. */
  sendProcessed(frame: Uint8Array, probe?: Uint8Array): Promise<'answered' | number>
}

/**
 * Loopback address the attacker's sockets come from (ATTACK_LOCAL_ADDRESS): not the honest
 * pair's 127.0.0.1, since on a real network the attacker has an address of its own, and the
 * relay's per-IP budgets would otherwise make the honest pair pay for the attacker's work.
 */
export const ATTACKER_ADDRESS = process.env.ATTACK_LOCAL_ADDRESS ?? '127.0.0.2'

/** Opens a raw socket to a room; rejects if it cannot be opened. */
export function openSocket(wsUrl: string, roomId: string, token: string): Promise<AttackSocket> {
  const ws = new WebSocket(`${wsUrl}/sync/${roomId}?token=${encodeURIComponent(token)}`, {
    localAddress: ATTACKER_ADDRESS,
  })
  ws.on('error', () => {})
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
  let waiting: ((v: 'answered') => void) | null = null
  ws.on('message', (data: Buffer) => {
    if (data[0] === 0 && data[1] === 1 && waiting) {
      const w = waiting
      waiting = null
      w('answered')
    }
  })
  const socket: AttackSocket = {
    ws,
    closed,
    sendProcessed: (frame, probe = PROBE) => {
      if (ws.readyState !== 1) return closed
      const answered = new Promise<'answered'>((resolve) => {
        waiting = resolve
      })
      ws.send(frame)
      ws.send(probe)
      return Promise.race([answered, closed])
    },
  }
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket))
    closed.then(() => reject(new Error('closed before open')))
  })
}

/** Runs `step` until the signal aborts, swallowing per-step failures (a refused socket is the point). */
export async function untilAborted(signal: AbortSignal, step: () => Promise<unknown>): Promise<void> {
  while (!signal.aborted) {
    try {
      await step()
    } catch {
      await new Promise((r) => setTimeout(r, 10))
    }
  }
}

/** An attacked room: its key pair and a token minter. */
export type AttackRoom = ReturnType<typeof attackRoom>

/** Attacks a fresh room with an honest writer's socket open in it, dropped once `attack` is done. */
export async function besideWriter(
  wsUrl: string,
  attack: (room: AttackRoom, writer: AttackSocket) => Promise<void>,
): Promise<void> {
  const room = attackRoom()
  const writer = await openSocket(wsUrl, room.roomId, room.token('write'))
  try {
    await attack(room, writer)
  } finally {
    writer.ws.terminate()
  }
}

/** Sends `frame` on a fresh append socket of `room`, waits for the relay's verdict, and drops the socket. */
export async function appendOnce(
  wsUrl: string,
  room: AttackRoom,
  frame: Uint8Array,
): Promise<'answered' | number> {
  const socket = await openSocket(wsUrl, room.roomId, room.token('append'))
  const verdict = await socket.sendProcessed(frame)
  socket.ws.terminate()
  return verdict
}
