import { describe, expect, it } from 'vitest'
import { toBase64Url } from '../../protocol/index.ts'
import { createRoom, mintRoomToken } from '../../transport/index.ts'
import { outboxRecords } from './outbox-runtime.ts'

const room = createRoom()
const token = mintRoomToken(room.signingSecret, 'append', 600).token
const fields = {
  messageId: 'm1',
  credentialId: 'urn:uuid:m1',
  competenceId: 'c1',
  competenceLabel: 'Accueillir',
  text: '{}',
  signedAt: '2026-12-01T10:00:00.000Z',
}

// The outbox as version 1 wrote it: an inner `v: 1` and each inbox as three strings.
const v1 = (entry: Record<string, unknown>) => ({ v: 1, entries: [{ ...fields, ...entry }] })

describe('trainer outbox record', () => {
  it('migrates version 1 entries to one inbox capability each, keeping a refusal', () => {
    const stored = v1({ roomId: room.roomId, token, key: toBase64Url(room.roomKey), refused: 'share-gone' })
    expect(outboxRecords.read({ id: 'main', version: 1, value: stored })).toEqual({
      ok: true,
      id: 'main',
      value: {
        entries: [
          { ...fields, refused: 'share-gone', inbox: { roomId: room.roomId, token, roomKey: room.roomKey } },
        ],
      },
    })
  })

  it('reads a version 1 outbox with an undecodable key or a bad room as damaged, never half-migrated', () => {
    const badKey = v1({ roomId: room.roomId, token, key: 'not base64url!' })
    const shortKey = v1({ roomId: room.roomId, token, key: toBase64Url(new Uint8Array(16)) })
    const badRoom = v1({ roomId: 'r1', token, key: toBase64Url(room.roomKey) })
    for (const value of [badKey, shortKey, badRoom])
      expect(outboxRecords.read({ id: 'main', version: 1, value })).toEqual({
        ok: false,
        id: 'main',
        code: 'record-damaged',
      })
  })

  it('reads a version 2 entry as it was written', () => {
    const value = { entries: [{ ...fields, inbox: { roomId: room.roomId, token, roomKey: room.roomKey } }] }
    expect(outboxRecords.read({ id: 'main', version: 2, value })).toEqual({ ok: true, id: 'main', value })
  })
})
