// Operator side of a share link: read the fragment, check the token locally, join the share room
// with the read token into a fresh doc, wait for the sealed projection, and check what arrived
// (share meta, booklet schema version) before anything is shown. A refusal is told apart in plain
// codes: a revoked, expired or erased share, a tampered link, an unreachable relay.
import * as Y from 'yjs'
import { readSchemaVersion, readShareMeta } from '../../booklet/index.ts'
import type { ShareMeta } from '../../domain/index.ts'
import { fail, ok, type Result } from '../../domain/index.ts'
import { type CloseCodeName, verifyToken } from '../../protocol/index.ts'
import {
  parseRoomFragment,
  type RoomCapability,
  SealedRoom,
  tokenStatus,
  waitForRoom,
} from '../../transport/index.ts'

/** Why a share link cannot be opened. */
export type OpenLinkCode =
  | 'link-malformed'
  | 'link-bad-token'
  | 'link-wrong-role'
  | 'link-bad-key'
  | 'share-revoked'
  | 'share-expired'
  | 'share-gone'
  | 'share-unreachable'
  | 'share-invalid'

/** A received share, opened read-only. */
export interface OpenedShare {
  doc: Y.Doc
  meta: ShareMeta
  capability: RoomCapability
  /** The read room while it follows a live share (undefined once stopped or for a snapshot). */
  room: SealedRoom | undefined
  /** Closes the socket (a live share stops following); the doc stays. */
  stop(): void
}

/** Options of openShareLink. */
export interface OpenLinkOptions {
  /** Relay origin; default: the origin of the link (the relay serves the app). */
  relayOrigin?: string
  /** Keep following a live share (default true); a snapshot is always closed after the sync. */
  follow?: boolean
  WebSocketPolyfill?: unknown
  /** ms (default 10,000). */
  timeoutMs?: number
  now?: Date
}

/** Splits a full link or a bare fragment; the origin is returned for a full link only. */
export function splitLink(input: string): { origin: string | undefined; fragment: string } {
  const hash = input.indexOf('#')
  if (hash < 0) return { origin: undefined, fragment: input.trim() }
  let origin: string | undefined
  try {
    origin = new URL(input.trim()).origin
  } catch {
    origin = undefined
  }
  return { origin, fragment: input.slice(hash + 1).trim() }
}

/** Local checks of a link: well-formed, token signed for its room, read role, not expired. */
export function checkShareLink(
  input: string,
  now: Date = new Date(),
): Result<{ capability: RoomCapability; origin: string | undefined }, OpenLinkCode> {
  const { origin, fragment } = splitLink(input)
  const capability = parseRoomFragment(fragment)
  if (!capability) return fail('link-malformed')
  const claims = verifyToken(capability.token, capability.roomId, Math.floor(now.getTime() / 1000))
  if (!claims.ok) return fail(claims.code === 'token-expired' ? 'share-expired' : 'link-bad-token')
  if (claims.value.role !== 'read') return fail('link-wrong-role')
  return ok({ capability, origin })
}

const REFUSALS: Partial<Record<CloseCodeName | 'token-revoked', OpenLinkCode>> = {
  'token-revoked': 'share-revoked',
  'token-expired': 'share-expired',
  'room-gone': 'share-gone',
  'token-invalid': 'link-bad-token',
  forbidden: 'link-wrong-role',
}

/** Opens a share link for the operator (see the top comment). */
export async function openShareLink(
  input: string,
  options: OpenLinkOptions = {},
): Promise<Result<OpenedShare, OpenLinkCode>> {
  const checked = checkShareLink(input, options.now)
  if (!checked.ok) return checked
  const { capability } = checked.value
  const relayOrigin = options.relayOrigin ?? checked.value.origin
  if (!relayOrigin) return fail('link-malformed')
  const doc = new Y.Doc()
  let keyRefusals = 0
  const room = new SealedRoom({
    serverUrl: relayOrigin,
    roomId: capability.roomId,
    token: capability.token,
    roomKey: capability.roomKey,
    doc,
    role: 'read',
    ...(options.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: options.WebSocketPolyfill }),
  })
  room.on('error', (e) => {
    if (e.code === 'entry-tampered') keyRefusals++
  })
  // 'synced' is reported once the received entries are opened and applied (or refused).
  const outcome = await waitForRoom(room, () => true, options.timeoutMs ?? 10_000)
  const close = (code: OpenLinkCode) => {
    room.destroy()
    doc.destroy()
    return fail(code)
  }
  if (!outcome.ok) {
    const named = outcome.code === 'timeout' ? undefined : REFUSALS[outcome.code]
    if (named) return close(named)
    // Not a named refusal: ask the relay why, in words.
    const status = await tokenStatus(relayOrigin, capability.roomId, capability.token)
    if (status.ok && !status.value.ok) return close(REFUSALS[status.value.code] ?? 'share-unreachable')
    return close('share-unreachable')
  }
  const meta = readShareMeta(doc)
  if (!meta) return close(keyRefusals > 0 ? 'link-bad-key' : 'share-invalid')
  if (typeof readSchemaVersion(doc) !== 'number') return close('share-invalid')
  let live: SealedRoom | undefined = room
  const stop = () => {
    live?.destroy()
    live = undefined
  }
  if (meta.mode !== 'live' || options.follow === false) stop()
  return ok({
    doc,
    meta,
    capability,
    get room() {
      return live
    },
    stop,
  })
}
