import 'fake-indexeddb/auto'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { until } from '../../tests/support/until.ts'
import { createDb } from './db.ts'
import { deleteRecord, getRecord, listRecords, putRecord } from './records.ts'

const Schema = v.object({ name: v.string(), secret: v.instance(Uint8Array) })

describe('device records', () => {
  it('keeps records of each kind apart and reads them back typed, newest first', async () => {
    const db = createDb(`records-${Math.random()}`)
    await putRecord('share', 'a', { name: 'CPAS', secret: new Uint8Array([1, 2]) }, db)
    const first = new Date().toISOString()
    // Newest first is by timestamp: the second record needs a later one.
    await until(() => new Date().toISOString() > first, { what: 'the clock to move on' })
    await putRecord('share', 'b', { name: 'Forem', secret: new Uint8Array([3]) }, db)
    await putRecord('pairing', 'a', { name: 'other kind', secret: new Uint8Array() }, db)
    const list = await listRecords('share', Schema, db)
    expect(list.map((r) => r.id)).toEqual(['b', 'a'])
    const a = await getRecord('share', 'a', Schema, db)
    expect(a).toEqual({ ok: true, id: 'a', value: { name: 'CPAS', secret: new Uint8Array([1, 2]) } })
    await deleteRecord('share', 'a', db)
    expect(await getRecord('share', 'a', Schema, db)).toBeUndefined()
    expect((await listRecords('pairing', Schema, db)).length).toBe(1)
  })

  it('reports a damaged record instead of trusting it', async () => {
    const db = createDb(`records-${Math.random()}`)
    await putRecord('share', 'x', { name: 42 }, db)
    expect(await getRecord('share', 'x', Schema, db)).toEqual({ ok: false, id: 'x', code: 'record-damaged' })
  })
})
