import 'fake-indexeddb/auto'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { freshDb } from './backup-fixture.ts'
import { deleteRemovedRecords, storeBackupRecords } from './backup-records.ts'
import { defineRecord, onRecordsArrived, onRecordWritten } from './records.ts'

const share = (id: string, updatedAt: string) => ({ kind: 'share', id, updatedAt, value: { recipient: id } })

/** The kinds each arrival reported, while `run` runs. */
async function arrivals(run: () => Promise<void>): Promise<string[][]> {
  const seen: string[][] = []
  const off = onRecordsArrived((kinds) => seen.push([...kinds].sort()))
  try {
    await run()
  } finally {
    off()
  }
  return seen
}

describe('records arriving from another device', () => {
  it('reports the kinds that changed, once per batch, and nothing for a batch already known', async () => {
    const db = freshDb()
    const batch = [
      share('s1', '2026-12-01T10:00:00.000Z'),
      { ...share('r1', '2026-12-01T10:00:00.000Z'), kind: 'received' },
    ]
    expect(await arrivals(() => storeBackupRecords(batch, db))).toEqual([['received', 'share']])
    expect(await arrivals(() => storeBackupRecords(batch, db))).toEqual([])
    expect(await arrivals(() => storeBackupRecords([share('s1', '2026-12-01T11:00:00.000Z')], db))).toEqual([
      ['share'],
    ])
  })

  it('deletes what another device deleted, unless written here after the deletion', async () => {
    const db = freshDb()
    await storeBackupRecords(
      [share('old', '2026-12-01T10:00:00.000Z'), share('new', '2026-12-01T12:00:00.000Z')],
      db,
    )
    const seen = await arrivals(() =>
      deleteRemovedRecords(
        [
          { kind: 'share', id: 'old', updatedAt: '2026-12-01T11:00:00.000Z' },
          { kind: 'share', id: 'new', updatedAt: '2026-12-01T11:00:00.000Z' },
          { kind: 'share', id: 'never-here', updatedAt: '2026-12-01T11:00:00.000Z' },
        ],
        db,
      ),
    )
    expect(seen).toEqual([['share']])
    expect((await db.records.toArray()).map((r) => r.id)).toEqual(['new'])
    // Nothing left to delete: no arrival.
    expect(
      await arrivals(() =>
        deleteRemovedRecords([{ kind: 'share', id: 'old', updatedAt: '2026-12-01T11:00:00.000Z' }], db),
      ),
    ).toEqual([])
  })

  it('tells local writers apart from local deletions (the household sends the latter as tombstones)', async () => {
    const db = freshDb()
    const kind = defineRecord({ kind: 'k-arrivals', version: 1, schema: v.string() })
    const told: [string, string, boolean][] = []
    const off = onRecordWritten((k, id, deleted) => told.push([k, id, deleted]))
    await kind.put('a', 'x', db)
    await kind.delete('a', db)
    off()
    expect(told).toEqual([
      ['k-arrivals', 'a', false],
      ['k-arrivals', 'a', true],
    ])
  })
})
