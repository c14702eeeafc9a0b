import { describe, expect, it } from 'vitest'
import { createShareSelection } from '../../../domain/index.ts'
import {
  ENDED_KEEP_DAYS,
  endedAt,
  newShareId,
  type ShareRecord,
  shareRecordsToRemove,
} from '../../../features/share/index.ts'
import { shareContents, sharesSensitive } from './share-contents.ts'

const now = new Date('2026-03-01T12:00:00.000Z')
const selection = (sections: Parameters<typeof createShareSelection>[0]['sections']) => {
  const r = createShareSelection({ recipient: 'CPAS', sections }, now)
  if (!r.ok) throw new Error(r.code)
  return r.value
}

describe('what a share contains', () => {
  it('lists whole sections and counts, in the sheet order, situation and journal last', () => {
    const s = selection({
      journal: { ids: ['j1'] },
      competences: { ids: ['c1', 'c2', 'c1'] },
      experiences: { all: true },
      situation: { ids: ['health'] },
    })
    expect(shareContents(s)).toEqual([
      { section: 'experiences', all: true },
      { section: 'competences', all: false, count: 2, ids: ['c1', 'c2'] },
      { section: 'situation', all: false, count: 1, ids: ['health'] },
      { section: 'journal', all: false, count: 1, ids: ['j1'] },
    ])
    expect(sharesSensitive(s)).toBe(true)
  })
  it('leaves out empty picks and says when nothing sensitive is shared', () => {
    const s = selection({ projects: { all: true }, journal: { ids: [] } })
    expect(shareContents(s)).toEqual([{ section: 'projects', all: true }])
    expect(sharesSensitive(s)).toBe(false)
  })
})

describe('clean-up of ended shares', () => {
  const DAY = 86_400_000
  const record = (expiresAt: Date, revokedAt?: Date): ShareRecord => ({
    id: newShareId(),
    roomId: 'r' as never,
    signingSecret: new Uint8Array(32),
    roomKey: new Uint8Array(32),
    recipient: 'CPAS',
    mode: 'snapshot',
    expiresAt: expiresAt.toISOString(),
    createdAt: new Date(now.getTime() - 60 * DAY).toISOString(),
    readTokenId: '00'.repeat(16),
    previousTokenIds: [],
    selection: selection({ projects: { all: true } }),
    ...(revokedAt ? { revokedAt: revokedAt.toISOString() } : {}),
  })
  it('keeps active and recently ended shares, removes those ended long ago', () => {
    const active = record(new Date(now.getTime() + DAY))
    const justExpired = record(new Date(now.getTime() - DAY))
    const oldExpired = record(new Date(now.getTime() - (ENDED_KEEP_DAYS + 1) * DAY))
    const justRevoked = record(new Date(now.getTime() + DAY), new Date(now.getTime() - DAY))
    const oldRevoked = record(
      new Date(now.getTime() + DAY),
      new Date(now.getTime() - (ENDED_KEEP_DAYS + 1) * DAY),
    )
    expect(endedAt(active, now)).toBeUndefined()
    expect(endedAt(justRevoked, now)).toBe(justRevoked.revokedAt)
    expect(endedAt(justExpired, now)).toBe(justExpired.expiresAt)
    const gone = shareRecordsToRemove([active, justExpired, oldExpired, justRevoked, oldRevoked], now)
    expect(gone.map((r) => r.id)).toEqual([oldExpired.id, oldRevoked.id])
  })
})
