// Holder's control over an existing share: when it was opened (the relay's content-free access
// log), revocation (read tokens revoked, sockets closed at once, room erased) and extension (new
// expiry on the relay and in the shared meta, new read token and link).
import { readShareMeta, SHARE_META_KEY } from '../../booklet/index.ts'
import {
  checkShareExpiry,
  fail,
  ok,
  type Result,
  type ShareSelection,
  shareExpiryIn,
} from '../../domain/index.ts'
import {
  type AccessEvent,
  mintRoomToken,
  postStatement,
  readAccessLog,
  roomLink,
} from '../../transport/index.ts'
import type { ShareRecord } from './records.ts'
import type { ShareNetOptions } from './room.ts'
import { confirmOnRelay, joinShareRoom, nowSeconds, RECEIVE_PATH, seconds } from './service.ts'

/** When the link's read token(s) were used to open the share. */
export interface ShareOpening {
  tokenId: string
  /** ISO timestamp. */
  at: string
}

const openingsOf = (record: ShareRecord, log: AccessEvent[]): ShareOpening[] => {
  const ids = new Set([record.readTokenId, ...record.previousTokenIds])
  return log
    .filter((e) => e.event === 'open' && ids.has(e.tokenId))
    .map((e) => ({ tokenId: e.tokenId, at: new Date(e.at * 1000).toISOString() }))
}

/** Reads the relay's access log (with a fresh short write token) and returns the link's openings. */
export async function shareOpenings(
  record: ShareRecord,
  net: Pick<ShareNetOptions, 'relayOrigin'>,
): Promise<Result<ShareOpening[], string>> {
  const token = mintRoomToken(record.signingSecret, 'write', 120).token
  const log = await readAccessLog(net.relayOrigin, record.roomId, token)
  return log.ok ? ok(openingsOf(record, log.value)) : log
}

/** Revokes the share: reads its openings first (the log goes with the room), revokes the read
 * token(s) (open sockets close at once), then deletes the room. What the operator already
 * downloaded stays with them. Returns the updated record and the openings seen. */
export async function revokeShare(
  record: ShareRecord,
  net: Pick<ShareNetOptions, 'relayOrigin'> & { now?: Date },
): Promise<Result<{ record: ShareRecord; openings: ShareOpening[] }, string>> {
  const openings = await shareOpenings(record, net)
  const revoke = await postStatement(net.relayOrigin, record.signingSecret, {
    type: 'revoke',
    room: record.roomId,
    tokenIds: [record.readTokenId, ...record.previousTokenIds],
  })
  if (!revoke.ok && revoke.code !== 'room-gone') return revoke
  const del = await postStatement(net.relayOrigin, record.signingSecret, {
    type: 'delete',
    room: record.roomId,
  })
  if (!del.ok && del.code !== 'room-gone') return del
  const seen = openings.ok ? openings.value : []
  return ok({
    record: {
      ...record,
      revokedAt: (net.now ?? new Date()).toISOString(),
      ...(openings.ok ? { openedAt: seen.map((o) => o.at) } : {}),
    },
    openings: seen,
  })
}

/** Extends a share by `days` from now: a new expire statement and a new read token (a new link).
 * The old link keeps working until its own expiry. */
export async function extendShare(
  record: ShareRecord,
  days: number,
  net: ShareNetOptions & { now?: Date },
): Promise<Result<{ record: ShareRecord; link: string }, string>> {
  const now = net.now ?? new Date()
  if (record.revokedAt !== undefined) return fail('share-revoked')
  const expiresAt = shareExpiryIn(days, now)
  const checked = checkShareExpiry(expiresAt, now)
  if (!checked.ok) return fail(checked.code)
  if (Date.parse(expiresAt) <= Date.parse(record.expiresAt)) return fail('expiry-not-later')
  const expire = await postStatement(net.relayOrigin, record.signingSecret, {
    type: 'expire',
    room: record.roomId,
    at: seconds(expiresAt),
  })
  if (!expire.ok) return expire
  const read = mintRoomToken(
    record.signingSecret,
    'read',
    seconds(expiresAt) - nowSeconds(now),
    nowSeconds(now),
  )
  const selection: ShareSelection = { ...record.selection, expiresAt }
  const link = roomLink(
    net.appOrigin ?? net.relayOrigin,
    { roomId: record.roomId, token: read.token, roomKey: record.roomKey },
    RECEIVE_PATH,
  )
  const next: ShareRecord = {
    ...record,
    expiresAt,
    selection,
    readTokenId: read.tokenId,
    previousTokenIds: [...record.previousTokenIds, record.readTokenId],
    link,
  }
  // The shared meta says until when: the operator sees the new date. (A running live share must be
  // restarted with the new record, see resumeLiveShare, or it would stop at the old expiry.)
  const joined = await joinShareRoom(next, net)
  if (!joined.ok) return joined
  const { doc, room } = joined.value
  try {
    const meta = readShareMeta(doc)
    if (meta) doc.getMap('meta').set(SHARE_META_KEY, { ...meta, expiresAt })
    const confirmed = await confirmOnRelay(next, doc, net)
    if (!confirmed.ok) return confirmed
  } finally {
    room.destroy()
    doc.destroy()
  }
  return ok({ record: next, link })
}
