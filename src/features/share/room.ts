// Binding a plain doc to a sealed room, for every holder-side operation (shares, pairing, recovery):
// the relay options from the network settings, a room opened with a capability or by its owner
// (who mints the token from the signing secret), the first sync as a Result, and the read-back
// check that the relay holds all of a doc.
import * as Y from 'yjs'
import { fail, ok, type Result } from '../../domain/index.ts'
import type { CloseCodeName, Role } from '../../protocol/index.ts'
import {
  type BackoffOptions,
  MAX_TOKEN_LIFETIME_SECONDS,
  mintRoomToken,
  type RoomCapability,
  type RoomSecrets,
  SealedRoom,
  waitForRoom,
} from '../../transport/index.ts'

/** Network options shared by the holder's operations. */
export interface ShareNetOptions {
  /** http(s) origin of the relay. */
  relayOrigin: string
  /** Origin written in links (default: the relay's origin, which serves the app). */
  appOrigin?: string
  /** WebSocket implementation for Node (the `ws` package); browsers need none. */
  WebSocketPolyfill?: unknown
  /** How long to wait for the relay, ms (default 10,000). */
  timeoutMs?: number
}

/** SealedRoom options from network options (short batching: shares are small). */
export const roomOptions = (net: ShareNetOptions) => ({
  serverUrl: net.relayOrigin,
  batchMs: 20,
  ...(net.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: net.WebSocketPolyfill }),
})

/** What a caller may tune on a room: its batching (a whole booklet wants longer) and its backoff. */
export type RoomTuning = Partial<BackoffOptions> & { batchMs?: number }

/** Binds `doc` to the room of `capability` as `role`. */
export const openRoom = (
  capability: RoomCapability,
  doc: Y.Doc,
  role: Role,
  net: ShareNetOptions,
  tuning: RoomTuning = {},
): SealedRoom =>
  new SealedRoom({
    ...roomOptions(net),
    ...tuning,
    roomId: capability.roomId,
    token: capability.token,
    roomKey: capability.roomKey,
    doc,
    role,
  })

/** Binds `doc` to a room its owner holds the secrets of, with a token for `role` minted for it
 * (valid `lifetimeSeconds`, the longest by default). */
export const openOwnedRoom = (
  secrets: RoomSecrets,
  doc: Y.Doc,
  role: Role,
  net: ShareNetOptions,
  { lifetimeSeconds = MAX_TOKEN_LIFETIME_SECONDS, ...tuning }: RoomTuning & { lifetimeSeconds?: number } = {},
): SealedRoom => {
  const token = mintRoomToken(secrets.signingSecret, role, lifetimeSeconds).token
  return openRoom({ roomId: secrets.roomId, token, roomKey: secrets.roomKey }, doc, role, net, tuning)
}

/** Waits until `room` has synced and `done()` holds: 'relay-unreachable' on timeout, else the
 * relay's terminal refusal. */
export async function roomSynced(
  room: SealedRoom,
  timeoutMs: number,
  done: () => boolean = () => true,
): Promise<Result<void, 'relay-unreachable' | CloseCodeName>> {
  const r = await waitForRoom(room, done, timeoutMs)
  if (r.ok) return ok(undefined)
  return fail(r.code === 'timeout' ? 'relay-unreachable' : r.code)
}

/** Opens the room of `capability` with a fresh doc, waits for its first sync (and `done(doc)`), runs
 * `use`, then closes room and doc whatever happens: for a short look into, or write to, a small room. */
export async function inSyncedRoom<T, C extends string>(
  capability: RoomCapability,
  role: Role,
  net: ShareNetOptions,
  timeoutMs: number,
  use: (doc: Y.Doc, room: SealedRoom) => Result<T, C> | Promise<Result<T, C>>,
  done: (doc: Y.Doc) => boolean = () => true,
): Promise<Result<T, C | 'relay-unreachable' | CloseCodeName>> {
  const doc = new Y.Doc()
  const room = openRoom(capability, doc, role, net)
  try {
    const synced = await roomSynced(room, timeoutMs, () => done(doc))
    return synced.ok ? await use(doc, room) : synced
  } finally {
    room.destroy()
    doc.destroy()
  }
}

/** True when every client clock of `doc` is present in `other`. */
export const covers = (other: Y.Doc, doc: Y.Doc): boolean => {
  const theirs = Y.decodeStateVector(Y.encodeStateVector(other))
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc)))
    if ((theirs.get(client) ?? 0) < clock) return false
  return true
}
