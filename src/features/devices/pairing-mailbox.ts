// The mailbox of a paired device: a tiny sealed room of its own, known only to the owner device
// (which created it and keeps its signing secret) and to that device (write token + key, given in
// its pairing link). Two things travel there:
// - `name`: the device writes the name the person gave it when joining, so the owner's list shows it;
// - `move`: after a re-key the owner writes the device's new capability (new room, token, key);
// - `sealedMove` / `removedAt`: since any device can remove another (household.ts, keeper-removal.ts),
//   the new capability is sealed to the device's own box key (other devices know the mailbox's key),
//   and a removed device is told so in its mailbox.
// A removed device never learns another device's mailbox key, and its own mailbox is deleted: the
// new room's key never travels under a key it holds (unlike a hand-over through the old room).
import { ed25519 } from '@noble/curves/ed25519.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import * as v from 'valibot'
import * as Y from 'yjs'
import { jsonValue, ok, type Result } from '../../domain/index.ts'
import { fromBase64Url, isRoomId, roomIdFromPublicKey, toBase64Url } from '../../protocol/index.ts'
import type { RoomCapability, RoomSecrets } from '../../transport/index.ts'
import { covers, inSyncedRoom, openRoom, type ShareNetOptions } from '../share/index.ts'

const MAILBOX_MAP = 'mailbox'
const text = new TextEncoder()
const SEED_SALT = text.encode('livret-mailbox-v1')
const INFO_SIGN = text.encode('sign')
const INFO_KEY = text.encode('key')

/** Length of a mailbox seed, in bytes. */
export const MAILBOX_SEED_LENGTH = 32

/** A new random mailbox seed (what the pairing link carries, as `mbox=`). */
export const newMailboxSeed = (): Uint8Array =>
  globalThis.crypto.getRandomValues(new Uint8Array(MAILBOX_SEED_LENGTH))

/** The mailbox room of a seed: signing secret and room key derived with HKDF-SHA-256 (info
 * 'sign' / 'key'), so that the link carries 32 bytes instead of a token and a key. Whoever holds
 * the seed (the owner device and that device only) can mint the mailbox's tokens. */
export function mailboxFromSeed(seed: Uint8Array): RoomSecrets {
  if (seed.length !== MAILBOX_SEED_LENGTH) throw new Error('mailbox seed must be 32 bytes')
  const signingSecret = hkdf(sha256, seed, SEED_SALT, INFO_SIGN, 32)
  const roomKey = hkdf(sha256, seed, SEED_SALT, INFO_KEY, 32)
  return { roomId: roomIdFromPublicKey(ed25519.getPublicKey(signingSecret)), signingSecret, roomKey }
}

/** What a mailbox holds. */
export interface MailboxContent {
  /** ISO timestamp written by the owner device when it showed the pairing code. */
  offeredAt?: string
  name?: string
  /** ISO timestamp of the device's join. */
  joinedAt?: string
  move?: RoomCapability
  /** A move sealed to the device's box key (device-box.ts), written by whichever device re-keyed. */
  sealedMove?: Uint8Array
  /** ISO timestamp written by the device that removed this one (it cannot delete the mailbox). */
  removedAt?: string
}

const MoveSchema = v.object({
  room: v.pipe(
    v.string(),
    v.check((s) => isRoomId(s)),
  ),
  token: v.pipe(v.string(), v.maxLength(400)),
  key: v.string(),
})
const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80))

/** Reads a mailbox doc; invalid fields are left out (never trusted). */
export function readMailbox(doc: Y.Doc): MailboxContent {
  const map = doc.getMap<unknown>(MAILBOX_MAP)
  const out: MailboxContent = {}
  const name = v.safeParse(NameSchema, map.get('name'))
  if (name.success) out.name = name.output
  const joinedAt = map.get('joinedAt')
  if (typeof joinedAt === 'string' && !Number.isNaN(Date.parse(joinedAt))) out.joinedAt = joinedAt
  const offeredAt = map.get('offeredAt')
  if (typeof offeredAt === 'string' && !Number.isNaN(Date.parse(offeredAt))) out.offeredAt = offeredAt
  const raw = map.get('move')
  const move = v.safeParse(MoveSchema, jsonValue(raw))
  const roomKey = move.success ? fromBase64Url(move.output.key) : undefined
  if (move.success && roomKey?.length === 32 && isRoomId(move.output.room))
    out.move = { roomId: move.output.room, token: move.output.token, roomKey }
  const sealed = map.get('sealedMove')
  const box = typeof sealed === 'string' && sealed.length <= 2000 ? fromBase64Url(sealed) : undefined
  if (box) out.sealedMove = box
  const removedAt = map.get('removedAt')
  if (typeof removedAt === 'string' && !Number.isNaN(Date.parse(removedAt))) out.removedAt = removedAt
  return out
}

/** The JSON text of a move (what a sealed move holds once opened). */
export const moveText = (capability: RoomCapability): string =>
  JSON.stringify({ room: capability.roomId, token: capability.token, key: toBase64Url(capability.roomKey) })

/** Reads the text of an opened sealed move; undefined when it is not one. */
export function parseMoveText(text: string): RoomCapability | undefined {
  const move = v.safeParse(MoveSchema, jsonValue(text))
  const roomKey = move.success ? fromBase64Url(move.output.key) : undefined
  return move.success && roomKey?.length === 32 && isRoomId(move.output.room)
    ? { roomId: move.output.room, token: move.output.token, roomKey }
    : undefined
}

/** Writes a move sealed to the device's box key (any device, after a re-key). */
export function writeMailboxSealedMove(doc: Y.Doc, box: Uint8Array): void {
  doc.getMap<unknown>(MAILBOX_MAP).set('sealedMove', toBase64Url(box))
}

/** Tells a device it was removed (by a device that cannot delete its mailbox). */
export function writeMailboxRemoved(doc: Y.Doc, now: Date = new Date()): void {
  doc.getMap<unknown>(MAILBOX_MAP).set('removedAt', now.toISOString())
}

/** Writes the device's name (device side, at join). */
export function writeMailboxName(doc: Y.Doc, name: string, now: Date = new Date()): void {
  const map = doc.getMap<unknown>(MAILBOX_MAP)
  doc.transact(() => {
    map.set('name', name.trim().slice(0, 80))
    map.set('joinedAt', now.toISOString())
  })
}

/** Marks the mailbox as offered (owner side, when the pairing code is shown): the joining device
 * checks the mark, so a link whose mailbox seed was changed is refused. */
export function writeMailboxOffer(doc: Y.Doc, now: Date = new Date()): void {
  doc.getMap<unknown>(MAILBOX_MAP).set('offeredAt', now.toISOString())
}

/** Writes the device's new capability (owner side, after a re-key). */
export function writeMailboxMove(doc: Y.Doc, capability: RoomCapability): void {
  doc.getMap<unknown>(MAILBOX_MAP).set('move', moveText(capability))
}

/** Why a mailbox exchange failed: unreachable relay, or the relay's refusal (e.g. 'room-gone'). */
export type MailboxCode = 'relay-unreachable' | (string & {})

/**
 * Connects to a mailbox, waits for its content, optionally writes (`write`), and — when it wrote —
 * checks with a second connection that the relay holds the change. Returns what the mailbox holds.
 */
export function exchangeMailbox(
  capability: RoomCapability,
  net: ShareNetOptions,
  write?: (doc: Y.Doc) => void,
): Promise<Result<MailboxContent, MailboxCode>> {
  return exchangeRoom(capability, net, readMailbox, write)
}

/** exchangeMailbox for any small sealed room (the household too): `read` turns its doc into a value. */
export async function exchangeRoom<T>(
  capability: RoomCapability,
  net: ShareNetOptions,
  read: (doc: Y.Doc) => T,
  write?: (doc: Y.Doc) => void,
): Promise<Result<T, MailboxCode>> {
  const timeoutMs = net.timeoutMs ?? 10_000
  return inSyncedRoom(capability, 'write', net, timeoutMs, async (doc, room) => {
    if (!write) return ok(read(doc))
    write(doc)
    await room.flush()
    // A second connection proves the relay holds the change.
    return inSyncedRoom(
      capability,
      'read',
      net,
      timeoutMs,
      (check) => ok(read(check)),
      (check) => covers(check, doc),
    )
  })
}

/** Follows a mailbox while it is open (the owner waiting for a new device's name), after marking
 * it as offered (writeMailboxOffer); returns stop. */
export function watchMailbox(
  capability: RoomCapability,
  net: ShareNetOptions,
  onContent: (content: MailboxContent) => void,
): () => void {
  const doc = new Y.Doc()
  writeMailboxOffer(doc)
  const room = openRoom(capability, doc, 'write', net)
  doc.on('update', () => {
    try {
      onContent(readMailbox(doc))
    } catch {
      // A listener never breaks the watch.
    }
  })
  return () => {
    room.destroy()
    doc.destroy()
  }
}
