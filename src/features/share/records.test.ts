import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createShareSelection } from '../../domain/index.ts'
import { createRoom } from '../../transport/index.ts'
import { isRecordExpired, newShareId, type ShareRecord, ShareRecordSchema, staleRecords } from './records.ts'

const now = new Date('2026-03-01T12:00:00.000Z')
const record = (expiresAt: string, revokedAt?: string): ShareRecord => {
  const selection = createShareSelection(
    { recipient: 'CPAS', expiresAt: '2026-03-20T00:00:00.000Z', sections: { competences: { all: true } } },
    now,
  )
  if (!selection.ok) throw new Error(selection.code)
  const room = createRoom()
  return {
    id: newShareId(),
    ...room,
    recipient: 'CPAS',
    mode: 'snapshot',
    expiresAt,
    createdAt: now.toISOString(),
    readTokenId: '00'.repeat(16),
    previousTokenIds: [],
    selection: selection.value,
    ...(revokedAt ? { revokedAt } : {}),
  }
}

describe('share records', () => {
  it('draws distinct ids', () => {
    expect(newShareId()).toMatch(/^[0-9a-f]{24}$/)
    expect(newShareId()).not.toBe(newShareId())
  })
  it('are expired at and after their expiry', () => {
    expect(isRecordExpired(record('2026-03-01T12:00:00.000Z'), now)).toBe(true)
    expect(isRecordExpired(record('2026-03-01T12:00:01.000Z'), now)).toBe(false)
  })
  it('lists the expired and revoked ones for clean-up', () => {
    const live = record('2026-03-10T00:00:00.000Z')
    const expired = record('2026-02-10T00:00:00.000Z')
    const revoked = record('2026-03-10T00:00:00.000Z', '2026-03-01T00:00:00.000Z')
    expect(staleRecords([live, expired, revoked], now).map((r) => r.id)).toEqual([expired.id, revoked.id])
  })
  it('survive a structured clone (what IndexedDB stores)', () => {
    const r = record('2026-03-10T00:00:00.000Z')
    const copy = structuredClone(r)
    expect(copy.signingSecret).toBeInstanceOf(Uint8Array)
    expect(copy).toEqual(r)
  })
})

describe('share record schema', () => {
  const good = () => ({
    ...record('2026-03-10T00:00:00.000Z'),
    link: 'http://127.0.0.1/recu#room=x',
    openedAt: ['2026-03-02T10:00:00.000Z'],
  })
  it('reads back a stored record unchanged, Uint8Arrays included', () => {
    const r = good()
    const parsed = v.safeParse(ShareRecordSchema, structuredClone(r))
    expect(parsed.success).toBe(true)
    expect(parsed.output).toEqual(r)
  })
  it('refuses damaged records', () => {
    const bad: unknown[] = [
      { ...good(), roomKey: new Uint8Array(5) },
      { ...good(), signingSecret: 'secret' },
      { ...good(), roomId: 'not a room' },
      { ...good(), readTokenId: 'zz' },
      { ...good(), mode: 'forever' },
      { ...good(), recipient: 'Someone else' },
      { ...good(), expiresAt: 'tomorrow' },
      { ...good(), selection: { ...good().selection, sections: {} } },
      { ...good(), openedAt: ['yesterday'] },
    ]
    for (const b of bad) expect(v.safeParse(ShareRecordSchema, b).success).toBe(false)
  })
})
