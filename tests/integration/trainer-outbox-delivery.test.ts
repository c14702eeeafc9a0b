// The trainer's outbox delivery round against a real relay: messages count as sent only once read
// back from the relay; a round that finds them already there appends nothing (no duplicates after a
// crash mid-send); an expired append token is a refusal for good, not something to retry.
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { deliverToInbox, type OutgoingMessage } from '../../src/features/trainer/outbox-delivery.ts'
import { credentialMessage, inboxMessages, readInbox } from '../../src/protocol/inbox.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { until } from '../support/sealed.ts'
import { inboxHarness } from './inbox-support.ts'

const h = inboxHarness()

const inbox = () => {
  const secrets = createRoom()
  const own = {
    roomId: secrets.roomId,
    token: mintRoomToken(secrets.signingSecret, 'write', 600).token,
    roomKey: secrets.roomKey,
  }
  const doc = new Y.Doc()
  h.room(own, 'write', doc)
  return { secrets, doc }
}

const message = (n: number): OutgoingMessage => {
  const m = credentialMessage({ type: ['VerifiableCredential'], n })
  return { messageId: m.id, text: JSON.stringify(m) }
}

describe('deliverToInbox', () => {
  it('appends, confirms by reading back, and appends nothing when the messages are already there', async () => {
    const { secrets, doc } = inbox()
    const target = {
      serverUrl: h.url(),
      roomId: secrets.roomId,
      token: mintRoomToken(secrets.signingSecret, 'append', 600).token,
      roomKey: secrets.roomKey,
      WebSocketPolyfill: WebSocket,
    }
    const sent = [message(1), message(2)]
    const first = await deliverToInbox(target, sent)
    expect(first).toEqual({ confirmed: sent.map((m) => m.messageId), retry: false })
    await until(() => inboxMessages(doc).length === 2, 'holder has both')

    // As after a crash between sending and recording it: the same messages again, plus a new one.
    const third = message(3)
    const again = await deliverToInbox(target, [...sent, third])
    expect(again.confirmed.sort()).toEqual([...sent, third].map((m) => m.messageId).sort())
    expect(again.retry).toBe(false)
    await until(() => inboxMessages(doc).length === 3, 'holder has three')
    const { items, rejected } = readInbox(doc)
    expect(rejected).toEqual([])
    expect(items.map((i) => i.message.id)).toEqual([...sent, third].map((m) => m.messageId))
  })

  it('reports an expired append token as refused, not to retry', async () => {
    const { secrets, doc } = inbox()
    const now = Math.floor(Date.now() / 1000)
    const expired = mintRoomToken(secrets.signingSecret, 'append', 60, now - 3_600).token
    const out = await deliverToInbox(
      {
        serverUrl: h.url(),
        roomId: secrets.roomId,
        token: expired,
        roomKey: secrets.roomKey,
        WebSocketPolyfill: WebSocket,
      },
      [message(1)],
    )
    expect(out).toEqual({ confirmed: [], refused: 'token-expired', retry: false })
    expect(inboxMessages(doc).length).toBe(0)
  })

  it('asks to retry when the relay cannot be reached', async () => {
    const secrets = createRoom()
    const out = await deliverToInbox(
      {
        serverUrl: 'http://127.0.0.1:9',
        roomId: secrets.roomId,
        token: mintRoomToken(secrets.signingSecret, 'append', 600).token,
        roomKey: secrets.roomKey,
        WebSocketPolyfill: WebSocket,
        timeoutMs: 800,
      },
      [message(1)],
    )
    expect(out).toEqual({ confirmed: [], retry: true })
  })
})
