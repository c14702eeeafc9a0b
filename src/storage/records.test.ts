import 'fake-indexeddb/auto'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createDb } from './db.ts'
import { defineRecord } from './records.ts'

const Schema = v.object({ name: v.string(), secret: v.instance(Uint8Array) })
const shares = defineRecord({ kind: 'share', version: 1, schema: Schema })
const pairing = defineRecord({ kind: 'pairing', version: 1, schema: Schema })

// Version 3 of a made-up kind: v1 had `label`, v2 renamed it `name`, v3 added `tags`.
const Contact = v.object({ name: v.string(), tags: v.array(v.string()) })
const contacts = defineRecord({
  kind: 'contact',
  version: 3,
  schema: Contact,
  migrations: {
    1: (old) => {
      const { label, ...rest } = old as { label: unknown }
      return { ...rest, name: label }
    },
    2: (old) => ({ ...(old as object), tags: [] }),
  },
})

describe('device records', () => {
  it('keeps records of each kind apart and reads them back typed, newest first', async () => {
    const db = createDb(`records-${Math.random()}`)
    await shares.put('a', { name: 'CPAS', secret: new Uint8Array([1, 2]) }, db)
    await db.records.update(['share', 'a'], { updatedAt: '2000-01-01T00:00:00.000Z' })
    await shares.put('b', { name: 'Forem', secret: new Uint8Array([3]) }, db)
    await pairing.put('a', { name: 'other kind', secret: new Uint8Array() }, db)
    expect((await shares.list(db)).map((r) => r.id)).toEqual(['b', 'a'])
    expect(await shares.get('a', db)).toEqual({
      ok: true,
      id: 'a',
      value: { name: 'CPAS', secret: new Uint8Array([1, 2]) },
    })
    expect((await db.records.get(['share', 'a']))?.version).toBe(1)
    await shares.delete('a', db)
    expect(await shares.get('a', db)).toBeUndefined()
    expect((await pairing.list(db)).length).toBe(1)
  })

  it('migrates a v1 record to the current version on read', async () => {
    const db = createDb(`records-${Math.random()}`)
    // A row written before versions were stored counts as version 1.
    await db.records.put({ kind: 'contact', id: 'old', value: { label: 'Amina' }, updatedAt: 'x' })
    await db.records.put({ kind: 'contact', id: 'v2', value: { name: 'Luc' }, version: 2, updatedAt: 'y' })
    expect(await contacts.get('old', db)).toEqual({ ok: true, id: 'old', value: { name: 'Amina', tags: [] } })
    expect(await contacts.get('v2', db)).toEqual({ ok: true, id: 'v2', value: { name: 'Luc', tags: [] } })
    await contacts.put('new', { name: 'Zoé', tags: ['cpas'] }, db)
    expect((await db.records.get(['contact', 'new']))?.version).toBe(3)
  })

  it('reports a damaged record instead of trusting or throwing', async () => {
    const db = createDb(`records-${Math.random()}`)
    await db.records.put({ kind: 'share', id: 'x', value: { name: 42 }, version: 1, updatedAt: 'x' })
    expect(await shares.get('x', db)).toEqual({ ok: false, id: 'x', code: 'record-damaged' })
    // A migration that meets garbage (null) is reported the same way.
    await db.records.put({ kind: 'contact', id: 'bad', value: null, version: 1, updatedAt: 'x' })
    expect(await contacts.get('bad', db)).toEqual({ ok: false, id: 'bad', code: 'record-damaged' })
    expect(contacts.read({ id: 'neg', value: {}, version: 0 })).toEqual({
      ok: false,
      id: 'neg',
      code: 'record-damaged',
    })
  })

  it('refuses a record from a newer version with a code', async () => {
    const db = createDb(`records-${Math.random()}`)
    await db.records.put({
      kind: 'contact',
      id: 'f',
      value: { name: 'A', tags: [] },
      version: 4,
      updatedAt: 'x',
    })
    expect(await contacts.get('f', db)).toEqual({ ok: false, id: 'f', code: 'record-too-new' })
  })

  it('refuses a definition that lacks a migration step (a bug, so it throws)', () => {
    expect(() => defineRecord({ kind: 'k', version: 2, schema: Schema })).toThrow(
      /no migration from version 1/,
    )
  })
})
