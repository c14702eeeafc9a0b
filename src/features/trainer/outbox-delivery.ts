// One delivery round for one holder's inbox: connect with the append token into a fresh doc, see
// which of our messages the relay already holds (by message id), append the missing ones, then
// reconnect into another fresh doc to check they arrived. A message counts as sent only once it is
// read back from the relay, so closing the app mid-send never loses a result: it stays in the
// outbox and is sent again (the holder keeps one validation per credential, so a copy is harmless).
import * as Y from 'yjs'
import type { CloseCodeName } from '../../protocol/index.ts'
import { inboxMessages, readInbox } from '../../protocol/index.ts'
import { type RoomCapability, SealedRoom, TERMINAL_CLOSE_CODES, waitForRoom } from '../../transport/index.ts'

/** A message to deliver: its id (inside the JSON text) and the text. */
export type OutgoingMessage = { messageId: string; text: string }

/** Where to deliver: the inbox capability and the relay. */
export type InboxTarget = RoomCapability & {
  serverUrl: string
  WebSocketPolyfill?: unknown
  timeoutMs?: number
}

/** Outcome of a round: ids now on the relay; `refused` when the inbox will never take them; `retry`
 * when the relay could not be reached or a message did not show up yet. */
export type DeliveryOutcome = { confirmed: string[]; refused?: CloseCodeName; retry: boolean }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Visit = { ok: true; present: Set<string> } | { ok: false; refused?: CloseCodeName }

const visit = async (target: InboxTarget, push: readonly OutgoingMessage[]): Promise<Visit> => {
  const doc = new Y.Doc()
  const room = new SealedRoom({
    serverUrl: target.serverUrl,
    roomId: target.roomId,
    token: target.token,
    roomKey: target.roomKey,
    doc,
    role: 'append',
    batchMs: 20,
    ...(target.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: target.WebSocketPolyfill }),
  })
  try {
    const waited = await waitForRoom(room, () => true, target.timeoutMs ?? 15_000)
    if (!waited.ok) {
      const terminal = waited.code !== 'timeout' && TERMINAL_CLOSE_CODES.has(waited.code)
      return terminal ? { ok: false, refused: waited.code as CloseCodeName } : { ok: false }
    }
    const present = new Set(readInbox(doc).items.map((i) => i.message.id))
    const missing = push.filter((m) => !present.has(m.messageId))
    if (missing.length > 0) {
      inboxMessages(doc).push(missing.map((m) => m.text))
      await room.flush()
      // Let the socket hand the sealed entry over before closing it.
      await sleep(200)
    }
    return { ok: true, present }
  } finally {
    room.destroy()
    doc.destroy()
  }
}

/** Delivers `messages` to one inbox and checks them on the relay (see the top comment). */
export async function deliverToInbox(
  target: InboxTarget,
  messages: readonly OutgoingMessage[],
): Promise<DeliveryOutcome> {
  const first = await visit(target, messages)
  if (!first.ok)
    return { confirmed: [], ...(first.refused ? { refused: first.refused } : {}), retry: !first.refused }
  const already = messages.filter((m) => first.present.has(m.messageId)).map((m) => m.messageId)
  if (already.length === messages.length) return { confirmed: already, retry: false }
  const check = await visit(target, [])
  if (!check.ok)
    return { confirmed: already, ...(check.refused ? { refused: check.refused } : {}), retry: !check.refused }
  const confirmed = messages.filter((m) => check.present.has(m.messageId)).map((m) => m.messageId)
  return { confirmed, retry: confirmed.length < messages.length }
}
