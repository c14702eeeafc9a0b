import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { toBase64Url } from '../../protocol/index.ts'
import { createRoom, mintRoomToken } from '../../transport/index.ts'
import { isPastExpiry, type ReceivedRecord, ReceivedRecordSchema, receivedRecords } from './records.ts'

const room = createRoom()
const token = mintRoomToken(room.signingSecret, 'read', 600).token
const record: ReceivedRecord = {
  id: 'b1',
  roomId: room.roomId,
  source: 'link',
  recipient: 'CPAS de Namur',
  displayName: 'Amina',
  mode: 'live',
  sharedAt: '2026-01-01T10:00:00.000Z',
  expiresAt: '2026-01-31T10:00:00.000Z',
  receivedAt: '2026-01-01T10:05:00.000Z',
  status: 'active',
  itemCount: 3,
  link: {
    relayOrigin: 'https://livret.example',
    capability: { roomId: room.roomId, token, roomKey: room.roomKey },
  },
}

// A record as version 1 wrote it: the capability as three strings.
const v1 = (key: string | undefined) => ({
  ...record,
  link: {
    relayOrigin: 'https://livret.example',
    roomId: room.roomId,
    token,
    ...(key === undefined ? {} : { key }),
  },
})

describe('received-share records', () => {
  it('reads back a well-formed record and refuses a damaged one', () => {
    expect(v.safeParse(ReceivedRecordSchema, record).success).toBe(true)
    expect(v.safeParse(ReceivedRecordSchema, { ...record, status: 'gone' }).success).toBe(false)
    expect(v.safeParse(ReceivedRecordSchema, { ...record, mode: 'forever' }).success).toBe(false)
    const { itemCount: _, ...missing } = record
    expect(v.safeParse(ReceivedRecordSchema, missing).success).toBe(false)
  })

  it('refuses a link whose capability is not a room capability', () => {
    const bad = (capability: unknown) =>
      v.safeParse(ReceivedRecordSchema, { ...record, link: { relayOrigin: 'https://x', capability } }).success
    expect(bad({ roomId: 'r1', token })).toBe(false)
    expect(bad({ roomId: room.roomId, token, roomKey: new Uint8Array(31) })).toBe(false)
    expect(bad({ roomId: room.roomId })).toBe(false)
  })

  it('migrates a version 1 live record: room, token and base64url key become one capability', () => {
    const read = receivedRecords.read({ id: 'b1', version: 1, value: v1(toBase64Url(room.roomKey)) })
    expect(read).toEqual({ ok: true, id: 'b1', value: record })
  })

  it('migrates a version 1 snapshot record (no key), and one whose key does not decode, to a token only', () => {
    const snapshot = {
      ...record,
      link: { relayOrigin: 'https://livret.example', capability: { roomId: room.roomId, token } },
    }
    expect(receivedRecords.read({ id: 'b1', version: 1, value: v1(undefined) })).toEqual({
      ok: true,
      id: 'b1',
      value: snapshot,
    })
    expect(receivedRecords.read({ id: 'b1', version: 1, value: v1('not-a-key') })).toEqual({
      ok: true,
      id: 'b1',
      value: snapshot,
    })
  })

  it('migrates a version 1 file record (no link) as it is, and calls a bad room id damaged', () => {
    const { link: _l, ...file } = record
    expect(receivedRecords.read({ id: 'b1', version: 1, value: { ...file, source: 'file' } })).toEqual({
      ok: true,
      id: 'b1',
      value: { ...file, source: 'file' },
    })
    const badRoom = { ...v1(undefined), link: { relayOrigin: 'https://x', roomId: 'r1', token } }
    expect(receivedRecords.read({ id: 'b1', version: 1, value: badRoom })).toEqual({
      ok: false,
      id: 'b1',
      code: 'record-damaged',
    })
  })

  it('tells an expired share by its date', () => {
    expect(isPastExpiry(record, new Date('2026-01-31T09:59:59.000Z'))).toBe(false)
    expect(isPastExpiry(record, new Date('2026-01-31T10:00:00.000Z'))).toBe(true)
    expect(isPastExpiry({ expiresAt: 'not a date' })).toBe(true)
  })
})
