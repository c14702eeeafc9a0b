import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { isPastExpiry, type ReceivedRecord, ReceivedRecordSchema } from './records.ts'

const record: ReceivedRecord = {
  id: 'b1',
  roomId: 'r1',
  source: 'link',
  recipient: 'CPAS de Namur',
  displayName: 'Amina',
  mode: 'live',
  sharedAt: '2026-01-01T10:00:00.000Z',
  expiresAt: '2026-01-31T10:00:00.000Z',
  receivedAt: '2026-01-01T10:05:00.000Z',
  status: 'active',
  itemCount: 3,
  link: { relayOrigin: 'https://livret.example', roomId: 'r1', token: 't', key: 'k' },
}

describe('received-share records', () => {
  it('reads back a well-formed record and refuses a damaged one', () => {
    expect(v.safeParse(ReceivedRecordSchema, record).success).toBe(true)
    expect(v.safeParse(ReceivedRecordSchema, { ...record, status: 'gone' }).success).toBe(false)
    expect(v.safeParse(ReceivedRecordSchema, { ...record, mode: 'forever' }).success).toBe(false)
    const { itemCount: _, ...missing } = record
    expect(v.safeParse(ReceivedRecordSchema, missing).success).toBe(false)
  })

  it('tells an expired share by its date', () => {
    expect(isPastExpiry(record, new Date('2026-01-31T09:59:59.000Z'))).toBe(false)
    expect(isPastExpiry(record, new Date('2026-01-31T10:00:00.000Z'))).toBe(true)
    expect(isPastExpiry({ expiresAt: 'not a date' })).toBe(true)
  })
})
