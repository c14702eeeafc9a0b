// Holder side of a share (issue 4): create it (project, seal, push, check, set expiry, mint the
// link), follow the booklet for a live share, revoke it, extend it, and read when it was opened.
// Network: the relay only (WebSocket + its HTTP API). The booklet never leaves in clear: the
// projection is sealed by SealedRoom before it reaches the socket.
import * as Y from 'yjs'
import {
  PROPOSALS_META_KEY,
  projectBooklet,
  readShareMeta,
  startLiveProjection,
} from '../../booklet/index.ts'
import {
  createShareSelection,
  fail,
  ok,
  type Result,
  type ShareSelection,
  type ShareSelectionInput,
} from '../../domain/index.ts'
import {
  createRoom,
  mintRoomToken,
  postStatement,
  type RoomSecrets,
  roomLink,
  type SealedRoom,
  waitForRoom,
} from '../../transport/index.ts'
import { newShareId, type ShareId, type ShareRecord } from './records.ts'
import { covers, openOwnedRoom, openRoom, type ShareNetOptions } from './room.ts'

/** Path of the operator's intake page; links are `<appOrigin>/recu#room=…&token=…&key=…`. */
export const RECEIVE_PATH = '/recu'

/** A created share: the record to keep, the link to hand over, and for a live share the handle. */
export interface CreatedShare {
  record: ShareRecord
  link: string
  /** The sealed projection as pushed (the holder may export it as a file too). */
  projection: Y.Doc
  /** Live share: stops following the booklet and closes the socket. No-op for a snapshot. */
  stop(): void
  /** Live share: the write room (status, flush); undefined for a snapshot. */
  room: SealedRoom | undefined
}

/** Why a share could not be created. */
export type CreateShareCode = 'invalid' | 'share-unreachable' | 'share-refused'

/** Unix seconds of an ISO timestamp (rounded up). */
export const seconds = (iso: string): number => Math.ceil(Date.parse(iso) / 1000)
/** Unix seconds of a date. */
export const nowSeconds = (now: Date): number => Math.floor(now.getTime() / 1000)

/** Creates a share of `booklet` for `input` (see the top comment). */
export async function createShare(
  booklet: Y.Doc,
  input: ShareSelectionInput,
  net: ShareNetOptions & { now?: Date; id?: ShareId; proposalFragment?: string },
): Promise<Result<CreatedShare, CreateShareCode>> {
  const now = net.now ?? new Date()
  const selected = createShareSelection(input, now)
  if (!selected.ok) return selected
  const selection = selected.value
  const secrets = createRoom()
  const lifetime = seconds(selection.expiresAt) - nowSeconds(now)
  const write = mintRoomToken(secrets.signingSecret, 'write', lifetime, nowSeconds(now))
  const projection = projectBooklet(booklet, selection, now)
  // The proposal link the person lets the recipient use travels inside the sealed projection.
  if (net.proposalFragment) projection.getMap('meta').set(PROPOSALS_META_KEY, net.proposalFragment)
  const timeoutMs = net.timeoutMs ?? 10_000
  const room = openRoom({ ...secrets, token: write.token }, projection, 'write', net)
  const abandon = (code: CreateShareCode) => {
    room.destroy()
    void postStatement(net.relayOrigin, secrets.signingSecret, { type: 'delete', room: secrets.roomId })
    return fail(code)
  }
  const pushed = await waitForRoom(room, () => true, timeoutMs)
  if (!pushed.ok) return abandon(pushed.code === 'timeout' ? 'share-unreachable' : 'share-refused')
  const seen = await confirmOnRelay(secrets, projection, net)
  if (!seen.ok) return abandon(seen.code)
  const expire = await postStatement(net.relayOrigin, secrets.signingSecret, {
    type: 'expire',
    room: secrets.roomId,
    at: seconds(selection.expiresAt),
  })
  if (!expire.ok) return abandon(expire.code === 'relay-unreachable' ? 'share-unreachable' : 'share-refused')
  const read = mintRoomToken(secrets.signingSecret, 'read', lifetime, nowSeconds(now))
  const link = roomLink(
    net.appOrigin ?? net.relayOrigin,
    { roomId: secrets.roomId, token: read.token, roomKey: secrets.roomKey },
    RECEIVE_PATH,
  )
  const record: ShareRecord = {
    id: net.id ?? newShareId(),
    roomId: secrets.roomId,
    signingSecret: secrets.signingSecret,
    roomKey: secrets.roomKey,
    recipient: selection.recipient,
    mode: selection.mode,
    expiresAt: selection.expiresAt,
    createdAt: now.toISOString(),
    readTokenId: read.tokenId,
    previousTokenIds: [],
    selection,
    link,
  }
  if (selection.mode === 'snapshot') {
    room.destroy()
    return ok({ record, link, projection, stop: () => {}, room: undefined })
  }
  const live = followBooklet(booklet, projection, selection, room)
  return ok({ record, link, projection, stop: live.stop, room })
}

/** Waits until a reader of its own (a short read token that is never handed out) sees all of
 * `doc` in the room, opened with the key: the relay has it durably (it stores before forwarding). */
export async function confirmOnRelay(
  secrets: RoomSecrets,
  doc: Y.Doc,
  net: ShareNetOptions,
): Promise<Result<void, CreateShareCode>> {
  const checkDoc = new Y.Doc()
  const check = openOwnedRoom(secrets, checkDoc, 'read', net, { lifetimeSeconds: 300 })
  try {
    const seen = await waitForRoom(check, () => covers(checkDoc, doc), net.timeoutMs ?? 10_000)
    return seen.ok ? ok(undefined) : fail(seen.code === 'timeout' ? 'share-unreachable' : 'share-refused')
  } finally {
    check.destroy()
    checkDoc.destroy()
  }
}

/** An owner's write connection to an existing share room, its plain doc synced from the relay. */
export async function joinShareRoom(
  record: ShareRecord,
  net: ShareNetOptions,
): Promise<Result<{ doc: Y.Doc; room: SealedRoom }, CreateShareCode>> {
  const doc = new Y.Doc()
  const room = openOwnedRoom(record, doc, 'write', net, { lifetimeSeconds: tokenLifetime(record) })
  const synced = await waitForRoom(room, () => readShareMeta(doc) !== undefined, net.timeoutMs ?? 10_000)
  if (synced.ok) return ok({ doc, room })
  room.destroy()
  doc.destroy()
  return fail(synced.code === 'timeout' ? 'share-unreachable' : 'share-refused')
}

/** Seconds until the record's expiry, at least 60 (a token needs a positive lifetime). */
const tokenLifetime = (record: Pick<ShareRecord, 'expiresAt'>): number =>
  Math.max(60, seconds(record.expiresAt) - nowSeconds(new Date()))

/** A live share after a restart (or an extension): joins the room and follows the booklet again
 * with the record's selection. */
export async function resumeLiveShare(
  booklet: Y.Doc,
  record: ShareRecord,
  net: ShareNetOptions,
): Promise<Result<LiveShare, CreateShareCode>> {
  if (record.mode !== 'live') throw new Error('resumeLiveShare: not a live share')
  const joined = await joinShareRoom(record, net)
  if (!joined.ok) return joined
  return ok(followBooklet(booklet, joined.value.doc, record.selection, joined.value.room))
}

/** A running live share. */
export interface LiveShare {
  room: SealedRoom
  stop(): void
}

const followBooklet = (
  booklet: Y.Doc,
  doc: Y.Doc,
  selection: ShareSelection,
  room: SealedRoom,
): LiveShare => {
  const stopProjection = startLiveProjection(booklet, doc, selection)
  return {
    room,
    stop: () => {
      stopProjection()
      void room.flush().finally(() => room.destroy())
    },
  }
}
