import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createRoom, mintRoomToken } from '../../transport/index.ts'
import { readMailbox, writeMailboxMove, writeMailboxName } from './pairing-mailbox.ts'

describe('mailbox content', () => {
  it('reads back a name and a move as written', () => {
    const doc = new Y.Doc()
    const room = createRoom()
    const token = mintRoomToken(room.signingSecret, 'write', 60).token
    writeMailboxName(doc, '  Ordinateur  ', new Date('2026-01-02T03:04:05Z'))
    writeMailboxMove(doc, { roomId: room.roomId, token, roomKey: room.roomKey })
    const read = readMailbox(doc)
    expect(read.name).toBe('Ordinateur')
    expect(read.joinedAt).toBe('2026-01-02T03:04:05.000Z')
    expect(read.move?.roomId).toBe(room.roomId)
    expect(read.move?.token).toBe(token)
    expect(Array.from(read.move?.roomKey ?? [])).toEqual(Array.from(room.roomKey))
  })

  it('leaves out what does not check: empty name, bad JSON, bad room id, short key', () => {
    const room = createRoom()
    const cases: unknown[] = [
      'not json',
      JSON.stringify({ room: 'nope', token: 't', key: 'AAAA' }),
      JSON.stringify({ room: room.roomId, token: 't', key: 'AAAA' }),
      42,
    ]
    for (const move of cases) {
      const doc = new Y.Doc()
      const map = doc.getMap<unknown>('mailbox')
      map.set('name', '   ')
      map.set('joinedAt', 'yesterday')
      map.set('move', move)
      expect(readMailbox(doc)).toEqual({})
    }
  })
})
